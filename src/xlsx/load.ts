import { createRequire } from 'node:module';

/** The parts of exceljs this stage uses (its own typings would need a top-level import). */
export interface Cell {
  value: unknown;
  readonly text: string;
}
export interface Row {
  font: unknown;
  alignment: unknown;
  height?: number;
  readonly cellCount: number;
  getCell(index: number): Cell;
}
export interface Worksheet {
  readonly name: string;
  columns: { header?: string; key?: string; width?: number; style?: unknown }[];
  views: unknown[];
  autoFilter?: unknown;
  readonly rowCount: number;
  readonly columnCount: number;
  addRow(values: unknown[]): Row;
  getRow(index: number): Row;
}
export interface Workbook {
  creator: string;
  lastModifiedBy: string;
  created: Date;
  modified: Date;
  readonly worksheets: Worksheet[];
  addWorksheet(name: string, options?: Record<string, unknown>): Worksheet;
  readonly xlsx: { writeBuffer(): Promise<ArrayBuffer | Uint8Array>; load(data: Uint8Array): Promise<Workbook> };
}
interface ExcelModule {
  Workbook: new () => Workbook;
}

let excel: ExcelModule | undefined;

/** exceljs, loaded only when a workbook is written or read. */
export function loadExcel(): ExcelModule {
  excel ??= createRequire(import.meta.url)('exceljs') as ExcelModule;
  return excel;
}
