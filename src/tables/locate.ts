/**
 * Finds the line of the page's text that each grid row became. The HTML stage writes a row as one
 * line (cells joined by tabs, spanned cells absent), so a row's line is the next line holding its
 * task cell; comparison ignores all whitespace.
 */
import type { TaskTable } from './types.js';

function key(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, '');
}

/** Long cells are matched on a prefix: the text stage may have cut or joined the rest differently. */
const PREFIX = 24;

/**
 * 0-based line index in `lines` for each grid row of the table that holds a task (keyed by
 * rowIndex), searching forward from `from`; a row not found gets the line of the row before it.
 */
export function locateRows(
  table: TaskTable,
  grid: readonly (readonly string[])[],
  lines: readonly string[],
  from = 0,
): Map<number, number> {
  const keys = lines.map(key);
  const found = new Map<number, number>();
  let cursor = from;
  let last = from;
  const wanted = new Set(table.rows.flatMap((r) => (r.categoryIndex === null ? [r.rowIndex] : [r.rowIndex, r.categoryIndex])));
  for (const rowIndex of [...wanted].toSorted((a, b) => a - b)) {
    const row = grid[rowIndex] ?? [];
    // The task cell never spans rows the way a category or lead cell does, so it is on the row's own line.
    const cells = [row[table.columns.task] ?? '', ...row].map(key).filter((k) => k.length > 0);
    const probe = (cells[0] ?? '').slice(0, PREFIX);
    let hit = -1;
    if (probe !== '') {
      for (let i = cursor; i < keys.length; i++) {
        if (keys[i].includes(probe)) {
          hit = i;
          break;
        }
      }
    }
    if (hit >= 0) {
      cursor = hit + 1;
      last = hit;
    }
    found.set(rowIndex, hit >= 0 ? hit : last);
  }
  return found;
}
