/**
 * One call for the pipeline: the task tables of an input, each with the 1-based lines of the
 * text its rows are on. HTML tables are read from the page (row spans intact) and located in the
 * page's text; for plain text, tables flattened to lines are read from the text itself.
 */
import type { DomNode } from '../html/load-cheerio.js';
import { extractTables } from './html-table.js';
import { locateRows } from './locate.js';
import { recognizeTaskTable } from './task-table.js';
import { taskTablesFromLines } from './text-table.js';
import { gluedTable } from './glued-table.js';
import type { TaskTable } from './types.js';
import { maxOf, minOf } from '../core/arrays.js';

export interface LocatedTaskTable {
  readonly table: TaskTable;
  /** 1-based line of `text` for a row index of the table. */
  readonly lineOf: (rowIndex: number) => number;
  /** 1-based lines of `text` the table covers (header to last row). */
  readonly firstLine: number;
  readonly lastLine: number;
  /** For a table glued into a line of other text: its offsets in `text` (end exclusive). */
  readonly range?: { readonly start: number; readonly end: number };
}

/**
 * `text` is the text line numbers refer to: for HTML the text extracted from the page (lines
 * holding the flattened rows), else the decoded text. `html` is the page (its HTML or the DOM
 * htmlToText parsed), null for text input.
 */
export function findTaskTables(input: { readonly html: string | DomNode | null; readonly text: string }): LocatedTaskTable[] {
  const lines = input.text.split('\n');
  if (input.html === null) {
    const found: LocatedTaskTable[] = taskTablesFromLines(lines).map((table) => ({
      table,
      lineOf: (i: number) => i + 1,
      firstLine: table.headerIndex + 1,
      lastLine: Math.max(table.headerIndex + 1, table.endIndex),
    }));
    return [...found, ...gluedTables(lines, found)].toSorted((a, b) => a.firstLine - b.firstLine);
  }
  const out: LocatedTaskTable[] = [];
  let from = 0;
  for (const grid of extractTables(input.html)) {
    const table = recognizeTaskTable(grid.rows);
    if (table === null) continue;
    const rows = locateRows(table, grid.rows, lines, from);
    const found = [...rows.values()];
    const first = headerLine(lines, table, minOf(found));
    const last = maxOf(found);
    from = last + 1;
    out.push({ table, lineOf: (i) => (rows.get(i) ?? last) + 1, firstLine: first + 1, lastLine: last + 1 });
  }
  return out;
}

/** Tables glued onto one line (C4), on lines no other table covers. */
function gluedTables(lines: readonly string[], found: readonly LocatedTaskTable[]): LocatedTaskTable[] {
  const out: LocatedTaskTable[] = [];
  let offset = 0;
  lines.forEach((line, i) => {
    const covered = found.some((t) => i + 1 >= t.firstLine && i + 1 <= t.lastLine);
    // Cheap cue first: a glued header names a unit column.
    const glued = covered || !/单位|部门|科室|股室|單位|部門/.test(line) ? null : gluedTable(line, i);
    if (glued !== null)
      out.push({
        table: glued.table,
        lineOf: () => i + 1,
        firstLine: i + 1,
        lastLine: i + 1,
        range: { start: offset + glued.start, end: offset + glued.end },
      });
    offset += line.length + 1;
  });
  return out;
}

/** The header's line: the nearest line above the first row that names the task column. */
function headerLine(lines: readonly string[], table: TaskTable, firstRow: number): number {
  const name = (table.header[table.columns.task] ?? '').replace(/\s+/g, '');
  for (let i = firstRow - 1; i >= Math.max(0, firstRow - 3); i--)
    if (name !== '' && lines[i].replace(/\s+/g, '').includes(name)) return i;
  return firstRow;
}
