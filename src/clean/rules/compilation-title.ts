import type { CleanRule, LineContext } from '../types.js';
import { looksLikeTitle } from '../text.js';

const NUM = '(?:[一二三四五六七八九十]{1,3}|\\d{1,3})';
/**
 * A compilation marker at the start of a line: 【篇一】 [第2篇] 篇一: 篇三 第一篇: 第一篇 (alone).
 * `第一篇 <title>` without a colon or brackets is left alone: five-year plans use it for parts.
 */
const MARKER = new RegExp(
  `^(?:[【\\[(]\\s*(?:篇${NUM}|第${NUM}篇)\\s*[】\\])]|篇${NUM}(?![年月日号篇])|第${NUM}篇(?=\\s*:|\\s*$))\\s*:?\\s*`,
);
/** Placeholder names farms put in fake titles. */
const PLACEHOLDER = /xx|××|某某|\*\*|XX/i;

export function markerLength(line: string): number {
  const m = MARKER.exec(line);
  return m ? m[0].length : 0;
}

/** Titles that follow more than one marker on the page are the farm's, not the documents'. */
function repeatedTitles(ctx: LineContext): Map<string, number> {
  const cached = ctx.memo.get('compilation-title/titles');
  if (cached) return cached as Map<string, number>;
  const counts = new Map<string, number>();
  for (const line of ctx.lines) {
    const n = markerLength(line);
    if (n === 0) continue;
    const title = line.slice(n).trim();
    counts.set(title, (counts.get(title) ?? 0) + 1);
  }
  ctx.memo.set('compilation-title/titles', counts);
  return counts;
}

function nextNonBlank(ctx: LineContext): string | null {
  for (let i = ctx.index + 1; i < ctx.lines.length; i++) {
    const line = ctx.lines[i].trim();
    if (line.length > 0) return line;
  }
  return null;
}

export const compilationTitle: CleanRule = {
  id: 'compilation-title',
  description: 'Compilation markers (【篇一】, 篇一:, 第一篇) with their fake titles; each starts a new document',
  examples: {
    hit: ['【篇一】xx市2022年政务公开工作要点', '篇二:', '第三篇', '[篇1]2019年工作要点', '篇一 房山区2018年政务公开工作要点'],
    miss: ['第一篇 开启全面建设社会主义现代化国家新征程', '篇幅较长的文件要做好解读。', '(一)写好政务公开“三篇文章”'],
  },
  match(line, ctx) {
    const n = markerLength(line);
    if (n === 0) return [];
    const marker = line.slice(0, n).trim();
    const title = line.slice(n).trim();
    const next = nextNonBlank(ctx);
    const fake =
      title.length === 0 ||
      PLACEHOLDER.test(title) ||
      (repeatedTitles(ctx).get(title) ?? 0) > 1 ||
      (next !== null && markerLength(next) === 0 && looksLikeTitle(next) && !/[。;]/.test(title));
    if (fake) {
      const why = title.length === 0 ? '' : ' and its placeholder title';
      return [{ reason: `Compilation marker ${marker}${why}; starts a new document`, splits: true }];
    }
    return [{ reason: `Compilation marker ${marker}; starts a new document`, start: 0, end: n, splits: true }];
  },
};
