/**
 * The printed marker of a category cell (一、政策解读 → 一、 level 1), or a synthesised 一、/二、 for
 * a bare category: register sections always carry a marker, and a clerk numbers categories so.
 */
import { formatChineseNumeral } from '../segment/chinese-numerals.js';

const DIGITS = '〇一二三四五六七八九';

export function chineseNumeral(n: number): string {
  return n >= 100 ? String(n) : formatChineseNumeral(n);
}

function numeralValue(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = DIGITS.indexOf(ch);
  }
  return total + digit;
}

export interface CategoryHeading {
  readonly marker: string;
  readonly level: 1 | 2 | 3 | 4;
  readonly ordinal: number;
  readonly title: string;
}

const PATTERNS: readonly [RegExp, 1 | 2 | 3 | 4][] = [
  [/^([一二三四五六七八九十]{1,3})[、.]\s*/, 1],
  [/^[(（]([一二三四五六七八九十]{1,3})[)）]\s*/, 2],
  [/^(\d{1,3})(?:[、]|\.(?!\d))\s*/, 3],
  [/^[(（](\d{1,3})[)）]\s*/, 4],
];

export function categoryHeading(text: string, position: number): CategoryHeading {
  for (const [pattern, level] of PATTERNS) {
    const m = pattern.exec(text);
    if (m && m[0].length < text.length) {
      return { marker: m[0].trim(), level, ordinal: numeralValue(m[1]), title: text.slice(m[0].length).trim() };
    }
  }
  return { marker: `${chineseNumeral(position)}、`, level: 1, ordinal: position, title: text };
}
