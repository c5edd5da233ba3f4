/**
 * The printed marker of a category cell (一、政策解读 → 一、 level 1), or a synthesised 一、/二、 for
 * a bare category: register sections always carry a marker, and a clerk numbers categories so.
 */
import { formatChineseNumeral, parseNumeral } from '../core/zh/index.js';

export function chineseNumeral(n: number): string {
  return n >= 100 ? String(n) : formatChineseNumeral(n);
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

/** Markers synthesised for a bare category by its depth: 一、 at the top, (一) under it, then 1. and (1). */
function synthesised(position: number, depth: number): { marker: string; level: 1 | 2 | 3 | 4 } {
  if (depth <= 0) return { marker: `${chineseNumeral(position)}、`, level: 1 };
  if (depth === 1) return { marker: `(${chineseNumeral(position)})`, level: 2 };
  if (depth === 2) return { marker: `${position}.`, level: 3 };
  return { marker: `(${position})`, level: 4 };
}

/** The heading of a category at `position` among its siblings, `depth` categories deep (0: top). */
export function categoryHeading(text: string, position: number, depth = 0): CategoryHeading {
  for (const [pattern, level] of PATTERNS) {
    const m = pattern.exec(text);
    if (m && m[0].length < text.length) {
      return { marker: m[0].trim(), level, ordinal: parseNumeral(m[1]) ?? position, title: text.slice(m[0].length).trim() };
    }
  }
  return { ...synthesised(position, depth), ordinal: position, title: text };
}

/**
 * The nesting level a category heading opens: its marker's level (一、 1, （一） 2, 1. 3, (1) 4), or
 * 9 for a bare heading, which nests under the marked headings before it and ends at the next.
 */
export function headingLevel(text: string): number {
  for (const [pattern, level] of PATTERNS) {
    const m = pattern.exec(text);
    if (m && m[0].length < text.length) return level;
  }
  return BARE_LEVEL;
}

export const BARE_LEVEL = 9;

/** Opens `group` in a stack of open headings: headings at its level or deeper close first. */
export function openGroup<T extends { readonly text: string }>(stack: readonly T[], group: T): T[] {
  const level = headingLevel(group.text);
  const out = [...stack];
  while (out.length > 0 && headingLevel(out[out.length - 1].text) >= level) out.pop();
  out.push(group);
  return out;
}
