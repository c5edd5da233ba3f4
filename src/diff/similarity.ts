import type { TaskFeatures } from './features.js';
import { cosine } from './tfidf.js';
import { jaccard } from './tokens.js';

/**
 * Text similarity: TF-IDF cosine over words, blended with character-bigram Jaccard, which does
 * not depend on where the segmenter put word boundaries (segmentations of reworded text drift).
 */
export function textSimilarity(a: TaskFeatures, b: TaskFeatures): number {
  return 0.65 * cosine(a.vector, b.vector) + 0.35 * jaccard(a.bigrams, b.bigrams);
}

/** Weight of section context in a match score: enough to break ties between near-duplicates. */
export const SECTION_WEIGHT = 0.1;

/** Match score in [0, 1]: text similarity with a little weight for similar section titles. */
export function matchScore(a: TaskFeatures, b: TaskFeatures): number {
  const text = textSimilarity(a, b);
  const section = a.sectionBigrams.size === 0 && b.sectionBigrams.size === 0 ? 1 : jaccard(a.sectionBigrams, b.sectionBigrams);
  return (1 - SECTION_WEIGHT) * text + SECTION_WEIGHT * section;
}
