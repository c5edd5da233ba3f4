import type { Register, RegisterDocument, Section, Task } from '../core/register.js';

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
 * - 行号: the line of the task in the input.
 *
 * Encoding: UTF-8 with a BOM (Excel otherwise reads the file as the ANSI code page), CRLF line
 * ends and RFC 4180 quoting. A text cell starting with = + - @, tab or CR gets a leading
 * apostrophe so a spreadsheet shows it as text instead of running it as a formula (OWASP
 * "CSV injection"); the apostrophe is part of the cell's value.
 */

const UNIT_SEPARATOR = '、';
const DEADLINE_SEPARATOR = ';';
const PATH_SEPARATOR = ' > ';
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

interface SectionPath {
  /** Printed path from the top, this section included (`一、… > (一)…`). */
  readonly path: string;
  /** The same without this section. */
  readonly parentPath: string;
  readonly line: number;
}

function sectionPaths(sections: readonly Section[]): Map<string, SectionPath> {
  const paths = new Map<string, SectionPath>();
  const walk = (list: readonly Section[], prefix: string): void => {
    for (const s of list) {
      const label = `${s.marker}${s.title}`;
      const path = prefix === '' ? label : `${prefix}${PATH_SEPARATOR}${label}`;
      paths.set(s.id, { path, parentPath: prefix, line: s.line });
      walk(s.sections, path);
    }
  };
  walk(sections, '');
  return paths;
}

/**
 * The 章节 cell. A numbered item whose heading and body share a line (`1.依法……。`) is a section
 * holding its own task; repeating its heading next to the task text says nothing, so such a task
 * gets the path of the section above it.
 */
function sectionCell(task: Task, paths: ReadonlyMap<string, SectionPath>): string {
  const section = task.sectionId === null ? undefined : paths.get(task.sectionId);
  if (!section) return '';
  return section.line === task.line ? section.parentPath : section.path;
}

function documentLabel(doc: RegisterDocument): string {
  return doc.title === null ? String(doc.index) : `${doc.index}${ORDINAL_MARK}${doc.title}`;
}

function taskCells(task: Task, paths: ReadonlyMap<string, SectionPath>): string[] {
  const text = [
    task.id,
    task.text,
    task.leads.join(UNIT_SEPARATOR),
    task.owners.join(UNIT_SEPARATOR),
    task.deadlines.map((d) => d.text).join(DEADLINE_SEPARATOR),
    sectionCell(task, paths),
  ].map(defuseFormula);
  return [...text, String(task.line)];
}

function csvRow(cells: readonly string[]): string {
  return `${cells.map(quoteCsvField).join(',')}\r\n`;
}

/** The task table of a register as CSV text, BOM first. */
export function registerToCsv(register: Register): string {
  const several = register.documents.length > 1;
  const rows = [csvRow(several ? ['文档', ...HEADER] : HEADER)];
  for (const doc of register.documents) {
    const paths = sectionPaths(doc.sections);
    const label = defuseFormula(documentLabel(doc));
    for (const task of doc.tasks) {
      const cells = taskCells(task, paths);
      rows.push(csvRow(several ? [label, ...cells] : cells));
    }
  }
  return `\uFEFF${rows.join('')}`;
}
