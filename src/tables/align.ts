/**
 * Lines up a flattened row that lost cells to row spans with its header: chooses which spannable
 * columns are missing by how well the remaining cells fit their columns, then fills the missing
 * ones from the row above (that is what the span meant).
 */
import { guessCell, type CellGuess } from './cells.js';
import type { TaskColumns } from './types.js';

type Role = 'seq' | 'time' | 'unit' | 'text' | 'any';

function roles(width: number, columns: TaskColumns): Role[] {
  const out: Role[] = Array.from({ length: width }, () => 'any');
  const set = (i: number | undefined, role: Role): void => {
    if (i !== undefined && i < width) out[i] = role;
  };
  set(columns.seq, 'seq');
  set(columns.deadline, 'time');
  set(columns.lead, 'unit');
  set(columns.owner, 'unit');
  set(columns.partner, 'unit');
  set(columns.task, 'text');
  return out;
}

function fit(role: Role, guess: CellGuess): number {
  if (role === 'any' || guess === 'blank') return 0;
  if (role === guess) return 2;
  if (role === 'text') return guess === 'unit' || guess === 'time' ? -1 : 0;
  return -2;
}

/** Every way to choose k of the candidate columns, in order (small: tables have a handful of columns). */
function* choose(candidates: readonly number[], k: number, from = 0): Generator<number[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= candidates.length - k; i++)
    for (const rest of choose(candidates, k - 1, i + 1)) yield [candidates[i], ...rest];
}

/** Cap on candidate columns: beyond it the row is taken as written (padded). */
const MAX_CANDIDATES = 8;

export function alignCells(cells: readonly string[], width: number, columns: TaskColumns, previous: readonly string[]): string[] {
  if (cells.length === width) return [...cells];
  if (cells.length > width) return [...cells.slice(0, width - 1), cells.slice(width - 1).join(' ')];
  const missing = width - cells.length;
  const role = roles(width, columns);
  const candidates = role.map((_, i) => i).filter((i) => i !== columns.task);
  if (candidates.length < missing || candidates.length > MAX_CANDIDATES)
    return [...cells, ...Array.from({ length: missing }, () => '')];
  const guesses = cells.map(guessCell);
  let best: number[] = [];
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const gap of choose(candidates, missing)) {
    const skip = new Set(gap);
    let score = 0;
    let k = 0;
    for (let i = 0; i < width; i++) if (!skip.has(i)) score += fit(role[i], guesses[k++]);
    if (score > bestScore) {
      bestScore = score;
      best = gap;
    }
  }
  const skip = new Set(best);
  const out: string[] = [];
  let k = 0;
  for (let i = 0; i < width; i++) out.push(skip.has(i) ? (previous[i] ?? '') : cells[k++]);
  return out;
}
