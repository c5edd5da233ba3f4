/**
 * Column roles from what the cells hold, not only from the header words (C3). Word-exported
 * tables often put a rowspanned `一、…` group in the 工作任务 column and the numbered tasks
 * (`1.…`, `2.…`) in the next text column: then the first is a category and the numbered one holds
 * the tasks. A column the header leaves unnamed (or names with a word we do not know) whose cells
 * are unit lists reads as 责任单位, one whose cells are times as 完成时限.
 */
import { guessCell } from './cells.js';
import { isUnitCell } from './unit-cells.js';
import type { TaskColumns } from './types.js';

const HEADING = /^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])/;
const NUMBERED = /^\s*(?:[0-9０-９]{1,3}(?:[、．]|\.(?![0-9]))|[(（][0-9０-９]{1,3}[)）])/;

/** Share of the filled cells of column `i` that pass `test` (0 when none is filled). */
function share(rows: readonly (readonly string[])[], i: number | undefined, test: (cell: string) => boolean): number {
  if (i === undefined) return 0;
  const filled = rows.map((r) => (r[i] ?? '').trim()).filter((c) => c !== '');
  return filled.length === 0 ? 0 : filled.filter(test).length / filled.length;
}

/** Whether column `i` repeats a value on consecutive rows (a spanning cell copied into each). */
function spans(rows: readonly (readonly string[])[], i: number): boolean {
  let repeats = 0;
  for (let r = 1; r < rows.length; r++) if ((rows[r][i] ?? '').trim() !== '' && rows[r][i] === rows[r - 1][i]) repeats++;
  return repeats > 0;
}

const MOST = 0.6;

export function refineColumns(
  columns: TaskColumns,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): TaskColumns {
  let out = columns;
  const detail = columns.requirement;
  if (
    columns.category === undefined &&
    detail !== undefined &&
    share(rows, columns.task, (c) => HEADING.test(c)) >= MOST &&
    (spans(rows, columns.task) || share(rows, detail, (c) => NUMBERED.test(c)) >= MOST) &&
    share(rows, detail, (c) => NUMBERED.test(c)) >= MOST
  ) {
    out = { ...out, category: columns.task, task: detail, requirement: undefined };
  }
  const unnamed = (): number[] => {
    const named = new Set(Object.values(out).filter((v): v is number => v !== undefined));
    return header.map((_, i) => i).filter((i) => !named.has(i));
  };
  if (out.owner === undefined) {
    const units = unnamed().find((i) => share(rows, i, isUnitCell) >= MOST);
    if (units !== undefined) out = { ...out, owner: units };
  }
  if (out.deadline === undefined) {
    const times = unnamed().find((i) => share(rows, i, (c) => guessCell(c) === 'time') >= MOST);
    if (times !== undefined) out = { ...out, deadline: times };
  }
  return out;
}
