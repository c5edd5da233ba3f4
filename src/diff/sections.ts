import type { DiffTask } from './tasks.js';
import { charBigrams, jaccard } from './tokens.js';

/** Section titles this similar are the same section, renamed or not. */
const SAME_TITLE = 0.5;

export function sectionKey(task: DiffTask): string {
  return task.sectionPath.join(' › ');
}

/**
 * Which new section each old section became: the one that received most of its matched tasks
 * (at least two, and strictly more than any other). Plans rename their sections from year to
 * year; a task that follows its flock has not moved.
 */
export function sectionCounterparts(pairs: readonly (readonly [DiffTask, DiffTask])[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const [o, n] of pairs) {
    const from = sectionKey(o);
    let row = counts.get(from);
    if (!row) counts.set(from, (row = new Map()));
    row.set(sectionKey(n), (row.get(sectionKey(n)) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const [from, row] of counts) {
    const ranked = [...row].sort((x, y) => y[1] - x[1]);
    if (ranked[0][1] >= 2 && (ranked.length === 1 || ranked[0][1] > ranked[1][1])) out.set(from, ranked[0][0]);
  }
  return out;
}

/** A task moved when it sits under a different section that is not its old section's counterpart. */
export function isMoved(o: DiffTask, n: DiffTask, counterparts: ReadonlyMap<string, string>): boolean {
  const from = sectionKey(o);
  const to = sectionKey(n);
  if (from === to) return false;
  if (counterparts.get(from) === to) return false;
  return jaccard(charBigrams(from), charBigrams(to)) < SAME_TITLE;
}
