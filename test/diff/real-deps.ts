import { loadJiebaSegmenter, loadToSimplified } from '../../src/diff/loaders.js';
import type { DiffDeps } from '../../src/diff/diff-registers.js';

let deps: DiffDeps | null = null;
/** The real segmenter and converter, loaded once per test file. */
export function realDeps(): DiffDeps {
  deps ??= { segmenter: loadJiebaSegmenter(), toSimplified: loadToSimplified() };
  return deps;
}

/** Loads nodejieba's dictionaries and opencc (seconds on a busy machine): call in a beforeAll with a long timeout. */
export function warmRealDeps(): void {
  const d = realDeps();
  d.segmenter.cut('加强政策解读');
  d.toSimplified('加強');
}

/** Timeout for the hook that warms the segmenter: generous, the suite runs on busy machines. */
export const WARM_TIMEOUT = 120_000;
