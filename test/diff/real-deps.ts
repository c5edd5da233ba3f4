import { loadJiebaSegmenter, loadToSimplified } from '../../src/diff/loaders.js';
import type { DiffDeps } from '../../src/diff/diff-registers.js';

let deps: DiffDeps | null = null;
/** The real segmenter and converter, loaded once per test file. */
export function realDeps(): DiffDeps {
  deps ??= { segmenter: loadJiebaSegmenter(), toSimplified: loadToSimplified() };
  return deps;
}
