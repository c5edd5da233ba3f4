import type { DiffTask } from './tasks.js';
import type { DiffEntry, DiffOptions } from './types.js';
import { computeFeatures } from './features.js';
import { findCandidates } from './candidates.js';
import { matchScore, textSimilarity } from './similarity.js';
import { maximumMatching, type Edge } from './match.js';
import { classifyPair, round } from './classify.js';
import { sectionCounterparts } from './sections.js';
import { findExtras } from './split-merge.js';
import { toDiffTokens, type DiffToken } from './inline-diff.js';
import type { Segmenter } from './tokens.js';

/**
 * Aligns two task lists: candidates from an inverted index, scored pairs, an optimal one-to-one
 * matching, then classification; unmatched tasks become added/removed, or split/merged when a
 * matched task of the other side covers them.
 */
export function alignTasks(oldTasks: readonly DiffTask[], newTasks: readonly DiffTask[], options: DiffOptions, segmenter: Segmenter): DiffEntry[] {
  const [oldF, newF] = computeFeatures(oldTasks, newTasks, segmenter);
  const edges: Edge[] = [];
  const candidatesOfOld = new Map<number, number[]>();
  const candidatesOfNew = new Map<number, number[]>();
  for (const { a, b } of findCandidates(oldF, newF)) {
    (candidatesOfOld.get(a) ?? candidatesOfOld.set(a, []).get(a)!).push(b);
    (candidatesOfNew.get(b) ?? candidatesOfNew.set(b, []).get(b)!).push(a);
    const w = matchScore(oldF[a], newF[b]);
    if (w >= options.minScore) edges.push({ a, b, w });
  }
  const matching = maximumMatching(edges, oldTasks.length, newTasks.length);
  const mateOfOld = new Map(matching.map((e) => [e.a, e]));
  const mateOfNew = new Map(matching.map((e) => [e.b, e]));
  const counterparts = sectionCounterparts(matching.map((e) => [oldTasks[e.a], newTasks[e.b]] as const));
  const tokenCache = new Map<DiffTask, DiffToken[]>();
  const tokensOf = (t: DiffTask): DiffToken[] => {
    let tokens = tokenCache.get(t);
    if (!tokens) tokenCache.set(t, (tokens = toDiffTokens(t.ref.text, segmenter.cut(t.text))));
    return tokens;
  };
  // Sort keys keep the entries in the new plan's order, old-only tasks after their predecessor's partner.
  const keyed: { key: [number, number, number]; entry: DiffEntry }[] = [];
  for (const e of matching) {
    const entry = classifyPair({ old: oldTasks[e.a], new: newTasks[e.b], score: e.w, textScore: textSimilarity(oldF[e.a], newF[e.b]) }, options, { counterparts, tokensOf });
    keyed.push({ key: [e.b, 0, 0], entry });
  }
  const unmatchedOld = oldTasks.map((t) => t.index).filter((i) => !mateOfOld.has(i));
  const unmatchedNew = newTasks.map((t) => t.index).filter((i) => !mateOfNew.has(i));
  const merged = findExtras(unmatchedOld, (i) => candidatesOfOld.get(i) ?? [], (b) => mateOfNew.get(b)?.a, oldF, newF, options.splitCoverage);
  const split = findExtras(unmatchedNew, (i) => candidatesOfNew.get(i) ?? [], (a) => mateOfOld.get(a)?.b, newF, oldF, options.splitCoverage);
  const mergedOf = new Map(merged.map((l) => [l.extra, l]));
  const splitOf = new Map(split.map((l) => [l.extra, l]));
  for (const i of unmatchedOld) {
    const link = mergedOf.get(i);
    if (link) {
      const entry: DiffEntry = { kind: 'merged', classes: ['merged'], score: round(link.coverage), old: oldTasks[i].ref, new: newTasks[link.target].ref, partner: oldTasks[link.partner].ref };
      keyed.push({ key: [link.target, 1, i], entry });
    } else {
      keyed.push({ key: [predecessorPosition(i, mateOfOld), 1, i], entry: { kind: 'removed', classes: ['removed'], score: null, old: oldTasks[i].ref, new: null } });
    }
  }
  for (const j of unmatchedNew) {
    const link = splitOf.get(j);
    const entry: DiffEntry = link
      ? { kind: 'split', classes: ['split'], score: round(link.coverage), old: oldTasks[link.target].ref, new: newTasks[j].ref, partner: newTasks[link.partner].ref }
      : { kind: 'added', classes: ['added'], score: null, old: null, new: newTasks[j].ref };
    keyed.push({ key: [j, 0, 0], entry });
  }
  keyed.sort((x, y) => x.key[0] - y.key[0] || x.key[1] - y.key[1] || x.key[2] - y.key[2]);
  return keyed.map((k) => k.entry);
}

/** New-side position of the nearest earlier matched old task (-1 when none). */
function predecessorPosition(oldIndex: number, mateOfOld: ReadonlyMap<number, Edge>): number {
  for (let i = oldIndex - 1; i >= 0; i--) {
    const mate = mateOfOld.get(i);
    if (mate) return mate.b;
  }
  return -1;
}
