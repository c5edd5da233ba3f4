/**
 * Register sections and tasks from a task table: categories become top-level sections (1, 2, …)
 * and their rows tasks 1.1, 1.2, …; without categories tasks are 1, 2, …. Units come from the
 * unit columns through the annotation grammar, deadlines from the time column.
 */
import type { Deadline, Section, Task } from '../core/register.js';
import { findDeadlines, findTargets, parseUnits } from '../extract/index.js';
import { categoryHeading } from './section-marker.js';
import type { TaskRow, TaskTable } from './types.js';

export interface TableTasks {
  readonly sections: Section[];
  readonly tasks: Task[];
}

export interface TableToTasksOptions {
  /** Applied to every cell before use; the pipeline passes its width/space normalisation so table text matches paragraph text. */
  readonly normalize?: (text: string) => string;
  /** The notice date (ISO), passed on to findDeadlines: month deadlines without a year before it are next year's. */
  readonly notBefore?: string;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function units(row: TaskRow, clean: (t: string) => string): { leads: string[]; owners: string[]; separately: boolean } {
  const leads: string[] = [];
  const owners: string[] = [];
  let separately = false;
  const lead = clean(row.leadText);
  if (lead !== '') {
    const parsed = parseUnits(lead);
    // A 牵头单位 cell names leads; only when it says roles itself (X牵头, Y配合) do they count.
    if (parsed.leads.length > 0) {
      leads.push(...parsed.leads);
      owners.push(...parsed.owners);
    } else leads.push(...parsed.owners);
    separately ||= parsed.separately;
  }
  const owner = clean(row.ownerText);
  if (owner !== '') {
    const parsed = parseUnits(owner);
    leads.push(...parsed.leads);
    owners.push(...parsed.owners);
    separately ||= parsed.separately;
  }
  return { leads: unique(leads), owners: unique(owners), separately };
}

function deadlines(row: TaskRow, text: string, year: number | null, clean: (t: string) => string, notBefore?: string): Deadline[] {
  const cell = clean(row.deadlineText);
  if (cell === '') return findDeadlines(text, year, { notBefore });
  const found = findDeadlines(cell, year, { notBefore });
  // The time column is a deadline by definition, even when it is only 长期坚持 or 持续推进.
  return found.length > 0 ? found : [{ text: cell, date: null }];
}

export function tableToTasks(
  table: TaskTable,
  year: number | null,
  lineOf: (rowIndex: number) => number,
  options: TableToTasksOptions = {},
): TableTasks {
  const clean = options.normalize ?? ((t: string) => t);
  const sections: Section[] = [];
  const sectionOf = new Map<string, Section>();
  const counts = new Map<string | null, number>();
  const tasks: Task[] = [];
  for (const row of table.rows) {
    let sectionId: string | null = null;
    if (row.category !== null) {
      const category = clean(row.category);
      let section = sectionOf.get(category);
      if (section === undefined) {
        const heading = categoryHeading(category, sections.length + 1);
        section = { id: String(sections.length + 1), ...heading, intro: null, sections: [], line: lineOf(row.categoryIndex ?? row.rowIndex) };
        sections.push(section);
        sectionOf.set(category, section);
      }
      sectionId = section.id;
    }
    const n = (counts.get(sectionId) ?? 0) + 1;
    counts.set(sectionId, n);
    const requirement = clean(row.requirementText);
    const text = requirement === '' ? clean(row.text) : `${clean(row.text)} ${requirement}`;
    const unitsText = row.units.map((u) => `${clean(u.label)}:${clean(u.text)}`).join(';');
    const seq = row.seq === null ? null : clean(row.seq) || null;
    tasks.push({
      id: sectionId === null ? String(n) : `${sectionId}.${n}`,
      sectionId,
      marker: seq,
      title: null,
      text,
      ...units(row, clean),
      unitsText: unitsText === '' ? null : unitsText,
      deadlines: deadlines(row, text, year, clean, options.notBefore),
      targets: findTargets(text),
      line: lineOf(row.rowIndex),
      column: 1,
    });
  }
  return { sections, tasks };
}
