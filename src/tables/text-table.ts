/**
 * Task tables that reached us flattened to text: one row per line with cells separated by tabs
 * or '|', or (best effort) one cell per line. Spanning cells are lost in the flattening, so a row
 * with fewer cells than the header is lined up by what its cells look like and the missing cells
 * are filled from the row above.
 */
import { headerColumns, headerKey, headerKind } from './header.js';
import { guessCell, looksLikeSeq, textLine, type CellGuess } from './cells.js';
import { buildRows, type DataRow } from './task-rows.js';
import type { TaskColumns, TaskTable } from './types.js';
import { alignCells } from './align.js';

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

/**
 * Every line of a run of header words could start a header reaching to the run's end, and each
 * such header is checked against the lines below it: quadratic in a long run. So a header is the
 * whole run, or one of its last MAX_CELL_PER_LINE_COLUMNS lines onwards. Header words name eight
 * kinds of column and real tables have up to about ten.
 */
const MAX_CELL_PER_LINE_COLUMNS = 16;

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
  let run: HeaderRun | null = null;
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
      // A cell-per-line header from any line of a run ends where the run ends: the run is read
      // once, not again from each of its lines (a long run of header words was quadratic).
      if (run === null || i >= run.end) run = headerRun(lines, i);
      const n = run.end - i;
      const table = n >= 3 && n <= run.room && (i === run.start || n <= MAX_CELL_PER_LINE_COLUMNS) ? cellPerLineTable(lines, i, n) : null;
      if (table !== null) return table;
    }
  }
  return null;
}

/** Consecutive lines that could each be a header cell on its own line. */
interface HeaderRun {
  readonly start: number;
  readonly end: number;
  /**
   * The most header lines a table can have here: its first row (n filled lines, none a header
   * word) must follow the run at once or after one category line, so longer headers read no
   * rows and give no table.
   */
  readonly room: number;
}

function headerRun(lines: readonly string[], start: number): HeaderRun {
  let end = start;
  while (end < lines.length && splitCells(lines[end]).length === 1 && headerKind(lines[end]) !== null) end++;
  const most = end - start;
  const firstRow = Math.max(rowLines(lines, end, most), rowLines(lines, end + 1, most) + 1);
  return { start, end, room: Math.min(most, lines.length - end, firstRow) };
}

/** How many lines from `from` (up to `most`) could be cells of a data row: filled, no header word (validRow's first tests). */
function rowLines(lines: readonly string[], from: number, most: number): number {
  let n = 0;
  while (n < most && from + n < lines.length && lines[from + n].trim() !== '' && headerKind(lines[from + n]) === null) n++;
  return n;
}

function nextFilled(lines: readonly string[], i: number): number {
  let j = i;
  while (j < lines.length && lines[j].trim() === '') j++;
  return j;
}

/** Lines a separated table skips between rows: blank, or a rule such as |---|---|. */
function skipped(line: string): boolean {
  return line.trim() === '' || RULE_LINE.test(line) && line.includes('-');
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
function sameEmptyScan(lines: readonly string[], empty: EmptyScan, i: number, keys: readonly string[], columns: TaskColumns): boolean {
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

/**
 * Header cells each on a line (the `n` lines from `start`, at least 3), then rows of as many
 * lines; a lone line between rows is a category.
 */
function cellPerLineTable(lines: readonly string[], start: number, n: number): TaskTable | null {
  const header = lines.slice(start, start + n).map((l) => l.trim());
  const columns = headerColumns(header);
  if (columns === null) return null;
  const data: DataRow[] = [];
  let i = start + n;
  let end = i;
  while (i + n <= lines.length) {
    const chunk = lines.slice(i, i + n).map((l) => l.trim());
    if (validRow(chunk, columns)) {
      data.push({ cells: chunk, index: i });
      i += n;
      end = i;
      continue;
    }
    const heading = chunk[0];
    // A heading needs a whole row after it: a row cut short by the end of the text is no row.
    if (heading !== '' && heading.length <= 60 && i + 1 + n <= lines.length && validRow(lines.slice(i + 1, i + 1 + n).map((l) => l.trim()), columns)) {
      data.push({ cells: header.map(() => heading), index: i });
      i += 1;
      continue;
    }
    break;
  }
  return finish(columns, header, start, end, data);
}

function validRow(chunk: readonly string[], columns: TaskColumns): boolean {
  if (chunk.length === 0 || chunk.some((c) => c === '')) return false;
  if (chunk.some((c) => headerKind(c) !== null)) return false;
  if (columns.seq !== undefined && !looksLikeSeq(chunk[columns.seq])) return false;
  const expect: [number | undefined, CellGuess][] = [[columns.deadline, 'time']];
  return expect.every(([col, kind]) => col === undefined || guessCell(chunk[col]) === kind || guessCell(chunk[col]) === 'text');
}

function finish(columns: TaskColumns, header: readonly string[], headerIndex: number, endIndex: number, data: readonly DataRow[]): TaskTable | null {
  const rows = buildRows(columns, header, data);
  if (rows.length === 0) return null;
  return { columns, header, headerIndex, endIndex, rows };
}
