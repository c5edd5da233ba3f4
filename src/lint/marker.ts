/**
 * Reading printed structure markers (一、 (一) 1. (1) ①) back into level, numeral and style,
 * so rules can compare siblings and say what number was expected in the writer's own style.
 */
import { formatChineseNumeral } from '../segment/chinese-numerals.js';
import { foldWidthText as foldWidth } from '../normalize/width.js';

export { foldWidth };

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

const HAN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const HAN = '〇零一二两三四五六七八九十百';

/** 十一 → 11, 二十三 → 23, 一百零五 → 105; null for anything else. */
export function hanToNumber(text: string): number | null {
  if (text.length === 0 || text.length > 6) return null;
  let total = 0;
  let digit = -1;
  for (const ch of text) {
    if (ch === '十' || ch === '百') {
      const unit = ch === '十' ? 10 : 100;
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    } else if (ch in HAN_DIGITS) {
      if (digit > 0) return null;
      digit = HAN_DIGITS[ch];
    } else return null;
  }
  return total + Math.max(0, digit);
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
  const i = open.length;
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
