/**
 * Builds task rows from the data rows under a recognised header: full-width rows (one distinct
 * value) are categories, a repeated header is skipped, rows without task text are skipped, and a
 * task cell spanning several rows gives one task whose unit and time cells are merged.
 */
import { headerKey } from './header.js';
import { textLine, unitLine } from './cells.js';
import { openGroup } from './section-marker.js';
import type { RowGroup, TaskColumns, TaskRow, UnitCell } from './types.js';

export interface DataRow {
  readonly cells: readonly string[];
  /** Grid row or line index, passed through to TaskRow.rowIndex. */
  readonly index: number;
}

function at(cells: readonly string[], i: number | undefined): string {
  return i === undefined ? '' : (cells[i] ?? '').trim();
}

/** The one value of a full-width row (a category heading), or null. */
function fullWidthValue(cells: readonly string[], columns: TaskColumns): string | null {
  const values = new Set(cells.map((c) => c.trim()).filter((c) => c.length > 0));
  if (values.size !== 1) return null;
  const [value] = values;
  const filled = cells.filter((c) => c.trim().length > 0).length;
  // A lone value in the task column of a row is a task with no units, not a heading.
  if (filled === 1 && cells.length > 1 && at(cells, columns.task) === value && columns.seq === undefined) return null;
  return value;
}

/** `1.` / `1、` / `１．` opening a cell (not `1.5` or a year). */
const LEADING_NUMBER = /^[0-9０-９]{1,3}(?:[、．]|\.(?![0-9]))\s*/;

function sameAsHeader(cells: readonly string[], header: readonly string[]): boolean {
  return cells.length > 0 && cells.every((c, i) => headerKey(c) === headerKey(header[i] ?? ''));
}

export function buildRows(columns: TaskColumns, header: readonly string[], data: readonly DataRow[]): TaskRow[] {
  const rows: TaskRow[] = [];
  // Heading rows open groups (一、 then （一） nest); a category column adds the row's own.
  let open: RowGroup[] = [];
  for (const { cells, index } of data) {
    if (sameAsHeader(cells, header)) continue;
    const heading = fullWidthValue(cells, columns);
    if (heading !== null && (at(cells, columns.task) === '' || cells.every((c) => c.trim() === heading))) {
      if (columns.category === undefined || at(cells, columns.category) === heading)
        open = openGroup(open, { text: textLine(heading), index });
      continue;
    }
    const cell = textLine(at(cells, columns.task));
    if (cell === '') continue;
    // A task cell that carries its own number (1.增强…) when no 序号 cell gives one.
    const ownNumber = at(cells, columns.seq) === '' ? LEADING_NUMBER.exec(cell) : null;
    const text = ownNumber !== null && ownNumber[0].length < cell.length ? cell.slice(ownNumber[0].length) : cell;
    const seq = ownNumber !== null && text !== cell ? ownNumber[0].trim() : at(cells, columns.seq) || null;
    const own = columns.category === undefined ? '' : textLine(at(cells, columns.category));
    const groups = own === '' || own === text ? open : openGroup(open, { text: own, index });
    const row = makeRow(columns, header, cells, index, text, groups, seq);
    const previous = rows.at(-1);
    if (previous && previous.text === row.text && previous.seq === row.seq && previous.category === row.category) {
      rows[rows.length - 1] = mergeRows(previous, row);
    } else rows.push(row);
  }
  return rows;
}

function makeRow(
  columns: TaskColumns,
  header: readonly string[],
  cells: readonly string[],
  index: number,
  text: string,
  groups: readonly RowGroup[],
  seq: string | null,
): TaskRow {
  const units: UnitCell[] = [];
  for (const column of [columns.lead, columns.owner, columns.partner]) {
    const value = unitLine(at(cells, column));
    if (column !== undefined && value !== '') units.push({ label: headerKey(header[column] ?? ''), text: value });
  }
  const ownerText = [unitLine(at(cells, columns.owner)), unitLine(at(cells, columns.partner))].filter((t) => t !== '').join('、');
  return {
    seq,
    category: groups.at(-1)?.text ?? null,
    categoryIndex: groups.at(-1)?.index ?? null,
    groups,
    text,
    leadText: unitLine(at(cells, columns.lead)),
    ownerText,
    deadlineText: textLine(at(cells, columns.deadline)),
    requirementText: textLine(at(cells, columns.requirement)),
    units,
    rowIndex: index,
  };
}

function joinDistinct(a: string, b: string, glue: string): string {
  if (b === '' || a === b) return a;
  return a === '' ? b : `${a}${glue}${b}`;
}

function mergeRows(a: TaskRow, b: TaskRow): TaskRow {
  const units = [...a.units];
  for (const u of b.units) {
    const i = units.findIndex((x) => x.label === u.label);
    if (i < 0) units.push(u);
    else units[i] = { label: u.label, text: joinDistinct(units[i].text, u.text, '、') };
  }
  return {
    ...a,
    leadText: joinDistinct(a.leadText, b.leadText, '、'),
    ownerText: joinDistinct(a.ownerText, b.ownerText, '、'),
    deadlineText: joinDistinct(a.deadlineText, b.deadlineText, ' '),
    requirementText: joinDistinct(a.requirementText, b.requirementText, ' '),
    units,
  };
}
