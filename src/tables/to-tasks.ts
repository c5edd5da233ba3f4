/**
 * Register sections and tasks from a task table: categories become top-level sections (1, 2, …)
 * and their rows tasks 1.1, 1.2, …; without categories tasks are 1, 2, …. Units come from the
 * unit columns through the annotation grammar, deadlines from the time column.
 */
import type { Deadline, Section, Task } from '../core/register.js';
import { findDeadlines, findTargets, parseUnits } from '../extract/index.js';
import { categoryHeading } from './section-marker.js';
import { isBareUnitWord } from './unit-cells.js';
import type { TaskRow, TaskTable } from './types.js';

type MutableSection = Omit<Section, 'sections'> & { sections: MutableSection[] };

export interface TableTasks {
  readonly sections: Section[];
  readonly tasks: Task[];
}

export interface TableToTasksOptions {
  /** Applied to every cell before use; the pipeline passes its width/space normalisation so table text matches paragraph text. */
  readonly normalize?: (text: string) => string;
  /** The notice date (ISO), passed on to findDeadlines: month deadlines without a year before it are next year's. */
  readonly notBefore?: string;
  /**
   * The document section whose heading introduces the table (二、重点任务分解 then the table): the
   * table's sections and tasks go under it, ids and synthesised markers one level deeper.
   */
  readonly parent?: { readonly id: string; readonly level: number };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** A unit cell read by the annotation grammar; a cell that is only a unit word (办公室) names that body. */
function readCell(cell: string): { leads: string[]; owners: string[]; separately: boolean } {
  const parsed = parseUnits(cell);
  if (parsed.leads.length + parsed.owners.length === 0 && isBareUnitWord(cell))
    return { leads: [], owners: [cell.trim()], separately: false };
  return parsed;
}

function units(row: TaskRow, clean: (t: string) => string): { leads: string[]; owners: string[]; separately: boolean } {
  const leads: string[] = [];
  const owners: string[] = [];
  let separately = false;
  const lead = clean(row.leadText);
  if (lead !== '') {
    const parsed = readCell(lead);
    // A 牵头单位 cell names leads; only when it says roles itself (X牵头, Y配合) do they count.
    if (parsed.leads.length > 0) {
      leads.push(...parsed.leads);
      owners.push(...parsed.owners);
    } else leads.push(...parsed.owners);
    separately ||= parsed.separately;
  }
  const owner = clean(row.ownerText);
  if (owner !== '') {
    const parsed = readCell(owner);
    leads.push(...parsed.leads);
    owners.push(...parsed.owners);
    separately ||= parsed.separately;
  }
  return { leads: unique(leads), owners: unique(owners), separately };
}

function deadlines(
  row: TaskRow,
  text: string,
  year: number | null,
  clean: (t: string) => string,
  notBefore?: string,
): Deadline[] {
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
  // Sections by the path of headings that leads to them (一、 then （一）), built mutable here.
  const sections: MutableSection[] = [];
  const sectionOf = new Map<string, MutableSection>();
  const counts = new Map<string | null, number>();
  const tasks: Task[] = [];
  const top = options.parent ?? null;
  // Sections and tasks under one parent share its numbering: a row before the first heading is 1, the heading 2.
  const next = (parentId: string | null): number => {
    const n = (counts.get(parentId) ?? 0) + 1;
    counts.set(parentId, n);
    return n;
  };
  for (const row of table.rows) {
    let parent: MutableSection | null = null;
    let path = '';
    for (const group of row.groups) {
      const heading = clean(group.text);
      path += `\u0001${heading}`;
      let section = sectionOf.get(path);
      if (section === undefined) {
        const above = parent as MutableSection | null;
        const siblings: MutableSection[] = above === null ? sections : above.sections;
        const depth = row.groups.indexOf(group) + (top?.level ?? 0);
        const aboveId: string | null = above === null ? (top?.id ?? null) : above.id;
        const position = next(aboveId);
        section = {
          id: aboveId === null ? String(position) : `${aboveId}.${position}`,
          ...categoryHeading(heading, position, depth),
          intro: null,
          sections: [],
          line: lineOf(group.index),
        };
        siblings.push(section);
        sectionOf.set(path, section);
      }
      parent = section;
    }
    const sectionId: string | null = parent?.id ?? top?.id ?? null;
    const n = next(sectionId);
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
