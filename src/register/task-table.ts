import type { RegisterDocument, Section, Task } from '../core/register.js';

/*
 * The clerk's task table (任务分解表), one record per task, shared by the CSV register
 * (src/register/csv.ts) and the Excel workbook (src/xlsx/): both print the same columns in the same
 * order (TASK_COLUMNS); only the cell encoding differs (CSV text, typed xlsx cells).
 */

/**
 * Joins several units, or several deadlines, in one cell. Not 、: it occurs inside one unit's name
 * (各县、市、区人民政府), so a list joined with it cannot be split back. The annotation reader splits
 * unit lists at ；, so no unit name holds one.
 */
export const LIST_SEPARATOR = '；';
const PATH_SEPARATOR = ' > ';
/** A section heading longer than this is cut in 章节, as a clerk abbreviates it. */
const HEADING_CHARS = 24;

/** The columns of the task table, in print order: CSV header and workbook header alike. */
export const TASK_COLUMNS = ['序号', '编号', '章节', '工作任务', '牵头单位', '责任单位', '完成时限', '完成日期', '行号'] as const;

/** One task as the table shows it. */
export interface TaskTableRow {
  /** 序号: 1…N within the document, for sorting back and counting. */
  readonly number: number;
  /** 编号: the task id (1.2.3, 1.2a), text: as a number `1.10` would read as 1.1. */
  readonly id: string;
  /** 章节: the section headings above the task, `一、… > (一)…`; empty outside any section. */
  readonly section: string;
  /** 工作任务: the task text without marker and annotation. */
  readonly text: string;
  /** 牵头单位 / 责任单位: the units joined with LIST_SEPARATOR. */
  readonly leads: string;
  readonly owners: string;
  /** 完成时限: the deadlines as written, joined with LIST_SEPARATOR. */
  readonly deadlines: string;
  /** 完成日期: the latest deadline the plan year resolves to a date (ISO), or null. */
  readonly dueDate: string | null;
  /** 行号: the line of the task in the input. */
  readonly line: number;
}

/** The id of the numbered item a task belongs to: 1.2.9b → 1.2.9. */
const itemId = (task: Task): string => task.id.replace(/[a-z]+$/, '');

/** A heading as a clerk writes it in 章节: marker and title, the title cut at its first clause and length. */
function headingLabel(s: Section): string {
  const clause = s.title.split(/[,，;；。:：]/)[0];
  const title = clause.length > HEADING_CHARS ? `${clause.slice(0, HEADING_CHARS)}…` : clause;
  return `${s.marker}${title}`;
}

/**
 * The 章节 of each section id: the headings from the top down to it. A numbered item that is itself a
 * task (`9.按照……` holding tasks 1.2.9a-c) is not a section to a clerk: it is left out of the path of
 * its own tasks and of everything below it.
 */
function sectionPaths(sections: readonly Section[], taskItems: ReadonlySet<string>): Map<string, string> {
  const paths = new Map<string, string>();
  const walk = (list: readonly Section[], prefix: string): void => {
    for (const s of list) {
      const path = taskItems.has(s.id)
        ? prefix
        : prefix === ''
          ? headingLabel(s)
          : `${prefix}${PATH_SEPARATOR}${headingLabel(s)}`;
      paths.set(s.id, path);
      walk(s.sections, path);
    }
  };
  walk(sections, '');
  return paths;
}

function dueDate(task: Task): string | null {
  let latest: string | null = null;
  for (const d of task.deadlines) if (d.date !== null && (latest === null || d.date > latest)) latest = d.date;
  return latest;
}

/** Ids of the numbered items whose heading line carries their own first task (`9.按照……。` on one line). */
function taskItems(doc: RegisterDocument): Set<string> {
  const headingLine = new Map<string, number>();
  const walk = (list: readonly Section[]): void => {
    for (const s of list) {
      headingLine.set(s.id, s.line);
      walk(s.sections);
    }
  };
  walk(doc.sections);
  return new Set(doc.tasks.filter((t) => headingLine.get(itemId(t)) === t.line).map(itemId));
}

/** The task table rows of one document, in task order. */
export function taskTableRows(doc: RegisterDocument): TaskTableRow[] {
  const paths = sectionPaths(doc.sections, taskItems(doc));
  return doc.tasks.map((task, i) => ({
    number: i + 1,
    id: task.id,
    section: task.sectionId === null ? '' : (paths.get(task.sectionId) ?? ''),
    text: task.text,
    leads: task.leads.join(LIST_SEPARATOR),
    owners: task.owners.join(LIST_SEPARATOR),
    deadlines: task.deadlines.map((d) => d.text).join(LIST_SEPARATOR),
    dueDate: dueDate(task),
    line: task.line,
  }));
}
