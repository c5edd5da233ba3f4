import type { Register, Section } from '../core/register.js';
import type { TaskRef } from './types.js';
import { normalizeUnit } from './units.js';

/** Converts text to the one script the comparison happens in (simplified). */
export type ToSimplified = (text: string) => string;

/** A task prepared for comparison: the side's own view plus simplified text for scoring. */
export interface DiffTask {
  readonly ref: TaskRef;
  /** Position among the input's tasks, in document order. */
  readonly index: number;
  /** Simplified text, for scoring. */
  readonly text: string;
  /**
   * Simplified titles of the sections around the task, outermost first; a heading that is the
   * task's own (a numbered item whose body is the task) is part of the task, not its context.
   */
  readonly sectionPath: readonly string[];
  /** Lead and owner names, simplified, brackets and spaces normalised. */
  readonly leads: readonly string[];
  readonly owners: readonly string[];
  /** Unit names as written but simplified (to cut them out of the text for scoring). */
  readonly unitTexts: readonly string[];
  /** Deadlines compared by date when known, else by simplified text. */
  readonly deadlineKeys: readonly string[];
}

/** All tasks of all documents of a register, in order, with simplified text for comparison. */
export function collectTasks(register: Register, toSimplified: ToSimplified): DiffTask[] {
  const out: DiffTask[] = [];
  const many = register.documents.length > 1;
  for (const doc of register.documents) {
    const titles = new Map<string, string>();
    const walk = (sections: readonly Section[]): void => {
      for (const s of sections) {
        titles.set(s.id, s.title);
        walk(s.sections);
      }
    };
    walk(doc.sections);
    for (const task of doc.tasks) {
      const sectionPath =
        task.sectionId === null ? [] : ancestors(task.sectionId).flatMap((id) => (titles.has(id) ? [titles.get(id)!] : []));
      const ref: TaskRef = {
        id: many ? `${doc.index}:${task.id}` : task.id,
        document: doc.index,
        sectionPath,
        sectionId: task.sectionId,
        text: task.text,
        leads: task.leads,
        owners: task.owners,
        deadlines: task.deadlines.map((d) => d.text),
        line: task.line,
      };
      out.push({
        ref,
        index: out.length,
        text: toSimplified(task.text),
        sectionPath: (task.sectionId === task.id ? sectionPath.slice(0, -1) : sectionPath).map(toSimplified),
        leads: task.leads.map((u) => normalizeUnit(toSimplified(u))),
        owners: task.owners.map((u) => normalizeUnit(toSimplified(u))),
        unitTexts: [...task.leads, ...task.owners].map(toSimplified),
        deadlineKeys: task.deadlines.map((d) => deadlineKey(d.date, toSimplified(d.text), doc.year)),
      });
    }
  }
  return out;
}

/**
 * A deadline compared by date, without the year when it is the plan's own year: 年底前 in the
 * 2017 plan and 年底前 in the 2019 plan are the same deadline, 2020年底前 in a 2019 plan is not.
 */
export function deadlineKey(date: string | null, text: string, year: number | null): string {
  if (date === null) return text;
  return year !== null && date.startsWith(`${year}-`) ? date.slice(5) : date;
}

/** '2.1.3' → ['2', '2.1', '2.1.3']. */
export function ancestors(id: string): string[] {
  const parts = id.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}
