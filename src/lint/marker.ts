/**
 * Reading printed structure markers (一、 (一) 1. (1) ①) back into level, numeral and style,
 * so rules can compare siblings and say what number was expected in the writer's own style.
 */
import { foldWidthText as foldWidth, formatChineseNumeral, NUMERAL_CHARS as HAN, parseChineseNumeral } from '../core/zh/index.js';

export { foldWidth };
/** 十一 → 11, 二十三 → 23, 一百零五 → 105; null for anything else. */
export const hanToNumber = parseChineseNumeral;

export type NumeralKind = 'han' | 'arabic' | 'circled';

export interface MarkerStyle {
  readonly open: string;
  readonly kind: NumeralKind;
  readonly close: string;
}

export interface ParsedMarker {
  /** 1: 一、  2: (一)  3: 1.  4: (1) — GB/T 9704-2012 §7.3.3. */
  readonly level: 1 | 2 | 3 | 4;
  readonly ordinal: number;
  readonly style: MarkerStyle;
}

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

/** Parses a marker as written ('一、', '(五)', '3. ', '1、', '(1)', '①'); null when it is none of these. */
export function parseMarker(marker: string): ParsedMarker | null {
  const m = foldWidth(marker).replace(/\s+/g, '');
  if (m.length === 0 || m.length > 12) return null;
  const circle = m.charCodeAt(0) - 0x245f;
  if (m.length === 1 && circle >= 1 && circle <= 20) return { level: 4, ordinal: circle, style: { open: '', kind: 'circled', close: '' } };
  const open = m[0] === '(' || m[0] === '[' || m[0] === '【' || m[0] === '〔' ? m[0] : '';
  let i = open.length;
  let j = i;
  const han = HAN.includes(m[j] ?? '');
  while (j < m.length && (han ? HAN.includes(m[j]) : m[j] >= '0' && m[j] <= '9')) j++;
  if (j === i) return null;
  const numeral = m.slice(i, j);
  const close = m.slice(j);
  if (close.length > 2 || /[\p{L}\p{N}]/u.test(close)) return null;
  const ordinal = han ? hanToNumber(numeral) : Number(numeral);
  if (ordinal === null || !Number.isFinite(ordinal)) return null;
  const style: MarkerStyle = { open, kind: han ? 'han' : 'arabic', close };
  if (open) return { level: han ? 2 : 4, ordinal, style };
  if (close === '' ) return null;
  if (han) return { level: 1, ordinal, style };
  return { level: close.startsWith(')') ? 4 : 3, ordinal, style };
}
