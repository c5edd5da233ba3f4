/**
 * Writing structure markers (一、 (一) 1. (1) ①) in a given style, so rules can say what number
 * was expected in the writer's own style. The segmenter records each marker's style in the tree.
 */
import { formatChineseNumeral } from '../core/zh/index.js';
import type { MarkerStyle } from '../core/tree.js';

/** 0 → 〇 (a marker may print it), 1 … 999 as counting numerals. */
export function numberToHan(n: number): string {
  return n === 0 ? '〇' : formatChineseNumeral(n);
}

export function formatMarker(style: MarkerStyle, ordinal: number): string {
  const numeral = style.kind === 'han' ? numberToHan(ordinal) : style.kind === 'circled' ? circled(ordinal) : String(ordinal);
  return `${style.open}${numeral}${style.close}`;
}

export function sameStyle(a: MarkerStyle, b: MarkerStyle): boolean {
  return a.open === b.open && a.kind === b.kind && a.close === b.close;
}

function circled(n: number): string {
  return n >= 1 && n <= 20 ? String.fromCharCode(0x245f + n) : `(${n})`;
}
