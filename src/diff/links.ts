import { maximumMatching, type Edge } from './match.js';
import type { DiffOptions } from './types.js';

/**
 * Best clause match a merge or split needs between the extra task and its target: some sentence
 * of the one must carry into the other, beyond sharing the plan's vocabulary.
 */
const CLAUSE_CARRY = 0.15;
/**
 * Bigrams (three make four characters) of a phrase only the two tasks use, one task a side, that
 * make a merge or split when no clause carries over.
 */
const MIN_ANCHORS = 3;
/** Candidates listed as `possible` for an unmatched task. */
const POSSIBLE_LISTED = 3;

export interface Links {
  /** One-to-one pairs. */
  readonly pairs: readonly Edge[];
  /** Unmatched old tasks whose content went into a matched new task (a = extra old, b = target new). */
  readonly merged: readonly Edge[];
  /** Unmatched new tasks carrying part of a matched old task (a = target old, b = extra new). */
  readonly split: readonly Edge[];
  /** Other side's closest tasks of each task left unmatched, best first. */
  readonly possibleOfOld: ReadonlyMap<number, readonly Edge[]>;
  readonly possibleOfNew: ReadonlyMap<number, readonly Edge[]>;
}

/**
 * Links between the tasks of two plans from scored candidate edges. Year-over-year rewriting
 * leaves true continuations with low absolute scores, so no single threshold separates them:
 * an optimal one-to-one assignment is computed over every edge ≥ `possibleScore`, and an assigned
 * pair is kept when it scores ≥ `minScore`, or when each task is the other's best candidate
 * (mutual best match) and it scores ≥ `mutualScore`. A task left over joins a matched task of the
 * other side (merged / split) when that task is its best candidate, scores ≥ `mergeScore`, and a
 * clause of the one carries into the other, or else joins the candidate with which it shares a
 * phrase of four characters or more that no other task of either plan uses (`anchors`). Every
 * link needs `evidence` (the same text, or shared content words), whatever its score. Whatever
 * remains lists its best candidates as `possible`, never silently dropped.
 */
export function linkTasks(
  edges: readonly Edge[],
  oldCount: number,
  newCount: number,
  options: DiffOptions,
  carry: (a: number, b: number) => number,
  evidence: (a: number, b: number) => boolean,
  anchors: (a: number, b: number) => number,
): Links {
  const candidates = edges.filter((e) => e.w >= options.possibleScore);
  // Only edges with shared content can become links; the others are still listed as `possible`.
  const usable = candidates.filter((e) => evidence(e.a, e.b));
  const byOld = groupBy(usable, (e) => e.a);
  const byNew = groupBy(usable, (e) => e.b);
  const listedOfOld = groupBy(candidates, (e) => e.a);
  const listedOfNew = groupBy(candidates, (e) => e.b);
  const bestOfOld = new Map([...byOld].map(([a, list]) => [a, list[0]]));
  const bestOfNew = new Map([...byNew].map(([b, list]) => [b, list[0]]));
  const mutual = (e: Edge): boolean => bestOfOld.get(e.a)?.w === e.w && bestOfNew.get(e.b)?.w === e.w;
  const assigned = maximumMatching(usable, oldCount, newCount);
  const pairs: Edge[] = assigned.filter((e) => e.w >= options.minScore || (e.w >= options.mutualScore && mutual(e)));
  const mateOfOld = new Map(pairs.map((e) => [e.a, e]));
  const mateOfNew = new Map(pairs.map((e) => [e.b, e]));
  // The optimum may trade a mutual best match for a better total of pairs it then cannot keep:
  // mutual best matches whose tasks are both still free are kept too.
  for (const e of bestOfOld.values()) {
    if (e.w < options.mutualScore || !mutual(e) || mateOfOld.has(e.a) || mateOfNew.has(e.b)) continue;
    pairs.push(e);
    mateOfOld.set(e.a, e);
    mateOfNew.set(e.b, e);
  }
  // A weak assigned pair is kept when it sits in the gap between two kept pairs on both sides (the
  // plans' order agrees): a rewritten task between two continuations is most likely their neighbour's.
  for (const e of [...assigned].sort((x, y) => y.w - x.w || x.a - y.a)) {
    if (mateOfOld.has(e.a) || mateOfNew.has(e.b) || !inGap(e, mateOfOld, mateOfNew, oldCount, newCount)) continue;
    pairs.push(e);
    mateOfOld.set(e.a, e);
    mateOfNew.set(e.b, e);
  }
  pairs.sort((x, y) => x.a - y.a);
  const extra = (list: readonly Edge[] | undefined, isMatched: (e: Edge) => boolean): Edge | null => {
    const best = list?.[0];
    if (!best) return null;
    if (best.w >= options.mergeScore && isMatched(best) && carry(best.a, best.b) >= CLAUSE_CARRY) return best;
    // A merge that hinges on one phrase inside a long paragraph scores low against it: the task
    // joins instead the candidate with which it shares the longest phrase found nowhere else in either plan.
    let anchored: Edge | null = null;
    let most = 0;
    for (const e of list) {
      const n = anchors(e.a, e.b);
      if (n > most || (n === most && anchored !== null && e.w > anchored.w)) [anchored, most] = [e, n];
    }
    return anchored !== null && most >= MIN_ANCHORS && isMatched(anchored) ? anchored : null;
  };
  const merged: Edge[] = [];
  const split: Edge[] = [];
  const possibleOfOld = new Map<number, Edge[]>();
  const possibleOfNew = new Map<number, Edge[]>();
  for (let a = 0; a < oldCount; a++) {
    if (mateOfOld.has(a)) continue;
    const link = extra(byOld.get(a), (e) => mateOfNew.has(e.b));
    if (link) merged.push(link);
    else possibleOfOld.set(a, (listedOfOld.get(a) ?? []).slice(0, POSSIBLE_LISTED));
  }
  for (let b = 0; b < newCount; b++) {
    if (mateOfNew.has(b)) continue;
    const link = extra(byNew.get(b), (e) => mateOfOld.has(e.a));
    if (link) split.push(link);
    else possibleOfNew.set(b, (listedOfNew.get(b) ?? []).slice(0, POSSIBLE_LISTED));
  }
  return { pairs, merged, split, possibleOfOld, possibleOfNew };
}

/**
 * Whether a pair keeps the order of the pairs around it: the nearest kept pair before its old task
 * (or the start) and the nearest after (or the end) bracket its new task, and the same seen from the
 * new side. The edge must also have a kept pair on at least one side, so that order says something.
 */
function inGap(
  e: Edge,
  mateOfOld: ReadonlyMap<number, Edge>,
  mateOfNew: ReadonlyMap<number, Edge>,
  oldCount: number,
  newCount: number,
): boolean {
  const near = (from: number, step: number, count: number, mates: ReadonlyMap<number, Edge>): Edge | null => {
    for (let i = from + step; i >= 0 && i < count; i += step) {
      const m = mates.get(i);
      if (m) return m;
    }
    return null;
  };
  const beforeOld = near(e.a, -1, oldCount, mateOfOld);
  const afterOld = near(e.a, 1, oldCount, mateOfOld);
  const beforeNew = near(e.b, -1, newCount, mateOfNew);
  const afterNew = near(e.b, 1, newCount, mateOfNew);
  if (!beforeOld && !afterOld) return false;
  return (
    (!beforeOld || beforeOld.b < e.b) &&
    (!afterOld || afterOld.b > e.b) &&
    (!beforeNew || beforeNew.a < e.a) &&
    (!afterNew || afterNew.a > e.a)
  );
}

/** Edges grouped by a key, each group sorted best first (ties by the other index, for stable output). */
function groupBy(edges: readonly Edge[], key: (e: Edge) => number): Map<number, Edge[]> {
  const out = new Map<number, Edge[]>();
  for (const e of edges) (out.get(key(e)) ?? out.set(key(e), []).get(key(e))!).push(e);
  for (const list of out.values()) list.sort((x, y) => y.w - x.w || x.a - y.a || x.b - y.b);
  return out;
}
