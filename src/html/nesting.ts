import { InputError } from '../core/errors.js';

/** Container tags that nest; void and self-closing-by-rule tags (p, li, br) are left out. */
const TAG =
  /<(\/?)(?:div|span|section|article|table|tbody|tr|td|th|ul|ol|dl|font|b|strong|em|i|a|blockquote|center|form)[\s>\/]/gi;
/** Real pages stay far below; the HTML parser slows down quadratically with depth beyond it. */
const MAX_DEPTH = 3000;

/** Throws InputError for pathologically nested markup before cheerio spends seconds on it. */
export function assertNesting(html: string): void {
  let depth = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    depth = m[1] === '/' ? Math.max(0, depth - 1) : depth + 1;
    if (depth > MAX_DEPTH) throw new InputError('HTML too deeply nested');
  }
}
