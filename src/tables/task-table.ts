/**
 * Task tables (任务分解表): finds the header row by meaning and reads each row below it as a task.
 * Works on full grids (HTML and Word tables, spans expanded) and, through text-table.ts, on
 * tables flattened to lines.
 */
import { headerColumns, headerScore } from './header.js';
import { buildRows } from './task-rows.js';
import { refineColumns } from './column-roles.js';
import type { TaskColumns, TaskTable } from './types.js';

export { taskTableFromLines, taskTablesFromLines } from './text-table.js';
export { tableToTasks, type TableTasks, type TableToTasksOptions } from './to-tasks.js';

/** Header rows sit near the top: a title row or a two-level header may come first. */
const HEADER_SEARCH_ROWS = 8;

export interface HeaderMatch {
  readonly index: number;
  readonly columns: TaskColumns;
}

/** The most specific header row among the first rows (later wins a tie: the lower row of a two-level header). */
export function findHeader(rows: readonly (readonly string[])[], limit = HEADER_SEARCH_ROWS): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  for (let i = 0; i < Math.min(rows.length, limit); i++) {
    const columns = headerColumns(rows[i]);
    if (columns === null) continue;
    // A tie goes to the row right below (the lower row of a two-level header), not to a repeated header further down.
    const score = headerScore(columns);
    if (best === null || score > headerScore(best.columns) || (score === headerScore(best.columns) && i === best.index + 1))
      best = { index: i, columns };
  }
  return best;
}

/** The task table in a grid, or null when the grid is not one (it then stays text). */
export function recognizeTaskTable(rows: readonly (readonly string[])[]): TaskTable | null {
  const header = findHeader(rows);
  if (header === null) return null;
  const data = rows.slice(header.index + 1).map((cells, i) => ({ cells, index: header.index + 1 + i }));
  const columns = refineColumns(header.columns, rows[header.index], rows.slice(header.index + 1));
  const taskRows = buildRows(columns, rows[header.index], data);
  if (taskRows.length === 0) return null;
  return {
    columns,
    header: rows[header.index].map((c) => c.trim()),
    headerIndex: header.index,
    endIndex: rows.length,
    rows: taskRows,
  };
}
