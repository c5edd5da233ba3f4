/**
 * The register as the clerk's Excel workbook (exceljs, loaded lazily):
 * - one task sheet per document, in the CSV's columns (TASK_COLUMNS); 完成日期 a real date cell;
 * - 文档信息: the source and each document's metadata, one column per document;
 * - 删除内容: every stripped line with its rule and reason; 警告: the parse warnings.
 *
 * Several documents get one task sheet each rather than one sheet with a document column: each
 * plan in a compilation is its own 任务分解表 with its own numbering (序号 restarts per plan), and
 * a clerk forwards, prints or edits one plan's table at a time; a sheet per plan is ready for that
 * as it stands, while a shared sheet would repeat the document on every row and have to be split
 * by hand. (The CSV register, having no sheets, uses a 文档 column instead.)
 *
 * Several notices merged into one workbook (`parse --merge`) share one task sheet with a leading
 * 文件 column, as the merged CSV does: a merged table is for sorting and filtering across notices.
 */
import type { Register } from '../core/register.js';
import type { Lang } from '../i18n/catalogue.js';
import { documentLabel } from '../register/index.js';
import { loadExcel, type Workbook, type Worksheet } from './load.js';
import {
  metadataRows,
  strippedRows,
  STRIPPED_HEADER,
  TASK_HEADER,
  taskRows,
  WARNING_HEADER,
  warningRows,
  type CellValue,
} from './sheet-rows.js';
import { withFixedDates } from './zip-dates.js';

export {
  taskRows,
  metadataRows,
  strippedRows,
  warningRows,
  TASK_HEADER,
  STRIPPED_HEADER,
  WARNING_HEADER,
  type CellValue,
} from './sheet-rows.js';

const TASK_WIDTHS = [6, 10, 32, 64, 24, 30, 18, 12, 8];
const DATE_FORMAT = 'yyyy-mm-dd';
const DATE_COLUMN = '完成日期';
const META_SHEET = '文档信息';
const STRIPPED_SHEET = '删除内容';
const WARNING_SHEET = '警告';
/** Used when no document has a date: the workbook must not carry the time it was written. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

function workbookDate(registers: readonly Register[]): Date {
  const iso = registers.flatMap((r) => r.documents).find((d) => d.date !== null)?.date;
  const date = iso ? new Date(`${iso}T00:00:00Z`) : FIXED_DATE;
  return Number.isNaN(date.getTime()) || date.getTime() < Date.UTC(1980, 0, 2) ? FIXED_DATE : date;
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[:\\/?*[\]]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || 'sheet';
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base.slice(0, 31 - String(i).length - 1)}-${i}`;
  taken.add(name);
  return name;
}

function addSheet(
  wb: Workbook,
  name: string,
  header: readonly string[],
  widths: readonly number[],
  rows: readonly CellValue[][],
): Worksheet {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1', paperSize: 9 },
  });
  const alignment = { wrapText: true, vertical: 'top' };
  ws.columns = header.map((h, i) => ({
    header: h,
    width: widths[i] ?? 16,
    style: h === DATE_COLUMN ? { alignment, numFmt: DATE_FORMAT } : { alignment },
  }));
  for (const row of rows) ws.addRow([...row]);
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  return ws;
}

/** One register of a merged workbook, named in its 文件 column. */
export interface XlsxPart {
  readonly register: Register;
  readonly file: string;
}

/** How a workbook is written. */
export interface XlsxOptions {
  /** Language of the warnings' and stripped lines' explanations (headers and sheet names are the clerk's Chinese terms in any). */
  readonly lang?: Lang;
}

/** The workbook's bytes. Deterministic: dates come from the register (or a fixed value), never from the clock. */
export async function registerToXlsx(register: Register, options: XlsxOptions = {}): Promise<Uint8Array> {
  const lang = options.lang ?? 'en';
  return writeWorkbook([register], (wb, taken) => {
    const several = register.documents.length > 1;
    for (const doc of register.documents) {
      const name = several
        ? sheetName(doc.title ? `${doc.index}、${doc.title}` : `任务${doc.index}`, taken)
        : sheetName('任务', taken);
      addSheet(wb, name, TASK_HEADER, TASK_WIDTHS, taskRows(doc));
    }
    if (register.documents.length === 0) addSheet(wb, sheetName('任务', taken), TASK_HEADER, TASK_WIDTHS, []);
    const [metaHeader, ...meta] = metadataRows(register);
    addSheet(wb, META_SHEET, metaHeader.map(String), [14, ...register.documents.map(() => 48)], meta);
    addSheet(wb, STRIPPED_SHEET, STRIPPED_HEADER, [8, 18, 40, 64], strippedRows(register, lang));
    addSheet(wb, WARNING_SHEET, WARNING_HEADER, [8, 24, 64], warningRows(register, lang));
  });
}

/** Several notices in one workbook: one task sheet with 文件 (and 文档) columns; every other sheet gets a 文件 column too. */
export async function registersToXlsx(parts: readonly XlsxPart[], options: XlsxOptions = {}): Promise<Uint8Array> {
  const lang = options.lang ?? 'en';
  return writeWorkbook(
    parts.map((p) => p.register),
    (wb, taken) => {
      const tasks: CellValue[][] = [];
      for (const { register, file } of parts) {
        for (const doc of register.documents) for (const row of taskRows(doc)) tasks.push([file, documentLabel(doc), ...row]);
      }
      addSheet(wb, sheetName('任务', taken), ['文件', '文档', ...TASK_HEADER], [24, 24, ...TASK_WIDTHS], tasks);
      const meta: CellValue[][] = [];
      for (const { register, file } of parts) {
        const [, ...rows] = metadataRows(register);
        for (const row of rows) for (const [i, value] of row.slice(1).entries()) meta.push([file, i + 1, row[0], value]);
      }
      addSheet(wb, META_SHEET, ['文件', '文档', '项目', '内容'], [24, 8, 14, 48], meta);
      const stripped = parts.flatMap(({ register, file }) => strippedRows(register, lang).map((r) => [file, ...r]));
      addSheet(wb, STRIPPED_SHEET, ['文件', ...STRIPPED_HEADER], [24, 8, 18, 40, 64], stripped);
      const warnings = parts.flatMap(({ register, file }) => warningRows(register, lang).map((r) => [file, ...r]));
      addSheet(wb, WARNING_SHEET, ['文件', ...WARNING_HEADER], [24, 8, 24, 64], warnings);
    },
  );
}

async function writeWorkbook(
  registers: readonly Register[],
  fill: (wb: Workbook, taken: Set<string>) => void,
): Promise<Uint8Array> {
  const wb = new (loadExcel().Workbook)();
  const date = workbookDate(registers);
  wb.creator = 'workplan';
  wb.lastModifiedBy = 'workplan';
  wb.created = date;
  wb.modified = date;
  fill(wb, new Set([META_SHEET, STRIPPED_SHEET, WARNING_SHEET]));
  const written = await wb.xlsx.writeBuffer();
  return withFixedDates(new Uint8Array(written), date);
}

function cellString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value)
    return (value as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  return String(value);
}

/** Every row of a sheet (by 1-based position or by name), header included, each cell as a string. */
export async function readXlsxSheet(bytes: Uint8Array, sheet: number | string): Promise<string[][]> {
  const wb = new (loadExcel().Workbook)();
  await wb.xlsx.load(bytes);
  const ws = typeof sheet === 'number' ? wb.worksheets[sheet - 1] : wb.worksheets.find((w) => w.name === sheet);
  if (!ws) return [];
  const rows: string[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    rows.push(Array.from({ length: ws.columnCount }, (_, c) => cellString(row.getCell(c + 1).value)));
  }
  return rows;
}

/** The task sheet of one document (1-based; the task sheets come first, in document order), header included. */
export async function readXlsxTasks(bytes: Uint8Array, document = 1): Promise<string[][]> {
  return readXlsxSheet(bytes, document);
}
