import type { DiffTask } from './tasks.js';
import { charBigrams, contentTokens, type Segmenter } from './tokens.js';
import { documentFrequencies, tfidfVector, type SparseVector } from './tfidf.js';

/** What scoring needs of a task, computed once. */
export interface TaskFeatures {
  readonly tokens: readonly string[];
  readonly vector: SparseVector;
  readonly bigrams: ReadonlySet<string>;
  readonly sectionBigrams: ReadonlySet<string>;
}

/** Tokens, TF-IDF vectors (document frequencies over both sides) and bigram sets for two task lists. */
export function computeFeatures(oldTasks: readonly DiffTask[], newTasks: readonly DiffTask[], segmenter: Segmenter): [TaskFeatures[], TaskFeatures[]] {
  const oldTokens = oldTasks.map((t) => contentTokens(t.text, segmenter));
  const newTokens = newTasks.map((t) => contentTokens(t.text, segmenter));
  const all = [...oldTokens, ...newTokens];
  const df = documentFrequencies(all);
  const build = (tasks: readonly DiffTask[], tokens: string[][]): TaskFeatures[] =>
    tasks.map((t, i) => ({
      tokens: tokens[i],
      vector: tfidfVector(tokens[i], df, all.length),
      bigrams: charBigrams(t.text),
      sectionBigrams: charBigrams(sectionKey(t)),
    }));
  return [build(oldTasks, oldTokens), build(newTasks, newTokens)];
}

/** The section context a task is scored with: its level-1 and innermost section titles. */
function sectionKey(task: DiffTask): string {
  const path = task.sectionPath;
  if (path.length === 0) return '';
  return path.length === 1 ? path[0] : `${path[0]}|${path[path.length - 1]}`;
}
