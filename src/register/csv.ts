import type { Register, RegisterDocument } from '../core/register.js';
import { taskTableRows, type TaskTableRow } from './task-table.js';

/*
 * The clerk's task table (任务分解表) as CSV, one row per task:
 *
 *   [文档,] 序号, 工作任务, 牵头单位, 责任单位, 完成时限, 章节, 行号
 *
 * - 文档 appears only when the input held several documents (a compilation page); it is the
 *   document number and title, `2、2019年某市政务公开工作要点`, because task ids restart in
 *   every document. With one document the column would be the same on every row.
 * - 序号 is the task id (1.2.3, 1.2a); 工作任务 the task text without marker and annotation.
 * - 牵头单位 / 责任单位: the units joined with 、; 完成时限: the deadlines as written, joined with ;.
 * - 章节: the path of the task's section from the top, each heading as printed (marker and
 *   title), joined with ` > `: `一、推进重点领域信息公开 > (一)清单式公开`. The printed
 *   markers are what a clerk finds in the notice; empty for tasks outside any section. A task
 *   that is the body of its own numbered heading (same line) is not repeated in its path.
 *   The cells are built by taskTableRows (task-table.ts), which the Excel workbook shares.
 * - 行号: the line of the task in the input.
 *
 * Encoding: UTF-8 with a BOM (Excel otherwise reads the file as the ANSI code page), CRLF line
 * ends and RFC 4180 quoting. A text cell starting with = + - @, tab or CR gets a leading
 * apostrophe so a spreadsheet shows it as text instead of running it as a formula (OWASP
 * "CSV injection"); the apostrophe is part of the cell's value.
 */

const ORDINAL_MARK = '、'; // 1、标题: how a numbered item is written in Chinese text
const HEADER = ['序号', '工作任务', '牵头单位', '责任单位', '完成时限', '章节', '行号'] as const;

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Prefixes an apostrophe to a cell a spreadsheet would treat as a formula. */
export function defuseFormula(cell: string): string {
  return cell.length > 0 && FORMULA_START.has(cell[0]) ? `'${cell}` : cell;
}

/** RFC 4180: quote a field holding a comma, quote or line break; double the quotes inside. */
export function quoteCsvField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function documentLabel(doc: RegisterDocument): string {
  return doc.title === null ? String(doc.index) : `${doc.index}${ORDINAL_MARK}${doc.title}`;
}

function taskCells(row: TaskTableRow): string[] {
  const text = [row.id, row.text, row.leads, row.owners, row.deadlines, row.section].map(defuseFormula);
  return [...text, String(row.line)];
}

function csvRow(cells: readonly string[]): string {
  return `${cells.map(quoteCsvField).join(',')}\r\n`;
}

/** The task table of a register as CSV text, BOM first. */
export function registerToCsv(register: Register): string {
  const several = register.documents.length > 1;
  const rows = [csvRow(several ? ['文档', ...HEADER] : HEADER)];
  for (const doc of register.documents) {
    const label = defuseFormula(documentLabel(doc));
    for (const row of taskTableRows(doc)) {
      const cells = taskCells(row);
      rows.push(csvRow(several ? [label, ...cells] : cells));
    }
  }
  return `\uFEFF${rows.join('')}`;
}
