import type { Register, RegisterDocument } from '../core/register.js';
import { TASK_COLUMNS, taskTableRows, type TaskTableRow } from './task-table.js';

/*
 * The clerk's task table (任务分解表) as CSV, one row per task, in the columns of TASK_COLUMNS
 * (task-table.ts, shared with the Excel workbook):
 *
 *   [文件,] [文档,] 序号, 编号, 章节, 工作任务, 牵头单位, 责任单位, 完成时限, 完成日期, 行号
 *
 * - 文件 leads when several notices are merged into one table (`parse --merge`), as csvstack -n does.
 * - 文档 appears only when an input held several documents (a compilation page); it is the
 *   document number and title, `2、2019年某市政务公开工作要点`, because task ids restart in
 *   every document.
 * - 序号 counts the rows 1…N; 编号 is the task id (1.2.3, 1.2a), always quoted so that a reader
 *   that honours quotes keeps `1.10` as text (Excel does not: the workbook is the format for Excel).
 * - 牵头单位 / 责任单位 / 完成时限: lists joined with ； (LIST_SEPARATOR), which no unit name holds;
 *   完成日期: the ISO date the plan year resolves the deadline to, or empty.
 * - 章节: the section headings above the task, each as printed (marker and title, long titles cut
 *   at their first clause), joined with ` > `.
 * - 行号: the line of the task in the input.
 *
 * Encoding: UTF-8 with a BOM (Excel otherwise reads the file as the ANSI code page), CRLF line
 * ends and RFC 4180 quoting (every text cell quoted). A text cell starting with = + - @, tab or CR gets a leading
 * apostrophe so a spreadsheet shows it as text instead of running it as a formula (OWASP
 * "CSV injection"); the apostrophe is part of the cell's value.
 */

const ORDINAL_MARK = '、'; // 1、标题: how a numbered item is written in Chinese text

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Prefixes an apostrophe to a cell a spreadsheet would treat as a formula. */
export function defuseFormula(cell: string): string {
  return cell.length > 0 && FORMULA_START.has(cell[0]) ? `'${cell}` : cell;
}

export function documentLabel(doc: RegisterDocument): string {
  return doc.title === null ? String(doc.index) : `${doc.index}${ORDINAL_MARK}${doc.title}`;
}

/** RFC 4180: quote a field holding a comma, quote or line break; double the quotes inside. */
export function quoteCsvField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** The row's cells in TASK_COLUMNS order: numbers for 序号 and 行号, text for the rest. */
function taskCells(row: TaskTableRow): (string | number)[] {
  const text = [row.id, row.section, row.text, row.leads, row.owners, row.deadlines].map(defuseFormula);
  return [row.number, ...text, row.dueDate ?? '', row.line];
}

/**
 * Text cells are always quoted and numbers never, so a reader that honours quotes keeps a task id
 * such as `1.10` as text and still reads 序号 and 行号 as numbers.
 */
function csvRow(cells: readonly (string | number)[]): string {
  return `${cells.map((c) => (typeof c === 'number' ? String(c) : `"${c.replace(/"/g, '""')}"`)).join(',')}\r\n`;
}

/** One register's table, for a merged table of several notices: `file` names it in a leading 文件 column. */
export interface CsvPart {
  readonly register: Register;
  readonly file?: string;
}

/** The task table of one or more registers as CSV text, BOM first. */
export function registerToCsv(register: Register): string {
  return registersToCsv([{ register }]);
}

export function registersToCsv(parts: readonly CsvPart[]): string {
  const withFile = parts.some((p) => p.file !== undefined);
  const several = parts.some((p) => p.register.documents.length > 1);
  const header = [...(withFile ? ['文件'] : []), ...(several ? ['文档'] : []), ...TASK_COLUMNS];
  const rows = [csvRow(header)];
  for (const { register, file } of parts) {
    for (const doc of register.documents) {
      const lead = [...(withFile ? [defuseFormula(file ?? '')] : []), ...(several ? [defuseFormula(documentLabel(doc))] : [])];
      for (const row of taskTableRows(doc)) rows.push(csvRow([...lead, ...taskCells(row)]));
    }
  }
  return `\uFEFF${rows.join('')}`;
}
