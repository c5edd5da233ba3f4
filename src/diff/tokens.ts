import { FILLER_WEIGHT, FILLER_WORDS, STOP_WORDS, isNoise } from './stopwords.js';

/** Word segmentation, behind an interface so tests can pass a fake (nodejieba in the CLI). */
export interface Segmenter {
  cut(text: string): string[];
}

/** Content tokens of a text: noise and stop words dropped, Latin folded to lower case. */
export function contentTokens(text: string, segmenter: Segmenter): string[] {
  const out: string[] = [];
  for (const raw of segmenter.cut(text)) {
    const token = raw.trim().toLowerCase();
    if (isNoise(token) || STOP_WORDS.has(token)) continue;
    out.push(token);
  }
  return out;
}

/** Multiplier of a token's weight: filler words count for little. */
export function tokenWeight(token: string): number {
  return FILLER_WORDS.has(token) ? FILLER_WEIGHT : 1;
}

/** Character bigrams of the text's ideographs, letters and digits (punctuation and spaces skipped). */
export function charBigrams(text: string): Set<string> {
  const chars: string[] = [];
  for (const ch of text) {
    if (/[\p{L}\p{N}]/u.test(ch)) chars.push(ch);
  }
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  return out;
}

/** |a ∩ b| / |a ∪ b|. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const inter = intersectionSize(a, b);
  return inter / (a.size + b.size - inter);
}

/** |a ∩ b| / |a|: how much of a is found in b. */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  return a.size === 0 ? 0 : intersectionSize(a, b) / a.size;
}

export function intersectionSize(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}
