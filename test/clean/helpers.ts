import { MapBuilder, identity, toSource, type MappedText } from '../../src/core/source-map.js';
import type { CleanResult } from '../../src/clean/index.js';
import { readSeedText } from '../seeds.js';

/**
 * Normalised input for the clean tests: what the normalize stage promises (half-width ASCII
 * punctuation, no leading or trailing spaces, LF), with a real map back to the raw text.
 */
export function fold(raw: string): MappedText {
  const text = raw.replace(/\r\n?/g, '\n');
  const b = new MapBuilder();
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && /[\s\u00a0\u3000]/.test(text[s])) s++;
    while (e > s && /[\s\u00a0\u3000]/.test(text[e - 1])) e--;
    for (let i = s; i < e; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0xff01 && code <= 0xff5e) b.put(String.fromCharCode(code - 0xfee0), i, i + 1);
      else if (code === 0xa0 || code === 0x3000) b.put(' ', i, i + 1);
      else b.keep(text, i, i + 1);
    }
    if (lineEnd < text.length) b.keep(text, lineEnd, lineEnd + 1);
    lineStart = lineEnd + 1;
  }
  return b.build();
}

/** Input as the pipeline will hand it over: the normalize stage when it exists, else `fold`. */
export async function normalised(raw: string): Promise<MappedText> {
  try {
    const mod = (await import('../../src/normalize/index.js')) as { normalizeText?: (m: MappedText) => MappedText };
    if (typeof mod.normalizeText === 'function') return mod.normalizeText(identity(raw));
  } catch {
    // The normalize stage is not there yet.
  }
  return fold(raw);
}

export const SEEDS = [
  '000_b8becd59a2cbc9aa',
  '001_b549640b90e87528',
  '002_1f4bb2617c1968ca',
  '003_f6e836a7c1703721',
  '004_997beea5d328a63b',
];

export function readSeed(name: string): string {
  return readSeedText(name);
}

/**
 * Offsets of `source` that are neither kept in a document nor inside a removal and are not
 * whitespace. Empty when the audit accounts for every character.
 */
export function unaccounted(source: string, result: CleanResult): number[] {
  const covered = new Uint8Array(source.length);
  for (const doc of result.documents) {
    for (let o = 0; o < doc.text.length; o++) covered[toSource(doc.map, o)] = 1;
  }
  for (const r of result.removals) covered.fill(1, r.start, r.end);
  const missing: number[] = [];
  for (let i = 0; i < source.length; i++) {
    if (!covered[i] && !/\s/.test(source[i])) missing.push(i);
  }
  return missing;
}
