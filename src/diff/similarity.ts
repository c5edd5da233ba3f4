import type { TaskFeatures } from './features.js';
import { cosine, type SparseVector } from './tfidf.js';

/**
 * Text similarity of two tasks in [0, 1]: character-bigram TF-IDF cosine (robust to rewording
 * that moves word boundaries), word TF-IDF cosine (key terms), and how well their best clauses
 * carry over (a rewritten task keeps a sentence or two nearly verbatim). Document frequencies are
 * those of the pair of plans, so what every task says counts for nothing.
 */
export function textSimilarity(a: TaskFeatures, b: TaskFeatures): number {
  // The same letters and digits are the same task, whatever the segmenter makes of them ('2021', 'IPv6', '略').
  if (a.key === b.key) return 1;
  return (
    0.5 * cosine(a.bigramVector, b.bigramVector) + 0.25 * cosine(a.vector, b.vector) + 0.25 * clauseCarry(a.clauses, b.clauses)
  );
}

/** Clauses averaged: the best three clause matches (either way round). */
const CLAUSES_COUNTED = 3;

/** Mean of the best clause matches in both directions (each clause's best partner on the other side). */
export function clauseCarry(a: readonly SparseVector[], b: readonly SparseVector[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const bestOfB = new Float64Array(b.length);
  const best: number[] = [];
  for (const x of a) {
    let m = 0;
    b.forEach((y, j) => {
      const c = cosine(x, y);
      if (c > m) m = c;
      if (c > bestOfB[j]) bestOfB[j] = c;
    });
    best.push(m);
  }
  best.push(...bestOfB);
  best.sort((x, y) => y - x);
  const counted = Math.min(CLAUSES_COUNTED, best.length);
  let sum = 0;
  for (let i = 0; i < counted; i++) sum += best[i];
  return sum / counted;
}

/** The best cosine between a clause of one task and a clause of the other. */
export function bestClauseMatch(a: readonly SparseVector[], b: readonly SparseVector[]): number {
  let m = 0;
  for (const x of a) for (const y of b) m = Math.max(m, cosine(x, y));
  return m;
}

/** What else two tasks share besides text. */
export interface PairContext {
  /** Identities of the organ units (not scope groups such as 各县) of each task. */
  readonly unitsA: ReadonlySet<string>;
  readonly unitsB: ReadonlySet<string>;
  readonly deadlinesA: readonly string[];
  readonly deadlinesB: readonly string[];
}

/** Weight of shared units in a match, when both tasks name units. */
export const UNIT_WEIGHT = 0.1;
/** Weight of a shared deadline, when both tasks have one. */
export const DEADLINE_WEIGHT = 0.05;

/** Match score in [0, 1]: text similarity, with a little weight for shared units and deadlines. */
export function matchScore(text: number, ctx: PairContext): number {
  let score = text;
  if (ctx.unitsA.size > 0 && ctx.unitsB.size > 0) {
    let shared = 0;
    for (const u of ctx.unitsA) if (ctx.unitsB.has(u)) shared++;
    score = (1 - UNIT_WEIGHT) * score + UNIT_WEIGHT * (shared / (ctx.unitsA.size + ctx.unitsB.size - shared));
  }
  if (ctx.deadlinesA.length > 0 && ctx.deadlinesB.length > 0) {
    const same = ctx.deadlinesA.some((d) => ctx.deadlinesB.includes(d)) ? 1 : 0;
    score = (1 - DEADLINE_WEIGHT) * score + DEADLINE_WEIGHT * same;
  }
  return score;
}

/**
 * Shared content a link needs beyond a score: in a small pair of plans every score is relative,
 * and two unrelated tasks can each be the other's best candidate on one word of the genre (管理).
 * Counted in distinct bigrams of content words (校园食品安全 shares three: 校园, 食品, 安全).
 */
export const EVIDENCE_FLOOR = 2;

/** Distinct content-word bigrams two tasks share (filler not counted). */
export function sharedContent(a: TaskFeatures, b: TaskFeatures): number {
  const [small, large] = a.words.size <= b.words.size ? [a.words, b.words] : [b.words, a.words];
  let n = 0;
  for (const w of small) if (large.has(w)) n++;
  return n;
}

/** Whether two tasks may be linked at all: the same text, or enough shared content. */
export function hasEvidence(a: TaskFeatures, b: TaskFeatures): boolean {
  return a.key === b.key || sharedContent(a, b) >= EVIDENCE_FLOOR;
}

/**
 * Longest phrase two tasks share that no other task of either plan uses, in consecutive character
 * bigrams: a phrase found once in each plan ties those two tasks together (as unique lines anchor a
 * patience diff), however long the paragraph around it.
 */
export function uniqueRuns(oldF: readonly TaskFeatures[], newF: readonly TaskFeatures[]): (a: number, b: number) => number {
  const once = (features: readonly TaskFeatures[]): Set<string> => {
    const seen = new Set<string>();
    const repeated = new Set<string>();
    for (const f of features) for (const g of f.bigrams) (seen.has(g) ? repeated : seen).add(g);
    for (const g of repeated) seen.delete(g);
    return seen;
  };
  const onceOld = once(oldF);
  const onceNew = once(newF);
  return (a, b) => {
    let best = 0;
    let run = 0;
    for (const g of oldF[a].bigramSeq) {
      run = onceOld.has(g) && onceNew.has(g) && newF[b].bigrams.has(g) ? run + 1 : 0;
      if (run > best) best = run;
    }
    return best;
  };
}
