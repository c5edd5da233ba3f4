/** Plain-text tables for the accuracy report: counts per document, a total row, rates under it. */
import { MEASURES, rate, type Count, type Scores } from './score.js';

export function cell(c: Count): string {
  return c.total === 0 ? '–' : `${c.hit}/${c.total}`;
}

export function percent(c: Count): string {
  const r = rate(c);
  return r === null ? '–' : `${(r * 100).toFixed(1)}%`;
}

/** Columns padded to their widest cell; the first column left-aligned, the rest right-aligned. */
export function formatTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [head, ...rows];
  const width = head.map((_, k) => Math.max(...all.map((r) => [...(r[k] ?? '')].length)));
  const line = (r: readonly string[]): string =>
    r
      .map((c, k) => (k === 0 ? c.padEnd(width[k]) : c.padStart(width[k])))
      .join('  ')
      .trimEnd();
  return [line(head), line(width.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** One row per document, then the total as counts and as rates. */
export function scoresTable(rows: readonly { name: string; scores: Scores }[], total: Scores): string {
  return formatTable(
    ['fixture', ...MEASURES],
    [
      ...rows.map((r) => [r.name, ...MEASURES.map((m) => cell(r.scores[m]))]),
      ['total', ...MEASURES.map((m) => cell(total[m]))],
      ['rate', ...MEASURES.map((m) => percent(total[m]))],
    ],
  );
}
