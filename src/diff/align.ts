import type { DiffTask } from './tasks.js';
import type { DiffEntry, DiffOptions, PossibleMatch, SectionMapEntry } from './types.js';
import { computeFeatures } from './features.js';
import { findCandidates } from './candidates.js';
import { bestClauseMatch, hasEvidence, matchScore, textSimilarity, uniqueRuns } from './similarity.js';
import type { Edge } from './match.js';
import { linkTasks } from './links.js';
import { classifyPair, round } from './classify.js';
import { mapSections } from './sections.js';
import { taskInlineDiff } from './inline-diff.js';
import { isScopeUnit, type UnitIndex } from './units.js';
import type { Segmenter } from './tokens.js';

export interface Alignment {
  readonly entries: DiffEntry[];
  readonly sections: readonly SectionMapEntry[];
  readonly rolesCompared: boolean;
  readonly unitsCompared: boolean;
}

/**
 * Aligns two task lists: candidates from an inverted index, scored pairs, links (one-to-one
 * pairs, then merges and splits, the rest added/removed with their possible matches), the map of
 * level-1 sections, then each pair's classes.
 */
export function alignTasks(
  oldTasks: readonly DiffTask[],
  newTasks: readonly DiffTask[],
  options: DiffOptions,
  segmenter: Segmenter,
  units: UnitIndex,
): Alignment {
  const [oldF, newF] = computeFeatures(oldTasks, newTasks, segmenter);
  const organs = (t: DiffTask): Set<string> => new Set([...t.leads, ...t.owners].filter((u) => !isScopeUnit(u)).map(units.canon));
  const oldUnits = oldTasks.map(organs);
  const newUnits = newTasks.map(organs);
  const edges: Edge[] = [];
  const textScores = new Map<string, number>();
  for (const { a, b } of findCandidates(oldF, newF)) {
    const text = textSimilarity(oldF[a], newF[b]);
    textScores.set(`${a}:${b}`, text);
    const w = matchScore(text, {
      unitsA: oldUnits[a],
      unitsB: newUnits[b],
      deadlinesA: oldTasks[a].deadlineKeys,
      deadlinesB: newTasks[b].deadlineKeys,
    });
    edges.push({ a, b, w });
  }
  const links = linkTasks(
    edges,
    oldTasks.length,
    newTasks.length,
    options,
    (a, b) => bestClauseMatch(oldF[a].clauses, newF[b].clauses),
    (a, b) => hasEvidence(oldF[a], newF[b]),
    uniqueRuns(oldF, newF),
  );
  const sections = mapSections(
    oldTasks,
    newTasks,
    [...links.pairs, ...links.merged, ...links.split].map((e) => [oldTasks[e.a], newTasks[e.b]] as const),
  );
  const rolesCompared = oldTasks.some((t) => t.leads.length > 0) && newTasks.some((t) => t.leads.length > 0);
  const named = (t: DiffTask): boolean => t.leads.length + t.owners.length > 0;
  const unitsCompared = oldTasks.some(named) && newTasks.some(named);
  const inline = (o: DiffTask, n: DiffTask) => taskInlineDiff(o, n, segmenter);
  const mateOfOld = new Map(links.pairs.map((e) => [e.a, e]));
  // Sort keys keep the entries in the new plan's order, old-only tasks after their predecessor's partner.
  const keyed: { key: [number, number, number]; entry: DiffEntry }[] = [];
  for (const e of links.pairs) {
    const entry = classifyPair(
      { old: oldTasks[e.a], new: newTasks[e.b], score: e.w, textScore: textScores.get(`${e.a}:${e.b}`) ?? 0 },
      options,
      { sections, units, rolesCompared, unitsCompared, inline },
    );
    keyed.push({ key: [e.b, 0, 0], entry });
  }
  const partnerOfNew = new Map(links.pairs.map((e) => [e.b, e.a]));
  for (const e of links.merged) {
    const o = oldTasks[e.a];
    const n = newTasks[e.b];
    const entry: DiffEntry = {
      kind: 'merged',
      classes: ['merged'],
      score: round(e.w),
      old: o.ref,
      new: n.ref,
      partner: oldTasks[partnerOfNew.get(e.b)!].ref,
      ...dropped(o, n, units),
    };
    keyed.push({ key: [e.b, 1, e.a], entry });
  }
  for (const e of links.split) {
    const entry: DiffEntry = {
      kind: 'split',
      classes: ['split'],
      score: round(e.w),
      old: oldTasks[e.a].ref,
      new: newTasks[e.b].ref,
      partner: newTasks[mateOfOld.get(e.a)!.b].ref,
    };
    keyed.push({ key: [e.b, 0, 0], entry });
  }
  const possible = (
    list: readonly Edge[] | undefined,
    other: readonly DiffTask[],
    side: 'a' | 'b',
  ): { possible?: PossibleMatch[] } => {
    if (!list || list.length === 0) return {};
    return { possible: list.map((e) => ({ id: other[side === 'a' ? e.a : e.b].ref.id, score: round(e.w) })) };
  };
  for (const [i, list] of links.possibleOfOld) {
    const entry: DiffEntry = {
      kind: 'removed',
      classes: ['removed'],
      score: null,
      old: oldTasks[i].ref,
      new: null,
      ...possible(list, newTasks, 'b'),
    };
    keyed.push({ key: [predecessorPosition(i, mateOfOld), 1, i], entry });
  }
  for (const [j, list] of links.possibleOfNew) {
    const entry: DiffEntry = {
      kind: 'added',
      classes: ['added'],
      score: null,
      old: null,
      new: newTasks[j].ref,
      ...possible(list, oldTasks, 'a'),
    };
    keyed.push({ key: [j, 0, 0], entry });
  }
  keyed.sort((x, y) => x.key[0] - y.key[0] || x.key[1] - y.key[1] || x.key[2] - y.key[2]);
  return { entries: keyed.map((k) => k.entry), sections: sections.entries, rolesCompared, unitsCompared };
}

/** What a merged task had that the task it merged into does not: deadlines and units. */
function dropped(o: DiffTask, n: DiffTask, units: UnitIndex): { dropped?: { deadlines: string[]; units: string[] } } {
  const deadlines = o.ref.deadlines.filter((_, i) => !n.deadlineKeys.includes(o.deadlineKeys[i]));
  const kept = new Set([...n.leads, ...n.owners].map(units.canon));
  const names = [...o.leads, ...o.owners];
  const lost = [...o.ref.leads, ...o.ref.owners].filter((_, i) => !kept.has(units.canon(names[i])));
  if (deadlines.length === 0 && lost.length === 0) return {};
  return { dropped: { deadlines, units: [...new Set(lost)] } };
}

/** New-side position of the nearest earlier matched old task (-1 when none). */
function predecessorPosition(oldIndex: number, mateOfOld: ReadonlyMap<number, Edge>): number {
  for (let i = oldIndex - 1; i >= 0; i--) {
    const mate = mateOfOld.get(i);
    if (mate) return mate.b;
  }
  return -1;
}
