import type { Task } from '../../core/register.js';
import type { Rule } from '../rule.js';
import { children, tasksOf } from '../tree.js';

export interface TaskWithoutUnitOptions {
  /** Share of tasks that must carry units before the others are reported. */
  readonly threshold: number;
  /** Fewest annotated tasks that make a document count as annotating its tasks. */
  readonly minAnnotated: number;
  /** Also report tasks of a top-level section in which no task names a unit (保障措施 sections often do not). */
  readonly unannotatedSections: boolean;
}

/** The top-level section a task belongs to ('3' for 3.2.1), or null outside any section. */
function topSection(sectionId: string | null): string | null {
  return sectionId === null ? null : sectionId.split('.')[0];
}

export function hasUnits(task: Task): boolean {
  return task.leads.length > 0 || task.owners.length > 0 || task.unitsText !== null;
}

function itemKey(task: Task): string {
  return `${task.sectionId ?? ''}\u0000${task.marker ?? ''}`;
}

/** Numbered items (tasks sharing section and marker): their first line and whether any part names a unit. */
function itemsOf(tasks: readonly Task[]): Map<string, { firstLine: number; annotated: boolean }> {
  const items = new Map<string, { firstLine: number; annotated: boolean }>();
  for (const task of tasks) {
    if (task.marker === null) continue;
    const entry = items.get(itemKey(task)) ?? { firstLine: task.line, annotated: false };
    entry.firstLine = Math.min(entry.firstLine, task.line);
    entry.annotated ||= hasUnits(task);
    items.set(itemKey(task), entry);
  }
  return items;
}

export const taskWithoutUnit: Rule<TaskWithoutUnitOptions> = {
  id: 'task-without-unit',
  description: 'A task names no unit in a document that names units for its other tasks',
  rationale:
    'When a plan assigns lead or responsible units to most tasks, a task without one is usually an annotation lost in copying or forgotten by the drafter; in the task table (任务分解表) it would be a task nobody owns. Plans that annotate no task at all, and top-level sections that annotate none of their tasks (保障措施), are not reported.',
  defaultSeverity: 'warn',
  defaults: { threshold: 0.5, minAnnotated: 2, unannotatedSections: false },
  options: {
    threshold: {
      description: 'Report only when more than this share of the tasks of a document carry units (0–1).',
      type: 'number',
      minimum: 0,
      maximum: 1,
    },
    minAnnotated: {
      description: 'Report only when at least this many tasks of the document carry units.',
      type: 'integer',
      minimum: 1,
    },
    unannotatedSections: {
      description:
        'Also report the tasks of a top-level section where no task names a unit. Off by default: closing sections such as 保障措施 are commonly left unannotated on purpose.',
      type: 'boolean',
    },
  },
  examples: {
    ok: [
      '2019年工作要点\n一、甲\n1.做好甲工作。(市财政局负责)\n2.做好乙工作。(市教育局负责)',
      '2019年工作要点\n一、甲\n1.做好甲工作。\n2.做好乙工作。',
    ],
    notOk: [
      {
        input: '2019年工作要点\n一、甲\n1.做好甲工作。(市财政局负责)\n2.做好乙工作。(市教育局负责)\n3.做好丙工作。',
        output: ['5:1: Task `3.` names no unit, though 2 of the 3 tasks in this document do'],
      },
    ],
  },
  *check(subject, options) {
    for (const doc of children(subject.tree)) {
      const nodes = tasksOf(doc);
      const tasks = nodes.map((n) => n.data);
      const annotated = tasks.filter(hasUnits).length;
      if (annotated < options.minAnnotated || annotated <= options.threshold * tasks.length) continue;
      const annotatedSections = new Set(tasks.filter(hasUnits).map((t) => topSection(t.sectionId)));
      const items = itemsOf(tasks);
      for (const node of nodes) {
        const task = node.data;
        if (hasUnits(task)) continue;
        if (!options.unannotatedSections && !annotatedSections.has(topSection(task.sectionId))) continue;
        // A further paragraph of a numbered item whose own annotation is elsewhere is covered by it.
        const item = items.get(itemKey(task));
        if (item && item.annotated && task.line !== item.firstLine) continue;
        const name = task.marker ? `Task \`${task.marker.trim()}\`` : 'Task';
        yield {
          at: node.position.start,
          reason: `${name} names no unit, though ${annotated} of the ${tasks.length} tasks in this document do`,
        };
      }
    }
  },
};
