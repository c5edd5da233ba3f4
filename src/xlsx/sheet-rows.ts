/**
 * The cells of each sheet, as typed values: what registerToXlsx writes and the tests compare.
 * Task cells are the CSV register's (taskTableRows, src/register/task-table.ts), in the same column
 * order: 序号 and 行号 numbers, 编号 text (a number cell would show `1.10` as 1.1), 完成日期 a date
 * cell so the sheet sorts and filters by it.
 */
import type { Register, RegisterDocument, Section } from '../core/register.js';
import { TASK_COLUMNS, taskTableRows } from '../register/index.js';
import type { Lang } from '../i18n/catalogue.js';
import { explainStripped, explainWarning } from '../i18n/explain.js';

export type CellValue = string | number | Date;

export const TASK_HEADER = TASK_COLUMNS;
export const STRIPPED_HEADER = ['行号', '规则', '原因', '删除内容'] as const;
export const WARNING_HEADER = ['行号', '代码', '说明'] as const;

export function taskRows(doc: RegisterDocument): CellValue[][] {
  return taskTableRows(doc).map((r) => [
    r.number,
    r.id,
    r.section,
    r.text,
    r.leads,
    r.owners,
    r.deadlines,
    r.dueDate === null ? '' : isoDate(r.dueDate),
    r.line,
  ]);
}

/** An ISO date as the UTC midnight Excel stores for a date without a time. */
function isoDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** 项目 | 文档1 | 文档2 …: the source once, then each document's metadata side by side. */
export function metadataRows(register: Register): CellValue[][] {
  const docs = register.documents;
  const src = register.source;
  const rows: CellValue[][] = [['项目', ...docs.map((d) => `文档${d.index}`)]];
  const once = (label: string, value: string | null): void => {
    rows.push([label, value ?? '']);
  };
  const each = (label: string, pick: (d: RegisterDocument) => string | number | null): void => {
    rows.push([label, ...docs.map((d) => pick(d) ?? '')]);
  };
  once('文件', src.path);
  once('SHA-256', src.sha256);
  once('编码', src.encoding);
  once('格式', src.format);
  once('文字', src.script);
  once('输出文字', src.outputScript);
  for (const [key, value] of Object.entries(register.pageMeta)) once(`网页 ${key}`, value ?? null);
  each('标题', (d) => d.title);
  each('通知标题', (d) => d.notice?.title ?? null);
  each('发文机关', (d) => d.issuer);
  each('发文字号', (d) => d.notice?.docNumber ?? null);
  each('成文日期', (d) => d.date);
  each('年度', (d) => d.year);
  each('主送机关', (d) => d.notice?.recipients ?? null);
  each('附注', (d) => d.disclosure);
  each('抄送', (d) => d.record?.cc ?? null);
  each('印发', (d) => d.record?.printedBy ?? null);
  each('章节数', (d) => countSections(d.sections));
  each('任务数', (d) => d.tasks.length);
  each('起止行', (d) => `${d.line}-${d.endLine}`);
  return rows;
}

function countSections(sections: readonly Section[]): number {
  return sections.reduce((n, s) => n + 1 + countSections(s.sections), 0);
}

/** 行号 | 规则 | 原因 | 删除内容; the reason in `lang` (the rule id stays, for filtering). */
export function strippedRows(register: Register, lang: Lang = 'en'): CellValue[][] {
  return register.stripped.map((s) => [s.line, s.rule, explainStripped(s.rule, s.reason, lang), s.text]);
}

/** 行号 | 代码 | 说明; the message in `lang`. */
export function warningRows(register: Register, lang: Lang = 'en'): CellValue[][] {
  return register.warnings.map((w) => [w.line, w.code, explainWarning(w.code, w.message, lang)]);
}
