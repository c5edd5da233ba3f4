/**
 * Task tables that reached us flattened to text: one row per line with cells separated by tabs
 * or '|', or one cell per line (cell-stream.ts). Spanning cells are lost in the flattening, so a row
 * with fewer cells than the header is lined up by what its cells look like and the missing cells
 * are filled from the row above.
 */
import { headerColumns, headerKey, headerKind } from './header.js';
import { textLine } from './cells.js';
import { cellStreamTable, isBarLine, streamHeader } from './cell-stream.js';
import { buildRows, type DataRow } from './task-rows.js';
import type { TaskColumns, TaskTable } from './types.js';
import { alignCells } from './align.js';
import { refineColumns } from './column-roles.js';

/** Cells of a line split at tabs or '|'; a line with neither is one cell. */
export function splitCells(line: string): string[] {
  if (line.includes('\t')) return line.split('\t').map((c) => c.trim());
  if (!line.includes('|')) return [line.trim()];
  let body = line.trim();
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|')) body = body.slice(0, -1);
  return body.split('|').map((c) => c.trim());
}

const RULE_LINE = /^[\s|:\-+=]*$/;

/** The first task table in the lines, or null. Row indexes are line indexes. */
export function taskTableFromLines(lines: readonly string[]): TaskTable | null {
  return scan(lines, 0);
}

/** Every task table in the lines, in order. */
export function taskTablesFromLines(lines: readonly string[]): TaskTable[] {
  const tables: TaskTable[] = [];
  for (let from = 0; from < lines.length; ) {
    const table = scan(lines, from);
    if (table === null) break;
    tables.push(table);
    from = Math.max(table.endIndex, table.headerIndex + 1);
  }
  return tables;
}

function scan(lines: readonly string[], from: number): TaskTable | null {
  let empty: EmptyScan | null = null;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    // Most lines are prose with no separator: one cell, the line itself (whose header key is
    // the trimmed line's), so no cells are cut for them.
    const cells = line.includes('\t') || line.includes('|') ? splitCells(line) : null;
    if (cells !== null && cells.length >= 2) {
      const columns = headerColumns(cells);
      if (columns !== null) {
        const keys = cells.map(headerKey);
        if (empty === null || !sameEmptyScan(lines, empty, i, keys, columns)) {
          const { table, stop } = separatedTable(lines, i, cells, columns);
          if (table !== null) return table;
          empty = { headerIndex: i, keys, stop };
        }
      }
    } else if (headerKind(cells === null ? line : cells[0]) !== null) {
      // A run of header words, one a line (between bar lines or not), is read once as one
      // header: from its last lines that name each column once (see streamHeader).
      const runEnd = headerRunEnd(lines, i);
      const head = streamHeader(lines, i);
      const table = head === null ? null : cellStreamTable(lines, head);
      if (table !== null) return table;
      i = runEnd - 1;
    }
  }
  return null;
}

/** The line after a run of header words from `start`, one a line, bar lines between them allowed. */
function headerRunEnd(lines: readonly string[], start: number): number {
  let end = start;
  while (
    end < lines.length &&
    (isBarLine(lines[end]) || (splitCells(lines[end]).length === 1 && headerKind(lines[end]) !== null))
  )
    end++;
  return Math.max(end, start + 1);
}

function nextFilled(lines: readonly string[], i: number): number {
  let j = i;
  while (j < lines.length && lines[j].trim() === '') j++;
  return j;
}

/** Lines a separated table skips between rows: blank, or a rule such as |---|---|. */
function skipped(line: string): boolean {
  return line.trim() === '' || (RULE_LINE.test(line) && line.includes('-'));
}

/**
 * A separated header whose rows gave no task: `stop` is the line that ended its rows. Where that
 * line is depends on the lines only, not on the header, so every later header line before it
 * reads the same lines to the same place.
 */
interface EmptyScan {
  readonly headerIndex: number;
  readonly keys: readonly string[];
  readonly stop: number;
}

/**
 * True when the header at `i` would read no task either, without reading its rows again (a run of
 * repeated header lines was quadratic): it lies inside the empty scan and its cells have the same
 * header keys (so the same columns, width, header matches and labels). The two scans then differ
 * only in the row above a short row, whose cells fill the short row's gaps; the first row with
 * all its cells makes them agree again. Before it, a short row with no task text gives no task
 * whatever its gaps hold (the task cell is never a gap), so those must all be such rows.
 */
function sameEmptyScan(
  lines: readonly string[],
  empty: EmptyScan,
  i: number,
  keys: readonly string[],
  columns: TaskColumns,
): boolean {
  if (i <= empty.headerIndex || i >= empty.stop || keys.length !== empty.keys.length) return false;
  if (!keys.every((key, k) => key === empty.keys[k])) return false;
  for (let j = i + 1; j < empty.stop; j++) {
    if (skipped(lines[j])) continue;
    const row = splitCells(lines[j]);
    if (row.length < 2) continue; // a category line: the same in both scans
    if (row.length >= keys.length) return true;
    if (textLine(alignCells(row, keys.length, columns, [])[columns.task] ?? '') !== '') return false;
  }
  return true;
}

function separatedTable(
  lines: readonly string[],
  headerIndex: number,
  header: string[],
  columns: TaskColumns,
): { table: TaskTable | null; stop: number } {
  const data: DataRow[] = [];
  let previous: readonly string[] = [];
  let end = headerIndex + 1;
  let i = headerIndex + 1;
  for (; i < lines.length; i++) {
    if (skipped(lines[i])) continue;
    const cells = splitCells(lines[i]);
    if (cells.length < 2) {
      // A lone short line between rows is a category heading; anything else ends the table.
      const next = nextFilled(lines, i + 1);
      if (cells[0].length > 60 || next >= lines.length || splitCells(lines[next]).length < 2) break;
      data.push({ cells: header.map(() => cells[0]), index: i });
      end = i + 1;
      continue;
    }
    const full = alignCells(cells, header.length, columns, previous);
    data.push({ cells: full, index: i });
    previous = full;
    end = i + 1;
  }
  return { table: finish(columns, header, headerIndex, end, data), stop: i };
}

function finish(
  named: TaskColumns,
  header: readonly string[],
  headerIndex: number,
  endIndex: number,
  data: readonly DataRow[],
): TaskTable | null {
  const columns = refineColumns(
    named,
    header,
    data.map((d) => d.cells),
  );
  const rows = buildRows(columns, header, data);
  if (rows.length === 0) return null;
  return { columns, header, headerIndex, endIndex, rows };
}
