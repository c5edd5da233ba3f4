import { tokenWeight } from './tokens.js';

/** Sparse vector: token → weight, with its Euclidean norm. */
export interface SparseVector {
  readonly weights: ReadonlyMap<string, number>;
  readonly norm: number;
}

/** Document frequencies over both sides' tasks (each task counts once per token). */
export function documentFrequencies(tokenLists: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const tokens of tokenLists) {
    for (const t of new Set(tokens)) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return df;
}

/** Smoothed inverse document frequency. */
export function idf(df: ReadonlyMap<string, number>, total: number, token: string): number {
  return Math.log((total + 1) / ((df.get(token) ?? 0) + 1)) + 1;
}

/** TF-IDF vector with sublinear term frequency and filler words weighted down. */
export function tfidfVector(tokens: readonly string[], df: ReadonlyMap<string, number>, total: number): SparseVector {
  const tf = new Map<string, number>();
  for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
  const weights = new Map<string, number>();
  let sum = 0;
  for (const [t, n] of tf) {
    const w = (1 + Math.log(n)) * idf(df, total, t) * tokenWeight(t);
    weights.set(t, w);
    sum += w * w;
  }
  return { weights, norm: Math.sqrt(sum) };
}

export function cosine(a: SparseVector, b: SparseVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small.weights) {
    const v = large.weights.get(t);
    if (v !== undefined) dot += w * v;
  }
  return dot / (a.norm * b.norm);
}
