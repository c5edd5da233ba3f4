/**
 * Structure markers (GB/T 9704-2012 §7.3.3): 一、 → 1, (一) → 2, 1. / 1、 → 3, (1) / ① → 4.
 * `matchMarker` only says whether a marker starts at a position; whether it may start there
 * (line start, after a sentence end, inside an inline list) is decided by blocks.ts.
 */
import {
  circledValue,
  foldWidthText,
  isChineseNumeralChar,
  isHan,
  NUMERAL_CHARS,
  parseChineseNumeral,
} from '../core/zh/index.js';
import type { MarkerStyle } from '../core/tree.js';

export type MarkerLevel = 1 | 2 | 3 | 4;
export type MarkerKind = 'cn-comma' | 'cn-paren' | 'num-dot' | 'num-paren' | 'circled';

export interface MarkerMatch {
  readonly level: MarkerLevel;
  readonly kind: MarkerKind;
  readonly ordinal: number;
  /** The marker as written, without trailing spaces: '一、', '(五)', '3.', '①'. */
  readonly marker: string;
  readonly start: number;
  /** Offset of the first character after the marker and its trailing spaces. */
  readonly end: number;
}

const OPEN_TO_CLOSE: Readonly<Record<string, string>> = { '(': ')', '（': '）', '〔': '〕' };
const DOT_CHARS = new Set(['.', '、', '．']);
const MAX_NUMERAL = 4;

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** CJK ideograph (BMP ranges) — the character a `1.` marker must be followed by. */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && isHan(ch.charCodeAt(0));
}

/** Characters that may open the text of a numbered item besides an ideograph. */
const ITEM_OPENERS = new Set(['“', '‘', '《', '「', '『', '【', '"']);

function startsItemText(text: string, pos: number): boolean {
  const ch = text[pos];
  return isCjk(ch) || ITEM_OPENERS.has(ch ?? '');
}

function skipSpaces(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && (text[p] === ' ' || text[p] === '\u3000' || text[p] === '\t')) p++;
  return p;
}

/**
 * First characters a marker can have (brackets, digits, circled numbers, numerals): blocks.ts asks
 * at many positions, and almost all of them are rejected here by one table lookup.
 */
const MAY_START = new Uint8Array(0x10000);
for (const ch of `${Object.keys(OPEN_TO_CLOSE).join('')}0123456789${NUMERAL_CHARS}`) MAY_START[ch.charCodeAt(0)] = 1;
MAY_START.fill(1, 0x2460, 0x2488);

/** The marker starting exactly at `pos`, or null. */
export function matchMarker(text: string, pos: number): MarkerMatch | null {
  if (MAY_START[text.charCodeAt(pos)] !== 1) return null; // NaN (past the end) reads undefined
  const ch = text[pos];
  if (ch in OPEN_TO_CLOSE) return matchParen(text, pos, OPEN_TO_CLOSE[ch]);
  if (isDigit(ch)) return matchNumber(text, pos);
  const circled = circledValue(ch);
  if (circled !== null) {
    const end = skipSpaces(text, pos + 1);
    if (end >= text.length || text[end] === '\n') return null;
    return { level: 4, kind: 'circled', ordinal: circled, marker: ch, start: pos, end };
  }
  if (isChineseNumeralChar(ch)) return matchChineseComma(text, pos);
  return null;
}

function matchParen(text: string, pos: number, close: string): MarkerMatch | null {
  let p = pos + 1;
  if (isDigit(text[p])) {
    if (text[pos] === '〔') return null; // 〔2018〕 is a year in a document number
    while (p < text.length && p - pos <= 2 && isDigit(text[p])) p++;
    if (text[p] !== close) return null;
    const ordinal = Number(text.slice(pos + 1, p));
    if (ordinal === 0) return null;
    const end = skipSpaces(text, p + 1);
    if (isDigit(text[end])) return null;
    return { level: 4, kind: 'num-paren', ordinal, marker: text.slice(pos, p + 1), start: pos, end };
  }
  while (p < text.length && p - pos <= MAX_NUMERAL && isChineseNumeralChar(text[p])) p++;
  if (p === pos + 1 || text[p] !== close) return null;
  const ordinal = parseChineseNumeral(text.slice(pos + 1, p));
  if (ordinal === null) return null;
  const end = skipSpaces(text, p + 1);
  return { level: 2, kind: 'cn-paren', ordinal, marker: text.slice(pos, p + 1), start: pos, end };
}

function matchNumber(text: string, pos: number): MarkerMatch | null {
  let p = pos;
  while (p < text.length && p - pos < 4 && isDigit(text[p])) p++;
  const digits = p - pos;
  if (digits > 3 || !DOT_CHARS.has(text[p] ?? '')) return null;
  const end = skipSpaces(text, p + 1);
  // `1.5亿`, `2.0`, `12.4”`: a digit after the dot means a number, not a marker.
  if (!startsItemText(text, end) && !(text[p] !== '、' && startsWithDate(text, end))) return null;
  const ordinal = Number(text.slice(pos, p));
  if (ordinal === 0) return null;
  return { level: 3, kind: 'num-dot', ordinal, marker: text.slice(pos, p + 1), start: pos, end };
}

/**
 * An item that opens with its deadline (`1.2017年10月底前……`, `2.12月底前……`): no decimal reads
 * as a year or as a month followed by a time word, so the dot is a marker's. `1.5年` is a number;
 * with `、` it is a list of months (`1、2月份`).
 */
function startsWithDate(text: string, pos: number): boolean {
  let p = pos;
  while (p < text.length && p - pos < 5 && isDigit(text[p])) p++;
  const digits = text.slice(pos, p);
  if (text[p] === '年') return digits.length === 4 && (digits.startsWith('19') || digits.startsWith('20'));
  if (text[p] !== '月' || digits.length === 0 || digits.length > 2) return false;
  const month = Number(digits);
  return month >= 1 && month <= 12 && MONTH_NEXT.has(text[p + 1] ?? '');
}
const MONTH_NEXT = new Set([
  '底',
  '前',
  '份',
  '中',
  '上',
  '下',
  '末',
  '起',
  '至',
  '日',
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
]);

function matchChineseComma(text: string, pos: number): MarkerMatch | null {
  let p = pos;
  while (p < text.length && p - pos < MAX_NUMERAL && isChineseNumeralChar(text[p])) p++;
  if (text[p] !== '、') return null;
  const ordinal = parseChineseNumeral(text.slice(pos, p));
  if (ordinal === null) return null;
  const end = skipSpaces(text, p + 1);
  // `一、二季度`: a numeral after the comma continues a list of numbers.
  if (end >= text.length || text[end] === '\n' || isChineseNumeralChar(text[end])) return null;
  return { level: 1, kind: 'cn-comma', ordinal, marker: text.slice(pos, p + 1), start: pos, end };
}

/** Opening brackets a marker printed on its own may have, width-folded. */
const OPENERS = new Set(['(', '[', '【', '〔']);

/**
 * A marker printed on its own (a task table's 序号 cell, a category heading's number): `一、`,
 * `(五)`, `3.`, `1、`, `(1)`, `1)`, `①`, width-folded, spaces ignored; null when it is none of these
 * (a bare `1`). Markers inside text are matched by matchMarker, which also needs what follows.
 */
export function readMarker(printed: string): { level: MarkerLevel; ordinal: number; style: MarkerStyle } | null {
  const m = foldWidthText(printed).replace(/\s+/g, '');
  if (m.length === 0 || m.length > 12) return null;
  const circle = m.charCodeAt(0) - 0x245f;
  if (m.length === 1 && circle >= 1 && circle <= 20)
    return { level: 4, ordinal: circle, style: { open: '', kind: 'circled', close: '' } };
  const open = OPENERS.has(m[0]) ? m[0] : '';
  const i = open.length;
  let j = i;
  const han = isChineseNumeralChar(m[j]);
  while (j < m.length && (han ? isChineseNumeralChar(m[j]) : isDigit(m[j]))) j++;
  if (j === i) return null;
  const close = m.slice(j);
  if (close.length > 2 || /[\p{L}\p{N}]/u.test(close)) return null;
  const ordinal = han ? parseChineseNumeral(m.slice(i, j)) : Number(m.slice(i, j));
  if (ordinal === null || !Number.isFinite(ordinal)) return null;
  const style: MarkerStyle = { open, kind: han ? 'han' : 'arabic', close };
  if (open) return { level: han ? 2 : 4, ordinal, style };
  if (close === '') return null;
  if (han) return { level: 1, ordinal, style };
  return { level: close.startsWith(')') ? 4 : 3, ordinal, style };
}
