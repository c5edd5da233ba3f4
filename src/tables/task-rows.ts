/**
 * Builds task rows from the data rows under a recognised header: full-width rows (one distinct
 * value) are categories, a repeated header is skipped, rows without task text are skipped, and a
 * task cell spanning several rows gives one task whose unit and time cells are merged.
 */
import { headerKey } from './header.js';
import { textLine, unitLine } from './cells.js';
import type { TaskColumns, TaskRow, UnitCell } from './types.js';

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

function sameAsHeader(cells: readonly string[], header: readonly string[]): boolean {
  return cells.length > 0 && cells.every((c, i) => headerKey(c) === headerKey(header[i] ?? ''));
}

export function buildRows(columns: TaskColumns, header: readonly string[], data: readonly DataRow[]): TaskRow[] {
  const rows: TaskRow[] = [];
  let category: string | null = null;
  let categoryIndex: number | null = null;
  for (const { cells, index } of data) {
    if (sameAsHeader(cells, header)) continue;
    const heading = fullWidthValue(cells, columns);
    if (heading !== null && (at(cells, columns.task) === '' || cells.every((c) => c.trim() === heading))) {
      if (columns.category === undefined) {
        category = textLine(heading);
        categoryIndex = index;
      }
      continue;
    }
    const text = textLine(at(cells, columns.task));
    if (text === '') continue;
    const ownCategory = columns.category === undefined ? category : textLine(at(cells, columns.category)) || null;
    const row = makeRow(columns, header, cells, index, text, ownCategory, columns.category === undefined ? categoryIndex : index);
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
  category: string | null,
  categoryIndex: number | null,
): TaskRow {
  const units: UnitCell[] = [];
  for (const column of [columns.lead, columns.owner, columns.partner]) {
    const value = unitLine(at(cells, column));
    if (column !== undefined && value !== '') units.push({ label: headerKey(header[column] ?? ''), text: value });
  }
  const ownerText = [unitLine(at(cells, columns.owner)), unitLine(at(cells, columns.partner))].filter((t) => t !== '').join('、');
  return {
    seq: at(cells, columns.seq) || null,
    category,
    categoryIndex: category === null ? null : categoryIndex,
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
