/**
 * The register as the clerk's Excel workbook (exceljs, loaded lazily):
 * - one task sheet per document (序号, 章节, 工作任务, 牵头单位, 责任单位, 完成时限, 行号);
 * - 文档信息: the source and each document's metadata, one column per document;
 * - 删除内容: every stripped line with its rule and reason; 警告: the parse warnings.
 *
 * Several documents get one task sheet each rather than one sheet with a document column: each
 * plan in a compilation is its own 任务分解表 with its own numbering (序号 restarts per plan), and
 * a clerk forwards, prints or edits one plan's table at a time; a sheet per plan is ready for that
 * as it stands, while a shared sheet would repeat the document on every row and have to be split
 * by hand. (The CSV register, having no sheets, uses a 文档 column instead.)
 */
import type { Register } from '../core/register.js';
import { loadExcel, type Workbook, type Worksheet } from './load.js';
import { metadataRows, strippedRows, STRIPPED_HEADER, TASK_HEADER, taskRows, WARNING_HEADER, warningRows, type CellValue } from './sheet-rows.js';
import { withFixedDates } from './zip-dates.js';

export { taskRows, metadataRows, strippedRows, warningRows, TASK_HEADER, STRIPPED_HEADER, WARNING_HEADER, type CellValue } from './sheet-rows.js';

const TASK_WIDTHS = [10, 32, 64, 24, 30, 18, 8];
const META_SHEET = '文档信息';
const STRIPPED_SHEET = '删除内容';
const WARNING_SHEET = '警告';
/** Used when no document has a date: the workbook must not carry the time it was written. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

function workbookDate(register: Register): Date {
  const iso = register.documents.find((d) => d.date !== null)?.date;
  const date = iso ? new Date(`${iso}T00:00:00Z`) : FIXED_DATE;
  return Number.isNaN(date.getTime()) || date.getTime() < Date.UTC(1980, 0, 2) ? FIXED_DATE : date;
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[:\\/?*[\]]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31) || 'sheet';
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base.slice(0, 31 - String(i).length - 1)}-${i}`;
  taken.add(name);
  return name;
}

function addSheet(wb: Workbook, name: string, header: readonly string[], widths: readonly number[], rows: readonly CellValue[][]): Worksheet {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1', paperSize: 9 },
  });
  ws.columns = header.map((h, i) => ({ header: h, width: widths[i] ?? 16, style: { alignment: { wrapText: true, vertical: 'top' } } }));
  for (const row of rows) ws.addRow([...row]);
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  return ws;
}

/** The workbook's bytes. Deterministic: dates come from the register (or a fixed value), never from the clock. */
export async function registerToXlsx(register: Register): Promise<Uint8Array> {
  const wb = new (loadExcel().Workbook)();
  const date = workbookDate(register);
  wb.creator = 'workplan';
  wb.lastModifiedBy = 'workplan';
  wb.created = date;
  wb.modified = date;
  const taken = new Set([META_SHEET, STRIPPED_SHEET, WARNING_SHEET]);
  const several = register.documents.length > 1;
  for (const doc of register.documents) {
    const name = several ? sheetName(doc.title ? `${doc.index}、${doc.title}` : `任务${doc.index}`, taken) : sheetName('任务', taken);
    addSheet(wb, name, TASK_HEADER, TASK_WIDTHS, taskRows(doc));
  }
  if (register.documents.length === 0) addSheet(wb, sheetName('任务', taken), TASK_HEADER, TASK_WIDTHS, []);
  const [metaHeader, ...meta] = metadataRows(register);
  addSheet(wb, META_SHEET, metaHeader.map(String), [14, ...register.documents.map(() => 48)], meta);
  addSheet(wb, STRIPPED_SHEET, STRIPPED_HEADER, [8, 18, 40, 64], strippedRows(register));
  addSheet(wb, WARNING_SHEET, WARNING_HEADER, [8, 24, 64], warningRows(register));
  const written = await wb.xlsx.writeBuffer();
  return withFixedDates(new Uint8Array(written), date);
}

function cellString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object' && 'richText' in value) return (value as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
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
