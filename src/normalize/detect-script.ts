import type { Script } from '../core/register.js';
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY, TRADITIONAL_VARIANTS } from '../core/zh/index.js';

// A flat table over the BMP (64 KB): a Map lookup per character was the pipeline's top cost.
const KIND = new Uint8Array(0x10000);
for (const ch of SIMPLIFIED_ONLY) KIND[ch.charCodeAt(0)] = 1;
for (const ch of TRADITIONAL_ONLY + TRADITIONAL_VARIANTS) KIND[ch.charCodeAt(0)] = 2;

/** Fewer distinguishing characters than this: too little evidence to say. */
const MIN_EVIDENCE = 5;
/** Both scripts count as present when the minority has this share of the evidence… */
const MIXED_SHARE = 0.15;
/** …and at least this many characters (one stray simplified form is not a mixed text). */
const MIXED_COUNT = 20;

export interface ScriptCounts {
  readonly simplified: number;
  readonly traditional: number;
}

/** Counts characters that exist only in simplified or only in traditional form. One pass, no opencc. */
export function countScriptChars(text: string): ScriptCounts {
  let simplified = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = KIND[text.charCodeAt(i)];
    if (kind === 1) simplified++;
    else if (kind === 2) traditional++;
  }
  return { simplified, traditional };
}

export function detectScript(text: string): Script {
  return scriptOf(countScriptChars(text));
}

/** The verdict on counts; counts of several texts may be summed (what the pipeline does for a page of documents). */
export function scriptOf({ simplified, traditional }: ScriptCounts): Script {
  const total = simplified + traditional;
  if (total < MIN_EVIDENCE) return 'unknown';
  const minority = Math.min(simplified, traditional);
  if (minority >= MIXED_COUNT && minority > total * MIXED_SHARE) return 'mixed';
  return simplified >= traditional ? 'simplified' : 'traditional';
}
