import type { DiffTask } from './tasks.js';
import type { DiffClass, DiffEntry, DiffOptions, UnitChange } from './types.js';
import { isMoved } from './sections.js';
import { inlineDiff, type DiffToken } from './inline-diff.js';

export interface PairFacts {
  readonly old: DiffTask;
  readonly new: DiffTask;
  readonly score: number;
  /** Text similarity alone (no section weight). */
  readonly textScore: number;
}

export interface ClassifyDeps {
  readonly counterparts: ReadonlyMap<string, string>;
  /** Inline-diff tokens of a task (cached by the caller). */
  readonly tokensOf: (task: DiffTask) => readonly DiffToken[];
}

/** What changed between two matched tasks. */
export function classifyPair(pair: PairFacts, options: DiffOptions, deps: ClassifyDeps): DiffEntry {
  const { old: o, new: n } = pair;
  const classes: DiffClass[] = [];
  const reworded = compact(o.text) !== compact(n.text) && pair.textScore < options.rewordedBelow;
  if (reworded) classes.push('reworded');
  const moved = isMoved(o, n, deps.counterparts);
  if (moved) classes.push('moved');
  const units = unitChange(o, n);
  if (units) classes.push('units-changed');
  const deadlinesChanged = !sameSet(o.deadlineKeys, n.deadlineKeys);
  if (deadlinesChanged) classes.push('deadline-changed');
  if (classes.length === 0) classes.push('unchanged');
  return {
    kind: 'pair',
    classes,
    score: round(pair.score),
    old: o.ref,
    new: n.ref,
    ...(o.ref.id !== n.ref.id && !moved ? { renumbered: true } : {}),
    ...(reworded ? { inline: inlineDiff(deps.tokensOf(o), deps.tokensOf(n)) } : {}),
    ...(units ? { units } : {}),
    ...(deadlinesChanged ? { deadlines: { old: o.ref.deadlines, new: n.ref.deadlines } } : {}),
  };
}

/** Leads and owners added or removed, compared in simplified script, shown in each side's own. */
export function unitChange(o: DiffTask, n: DiffTask): UnitChange | null {
  const diff = (from: readonly string[], fromShown: readonly string[], to: readonly string[]): string[] =>
    fromShown.filter((_, i) => !to.includes(from[i]));
  const change: UnitChange = {
    leadsAdded: diff(n.leads, n.ref.leads, o.leads),
    leadsRemoved: diff(o.leads, o.ref.leads, n.leads),
    ownersAdded: diff(n.owners, n.ref.owners, o.owners),
    ownersRemoved: diff(o.owners, o.ref.owners, n.owners),
  };
  const any = change.leadsAdded.length + change.leadsRemoved.length + change.ownersAdded.length + change.ownersRemoved.length > 0;
  return any ? change : null;
}

/** Text without punctuation and spaces: differences there are not rewording. */
export function compact(text: string): string {
  let out = '';
  for (const ch of text) if (/[\p{L}\p{N}]/u.test(ch)) out += ch;
  return out;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
