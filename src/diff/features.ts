import type { DiffTask } from './tasks.js';
import { contentTokens, tokenWeight, type Segmenter } from './tokens.js';
import { documentFrequencies, tfidfVector, type SparseVector } from './tfidf.js';
import { splitClauses, textForScoring } from './clauses.js';

/** What scoring needs of a task, computed once. */
export interface TaskFeatures {
  /** Content words (nodejieba, stop words dropped). */
  readonly tokens: readonly string[];
  /** Word TF-IDF: key terms weigh, the genre's filler and words every task shares do not. */
  readonly vector: SparseVector;
  /** Character-bigram TF-IDF: robust where rewording moves the segmenter's word boundaries. */
  readonly bigramVector: SparseVector;
  /** Character bigrams (candidate search). */
  readonly bigrams: ReadonlySet<string>;
  /** The same bigrams in text order, repeats kept (shared phrases). */
  readonly bigramSeq: readonly string[];
  /** One bigram TF-IDF vector per clause (IDF over the clauses of both plans). */
  readonly clauses: readonly SparseVector[];
  /**
   * Character bigrams inside content words, the genre's filler words left out: what a pair must
   * share. Bigrams, not words, because the segmenter cuts one term differently in two contexts
   * (食品安全 / 食品 + 安全监管).
   */
  readonly words: ReadonlySet<string>;
  /** The text's letters and digits (or, when it has none, the trimmed text): equal keys are equal tasks. */
  readonly key: string;
}

/**
 * Features of two task lists, with document frequencies over *both* plans: a word or bigram
 * that every task of the pair uses (信息公开, 各级各部门…) weighs nothing, whatever the genre.
 * Unit names are cut out of the text first: a table plan leaves its unit cells in the task text,
 * and a shared 各县(市、区) would otherwise look like shared content.
 */
export function computeFeatures(
  oldTasks: readonly DiffTask[],
  newTasks: readonly DiffTask[],
  segmenter: Segmenter,
): [TaskFeatures[], TaskFeatures[]] {
  const tasks = [...oldTasks, ...newTasks];
  const texts = tasks.map(textForScoring);
  const tokens = texts.map((t) => contentTokens(t, segmenter));
  const wordDf = documentFrequencies(tokens);
  const bigramLists = texts.map(bigramList);
  const bigramDf = documentFrequencies(bigramLists);
  const clauseLists = texts.map((t) => splitClauses(t).map(bigramList));
  const clauseDf = documentFrequencies(clauseLists.flat());
  const clauseTotal = clauseLists.reduce((n, c) => n + c.length, 0);
  const features = tasks.map((_, i) => ({
    tokens: tokens[i],
    vector: tfidfVector(tokens[i], wordDf, tasks.length),
    bigramVector: tfidfVector(bigramLists[i], bigramDf, tasks.length),
    bigrams: new Set(bigramLists[i]),
    bigramSeq: bigramLists[i],
    clauses: clauseLists[i].map((c) => tfidfVector(c, clauseDf, clauseTotal)),
    words: contentBigrams(tokens[i]),
    key: textKey(tasks[i].text),
  }));
  return [features.slice(0, oldTasks.length), features.slice(oldTasks.length)];
}

/** Bigrams within each non-filler content word that are not filler words themselves. */
function contentBigrams(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    if (tokenWeight(t) !== 1) continue;
    for (const g of bigramList(t)) if (tokenWeight(g) === 1) out.add(g);
  }
  return out;
}

/** Letters and digits of a text, or the trimmed text when it has none (a task of punctuation only). */
export function textKey(text: string): string {
  let out = '';
  for (const ch of text) if (/[\p{L}\p{N}]/u.test(ch)) out += ch;
  return out === '' ? text.trim() : out;
}

/** Character bigrams of the text's ideographs, letters and digits, in order (repeats kept). */
export function bigramList(text: string): string[] {
  const chars: string[] = [];
  for (const ch of text) if (/[\p{L}\p{N}]/u.test(ch)) chars.push(ch);
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}
