import { createRequire } from 'node:module';
import type { Segmenter } from './tokens.js';
import type { ToSimplified } from './tasks.js';

/** nodejieba, loaded on first use (its dictionaries take about a second). */
export function loadJiebaSegmenter(): Segmenter {
  const require = createRequire(import.meta.url);
  const jieba = require('nodejieba') as { cut(text: string, hmm?: boolean): string[] };
  return { cut: (text) => jieba.cut(text, true) };
}

/**
 * opencc-js traditional (any variant) → mainland simplified. Applied to every text regardless of
 * its detected script: simplified text passes through unchanged, mixed text comes out uniform.
 */
export function loadToSimplified(): ToSimplified {
  const require = createRequire(import.meta.url);
  const opencc = require('opencc-js') as { Converter(o: { from: string; to: string }): (t: string) => string };
  const tw = opencc.Converter({ from: 'tw', to: 'cn' });
  const cache = new Map<string, string>();
  return (text) => {
    let out = cache.get(text);
    if (out === undefined) {
      out = tw(text);
      if (cache.size < 100_000) cache.set(text, out);
    }
    return out;
  };
}
