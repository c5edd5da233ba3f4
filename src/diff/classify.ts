import type { DiffTask } from './tasks.js';
import type { DiffClass, DiffEntry, DiffOptions, InlinePart, UnitChange } from './types.js';
import { isMoved, type SectionMap } from './sections.js';
import { isScopeUnit, type UnitIndex } from './units.js';

export interface PairFacts {
  readonly old: DiffTask;
  readonly new: DiffTask;
  readonly score: number;
  /** Text similarity alone (no weight for units or deadlines). */
  readonly textScore: number;
}

export interface ClassifyDeps {
  readonly sections: SectionMap;
  readonly units: UnitIndex;
  /** Leads and owners compared separately (both plans name leads). */
  readonly rolesCompared: boolean;
  /** Units compared at all: both plans name units somewhere (a plan with none was not parsed for them). */
  readonly unitsCompared: boolean;
  /** Inline diff of two tasks (word level, or clause level for a heavy rewrite). */
  readonly inline: (o: DiffTask, n: DiffTask) => { parts: InlinePart[]; clauses: boolean };
}

/** What changed between two matched tasks. */
export function classifyPair(pair: PairFacts, options: DiffOptions, deps: ClassifyDeps): DiffEntry {
  const { old: o, new: n } = pair;
  const classes: DiffClass[] = [];
  const reworded = compact(o.text) !== compact(n.text) && pair.textScore < options.rewordedBelow;
  if (reworded) classes.push('reworded');
  const moved = isMoved(o, n, deps.sections);
  if (moved) classes.push('moved');
  const units = deps.unitsCompared ? unitChange(o, n, deps.units, deps.rolesCompared) : null;
  if (units) classes.push('units-changed');
  const scope = deps.unitsCompared ? scopeChange(o, n, deps.units) : null;
  const deadlinesChanged = !sameSet(o.deadlineKeys, n.deadlineKeys);
  if (deadlinesChanged) classes.push('deadline-changed');
  if (classes.length === 0) classes.push('unchanged');
  const inline = reworded ? deps.inline(o, n) : null;
  return {
    kind: 'pair',
    classes,
    score: round(pair.score),
    old: o.ref,
    new: n.ref,
    ...(o.ref.id !== n.ref.id && !moved ? { renumbered: true } : {}),
    ...(inline ? { inline: inline.parts, ...(inline.clauses ? { inlineClauses: true } : {}) } : {}),
    ...(units ? { units } : {}),
    ...(scope ? { scope } : {}),
    ...(deadlinesChanged ? { deadlines: { old: o.ref.deadlines, new: n.ref.deadlines } } : {}),
  };
}

/**
 * Units added or removed, by identity (aliases folded), shown as each side writes them. When one
 * plan names no leads at all (a plan with only 责任单位), its units are compared with the other's
 * leads and owners together, as owners: a lead column that one year lacks is not a change.
 */
export function unitChange(o: DiffTask, n: DiffTask, units: UnitIndex, rolesCompared: boolean): UnitChange | null {
  const diff = (from: readonly string[], fromShown: readonly string[], to: readonly string[]): string[] => {
    const target = new Set(to.map(units.canon));
    return fromShown.filter((_, i) => !target.has(units.canon(from[i])));
  };
  const change: UnitChange = rolesCompared
    ? {
        leadsAdded: diff(n.leads, n.ref.leads, o.leads),
        leadsRemoved: diff(o.leads, o.ref.leads, n.leads),
        ownersAdded: diff(n.owners, n.ref.owners, o.owners),
        ownersRemoved: diff(o.owners, o.ref.owners, n.owners),
      }
    : {
        leadsAdded: [],
        leadsRemoved: [],
        ownersAdded: diff([...n.leads, ...n.owners], [...n.ref.leads, ...n.ref.owners], [...o.leads, ...o.owners]),
        ownersRemoved: diff([...o.leads, ...o.owners], [...o.ref.leads, ...o.ref.owners], [...n.leads, ...n.owners]),
      };
  const any = change.leadsAdded.length + change.leadsRemoved.length + change.ownersAdded.length + change.ownersRemoved.length > 0;
  return any ? change : null;
}

/** The scope groups of each side when they differ (市直各部门 → 市直各部门 + 各县(市、区)). */
export function scopeChange(o: DiffTask, n: DiffTask, units: UnitIndex): { old: string[]; new: string[] } | null {
  // Simplified names decide, each side's own names are shown.
  const groups = (t: DiffTask): [string[], string[]] => {
    const names = [...t.leads, ...t.owners];
    const shown = [...t.ref.leads, ...t.ref.owners];
    const keep = names.map((x) => isScopeUnit(x));
    return [names.filter((_, i) => keep[i]).map(units.canon), shown.filter((_, i) => keep[i])];
  };
  const [a, aShown] = groups(o);
  const [b, bShown] = groups(n);
  if (sameSet(a, b)) return null;
  return { old: aShown, new: bShown };
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
