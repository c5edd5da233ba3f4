import type { RegisterDocument, Section, Task } from '../core/register.js';

/*
 * The clerk's task table (任务分解表), one record per task, shared by the CSV register
 * (src/register/csv.ts) and the Excel workbook (src/xlsx/): both print the same cells, each in
 * its own column order and with its own cell encoding.
 */

const UNIT_SEPARATOR = '、';
const DEADLINE_SEPARATOR = ';';
const PATH_SEPARATOR = ' > ';

/** One task as the table shows it: every cell text except the line number. */
export interface TaskTableRow {
  /** 序号: the task id (1.2.3, 1.2a). */
  readonly id: string;
  /** 章节: the printed path of the task's section, `一、… > (一)…`; empty outside any section. */
  readonly section: string;
  /** 工作任务: the task text without marker and annotation. */
  readonly text: string;
  /** 牵头单位 / 责任单位: the units joined with 、. */
  readonly leads: string;
  readonly owners: string;
  /** 完成时限: the deadlines as written, joined with ;. */
  readonly deadlines: string;
  /** 行号: the line of the task in the input. */
  readonly line: number;
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

/** The task table rows of one document, in task order. */
export function taskTableRows(doc: RegisterDocument): TaskTableRow[] {
  const paths = sectionPaths(doc.sections);
  return doc.tasks.map((task) => ({
    id: task.id,
    section: sectionCell(task, paths),
    text: task.text,
    leads: task.leads.join(UNIT_SEPARATOR),
    owners: task.owners.join(UNIT_SEPARATOR),
    deadlines: task.deadlines.map((d) => d.text).join(DEADLINE_SEPARATOR),
    line: task.line,
  }));
}
