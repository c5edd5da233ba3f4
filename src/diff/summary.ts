import type { ClassCounts, DiffEntry, DiffSummary, SectionSummary, TaskRef, UnitSummary } from './types.js';
import { DIFF_CLASSES } from './types.js';

export const NO_SECTION = '(no section)';

/** Counts per class, per level-1 section and per unit (units keyed by `unitKey`, e.g. simplified). */
export function summarize(entries: readonly DiffEntry[], unitKey: (name: string) => string): DiffSummary {
  const classes = zeroCounts();
  const sections = new Map<string, Record<string, number>>();
  const units = new Map<string, { added: number; removed: number }>();
  const bump = (name: string, field: 'added' | 'removed'): void => {
    const key = unitKey(name);
    let u = units.get(key);
    if (!u) units.set(key, (u = { added: 0, removed: 0 }));
    u[field]++;
  };
  for (const e of entries) {
    const section = level1(e.new ?? e.old);
    let counts = sections.get(section);
    if (!counts) sections.set(section, (counts = zeroCounts()));
    for (const c of e.classes) {
      classes[c]++;
      counts[c]++;
    }
    if (e.kind === 'added' && e.new) for (const u of unitsOf(e.new)) bump(u, 'added');
    if (e.kind === 'removed' && e.old) for (const u of unitsOf(e.old)) bump(u, 'removed');
    if (e.units) {
      for (const u of [...e.units.leadsAdded, ...e.units.ownersAdded]) bump(u, 'added');
      for (const u of [...e.units.leadsRemoved, ...e.units.ownersRemoved]) bump(u, 'removed');
    }
  }
  const sectionList: SectionSummary[] = [...sections].map(([section, counts]) => ({ section, counts }));
  const unitList: UnitSummary[] = [...units]
    .map(([unit, c]) => ({ unit, ...c }))
    .sort((a, b) => b.added + b.removed - (a.added + a.removed) || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  return { classes, sections: sectionList, units: unitList };
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

/** `+3 −1` style. */
export function formatUnitDelta(u: UnitSummary): string {
  return [u.added ? `+${u.added}` : '', u.removed ? `−${u.removed}` : ''].filter(Boolean).join(' ');
}

export type { ClassCounts };
