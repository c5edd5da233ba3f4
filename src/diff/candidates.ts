import type { TaskFeatures } from './features.js';

/** A candidate pair: indexes into the old and new task lists. */
export interface Candidate {
  readonly a: number;
  readonly b: number;
}

export interface CandidateOptions {
  /** Features held by more tasks than this are not used to find candidates (keeps it near-linear). */
  readonly maxPostings: number;
  /** Candidates kept per task, best first by shared rare features. */
  readonly perTask: number;
}

export function defaultCandidateOptions(size: number): CandidateOptions {
  return { maxPostings: Math.max(32, Math.ceil(2 * Math.sqrt(size))), perTask: 12 };
}

/**
 * Candidate pairs from an inverted index over words and character bigrams, searched both ways
 * (old → new and new → old). Common features are skipped (postings cap), so the work grows with
 * the number of tasks, not with the number of pairs.
 */
export function findCandidates(
  oldF: readonly TaskFeatures[],
  newF: readonly TaskFeatures[],
  options = defaultCandidateOptions(Math.max(oldF.length, newF.length)),
): Candidate[] {
  const seen = new Set<number>();
  const out: Candidate[] = [];
  const add = (a: number, b: number): void => {
    const key = a * (newF.length + 1) + b;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ a, b });
  };
  // Tasks of the same text are candidates whatever their features (a text of digits or Latin only
  // gives the index nothing to find), a few per text so that repeated texts stay linear.
  const sameText = new Map<string, number[]>();
  newF.forEach((f, b) => {
    const list = sameText.get(f.key) ?? sameText.set(f.key, []).get(f.key)!;
    if (list.length < options.perTask) list.push(b);
  });
  oldF.forEach((f, a) => {
    for (const b of sameText.get(f.key) ?? []) add(a, b);
  });
  for (const [q, t] of search(oldF, newF, options)) add(q, t);
  for (const [q, t] of search(newF, oldF, options)) add(t, q);
  return out;
}

function featuresOf(f: TaskFeatures): string[] {
  return [...new Set(f.tokens), ...f.bigrams];
}

/** Rarest features a query uses: enough to find its counterparts, bounded so work stays linear. */
const FEATURES_PER_QUERY = 32;

/** For each query task, the target tasks sharing most rare features with it. */
function search(
  queries: readonly TaskFeatures[],
  targets: readonly TaskFeatures[],
  options: CandidateOptions,
): [number, number][] {
  const postings = new Map<string, number[]>();
  targets.forEach((f, i) => {
    for (const feature of featuresOf(f)) {
      let list = postings.get(feature);
      if (!list) postings.set(feature, (list = []));
      if (list.length <= options.maxPostings) list.push(i);
    }
  });
  const pairs: [number, number][] = [];
  const scores = new Float64Array(targets.length);
  const touched: number[] = [];
  queries.forEach((f, q) => {
    const lists: number[][] = [];
    for (const feature of new Set(featuresOf(f))) {
      const list = postings.get(feature);
      if (list) lists.push(list);
    }
    lists.sort((x, y) => x.length - y.length);
    let rare = lists.filter((l) => l.length <= options.maxPostings).slice(0, FEATURES_PER_QUERY);
    // A task made only of common words (or duplicated many times) still gets a few candidates:
    // those sharing most of its least common features, among each feature's first postings.
    if (rare.length === 0) rare = lists.slice(0, 4);
    for (const list of rare) {
      const weight = 1 / Math.log(2 + list.length);
      for (const t of list) {
        if (scores[t] === 0) touched.push(t);
        scores[t] += weight;
      }
    }
    const best = touched.sort((x, y) => scores[y] - scores[x] || x - y).slice(0, options.perTask);
    for (const t of best) pairs.push([q, t]);
    for (const t of touched) scores[t] = 0;
    touched.length = 0;
  });
  return pairs;
}
