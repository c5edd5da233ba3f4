import type { ClassCounts, DiffEntry, DiffSummary, SectionSummary, TaskRef, UnitSummary } from './types.js';
import { DIFF_CLASSES } from './types.js';
import { NO_SECTION } from './sections.js';
import type { UnitIndex } from './units.js';

export { NO_SECTION };

/** Identity of a written unit name: `UnitIndex.canon` after conversion to simplified. */
export type UnitIdentity = (name: string) => string;

interface UnitCounts {
  names: Set<string>;
  oldTasks: number;
  newTasks: number;
  oldLeads: number;
  newLeads: number;
  added: number;
  removed: number;
}

/**
 * Counts per class and per level-1 section, and per unit: tasks naming it on each side, tasks it
 * leads on each side, tasks gained (added tasks, pairs where it was added) and lost.
 */
export function summarize(
  entries: readonly DiffEntry[],
  sides: { old: readonly TaskRef[]; new: readonly TaskRef[] },
  identity: UnitIdentity,
  index: UnitIndex,
): DiffSummary {
  const classes = zeroCounts();
  const sections = new Map<string, Record<string, number>>();
  const units = new Map<string, UnitCounts>();
  const unit = (name: string): UnitCounts => {
    const key = identity(name);
    let u = units.get(key);
    if (!u) units.set(key, (u = { names: new Set(), oldTasks: 0, newTasks: 0, oldLeads: 0, newLeads: 0, added: 0, removed: 0 }));
    u.names.add(name);
    return u;
  };
  for (const ref of sides.old) {
    for (const name of unitsOf(ref)) unit(name).oldTasks++;
    for (const name of new Set(ref.leads)) unit(name).oldLeads++;
  }
  for (const ref of sides.new) {
    for (const name of unitsOf(ref)) unit(name).newTasks++;
    for (const name of new Set(ref.leads)) unit(name).newLeads++;
  }
  let scopeChanges = 0;
  for (const e of entries) {
    const section = level1(e.new ?? e.old);
    let counts = sections.get(section);
    if (!counts) sections.set(section, (counts = zeroCounts()));
    for (const c of e.classes) {
      classes[c]++;
      counts[c]++;
    }
    if (e.kind === 'added' && e.new) for (const u of unitsOf(e.new)) unit(u).added++;
    if (e.kind === 'removed' && e.old) for (const u of unitsOf(e.old)) unit(u).removed++;
    if (e.units) {
      for (const u of new Set([...e.units.leadsAdded, ...e.units.ownersAdded])) unit(u).added++;
      for (const u of new Set([...e.units.leadsRemoved, ...e.units.ownersRemoved])) unit(u).removed++;
    }
    if (e.scope) scopeChanges++;
  }
  const sectionList: SectionSummary[] = [...sections].map(([section, counts]) => ({ section, counts }));
  const unitList: UnitSummary[] = [...units.values()]
    .map((u) => ({
      unit: [...u.names].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0],
      oldTasks: u.oldTasks,
      newTasks: u.newTasks,
      oldLeads: u.oldLeads,
      newLeads: u.newLeads,
      added: u.added,
      removed: u.removed,
    }))
    .filter((u) => u.added + u.removed > 0 || u.oldTasks !== u.newTasks || u.oldLeads !== u.newLeads)
    .sort(
      (a, b) =>
        b.added + b.removed - (a.added + a.removed) ||
        Math.abs(b.newTasks - b.oldTasks) - Math.abs(a.newTasks - a.oldTasks) ||
        (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0),
    );
  return { classes, sections: sectionList, units: unitList, aliases: index.aliases, scopeChanges };
}

function zeroCounts(): Record<string, number> {
  return Object.fromEntries(DIFF_CLASSES.map((c) => [c, 0]));
}

export function level1(ref: TaskRef | null): string {
  return ref?.sectionPath[0] ?? NO_SECTION;
}

function unitsOf(ref: TaskRef): string[] {
  return [...new Set([...ref.leads, ...ref.owners])];
}

export type { ClassCounts };
