import type { DiffTask } from './tasks.js';
import type { SectionMapEntry } from './types.js';
import { jaccard } from './tokens.js';
import { bigramList } from './features.js';

export const NO_SECTION = '(no section)';

/** Section titles this similar (bigram Jaccard) are the same section, reworded or not. */
const SAME_TITLE = 0.5;

/** A task's level-1 section title (simplified), or NO_SECTION. */
export function level1Key(task: DiffTask): string {
  return task.sectionPath[0] ?? NO_SECTION;
}

export function similarTitles(a: string, b: string): boolean {
  if (a === b) return true;
  return jaccard(new Set(bigramList(a)), new Set(bigramList(b))) >= SAME_TITLE;
}

/** The old → new map of level-1 sections, and each old section's counterpart (if it has one). */
export interface SectionMap {
  readonly entries: readonly SectionMapEntry[];
  /** Old level-1 key → the new level-1 key most of its continuing tasks went to. */
  readonly counterpart: ReadonlyMap<string, string>;
}

/**
 * Level-1 sections first: where the continuing tasks (pairs, merges, splits) of each old section
 * went. An old section is `kept` when a section of the same or a similar title received its
 * tasks, `renamed` when one other section received them all or most of them (at least two, more
 * than half), `split` when they spread with no such majority, `dissolved` when none continue; a new section
 * that received none is `new`. Plans regroup their chapters every year; a task is only `moved`
 * when it leaves the counterpart of its old section.
 */
export function mapSections(
  oldTasks: readonly DiffTask[],
  newTasks: readonly DiffTask[],
  links: readonly (readonly [DiffTask, DiffTask])[],
): SectionMap {
  const shown = new Map<string, string>();
  const oldCount = countBy(oldTasks, level1Key, (t) => shown.set(`o:${level1Key(t)}`, t.ref.sectionPath[0] ?? NO_SECTION));
  const newCount = countBy(newTasks, level1Key, (t) => shown.set(`n:${level1Key(t)}`, t.ref.sectionPath[0] ?? NO_SECTION));
  const flows = new Map<string, Map<string, Set<number>>>();
  for (const [o, n] of links) {
    const from = level1Key(o);
    const row = flows.get(from) ?? flows.set(from, new Map()).get(from)!;
    const to = level1Key(n);
    (row.get(to) ?? row.set(to, new Set()).get(to)!).add(o.index);
  }
  const counterpart = new Map<string, string>();
  const entries: SectionMapEntry[] = [];
  const reached = new Set<string>();
  for (const [from, tasks] of oldCount) {
    const row = [...(flows.get(from) ?? new Map<string, Set<number>>())]
      .map(([to, set]) => [to, set.size] as const)
      .sort((x, y) => y[1] - x[1]);
    const continued = new Set([...(flows.get(from)?.values() ?? [])].flatMap((s) => [...s])).size;
    for (const [to] of row) reached.add(to);
    const same = row.find(([to]) => similarTitles(from, to));
    const majority = row.length > 0 && row[0][1] >= 2 && row[0][1] * 2 > continued ? row[0][0] : null;
    const target = same?.[0] ?? majority;
    if (target !== null) counterpart.set(from, target);
    const status: SectionMapEntry['status'] =
      row.length === 0 ? 'dissolved' : same ? 'kept' : majority || row.length === 1 ? 'renamed' : 'split';
    entries.push({
      status,
      old: shown.get(`o:${from}`)!,
      new: row.map(([to, n]) => ({ title: shown.get(`n:${to}`)!, tasks: n })),
      oldTasks: tasks,
      continued,
    });
  }
  for (const [to, tasks] of newCount) {
    if (!reached.has(to))
      entries.push({ status: 'new', old: null, new: [{ title: shown.get(`n:${to}`)!, tasks }], oldTasks: 0, continued: 0 });
  }
  return { entries, counterpart };
}

/** A pair moved when its old section has a counterpart and the task went elsewhere. */
export function isMoved(o: DiffTask, n: DiffTask, map: SectionMap): boolean {
  const from = level1Key(o);
  const to = level1Key(n);
  const target = map.counterpart.get(from);
  if (target === undefined || target === to) return false;
  return !similarTitles(from, to);
}

function countBy(tasks: readonly DiffTask[], key: (t: DiffTask) => string, seen: (t: DiffTask) => void): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of tasks) {
    const k = key(t);
    if (!out.has(k)) seen(t);
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}
