import type { Register } from '../core/register.js';
import type { Count, Stats } from './types.js';

export const UNKNOWN = 'unknown';
export const UNDATED = 'undated';

interface Tally {
  docs: Set<string>;
  tasks: number;
}

/** Tallies names to documents and tasks; a name counts once per task. */
class Counter {
  private readonly map = new Map<string, Tally>();
  add(name: string, doc: string, tasks: number): void {
    let t = this.map.get(name);
    if (!t) this.map.set(name, (t = { docs: new Set(), tasks: 0 }));
    t.docs.add(doc);
    t.tasks += tasks;
  }
  list(order: 'tasks' | 'name'): Count[] {
    const out = [...this.map].map(([name, t]) => ({ name, documents: t.docs.size, tasks: t.tasks }));
    const byName = (a: Count, b: Count): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    return out.sort(order === 'name' ? byName : (a, b) => b.tasks - a.tasks || byName(a, b));
  }
}

/**
 * Counts documents, tasks, units, years, issuers and deadline months over registers. `unitKey`
 * folds names written in different scripts to one (the CLI passes an opencc conversion).
 */
export function computeStats(registers: readonly Register[], unitKey: (name: string) => string = (n) => n): Stats {
  const leads = new Counter();
  const owners = new Counter();
  const years = new Counter();
  const issuers = new Counter();
  const deadlines = new Counter();
  let documents = 0;
  let tasks = 0;
  let withoutUnits = 0;
  registers.forEach((register, r) => {
    for (const doc of register.documents) {
      const docKey = `${r}:${doc.index}`;
      documents++;
      tasks += doc.tasks.length;
      years.add(doc.year === null ? UNKNOWN : String(doc.year), docKey, doc.tasks.length);
      issuers.add(doc.issuer === null ? UNKNOWN : unitKey(doc.issuer), docKey, doc.tasks.length);
      for (const task of doc.tasks) {
        if (task.leads.length === 0 && task.owners.length === 0) withoutUnits++;
        for (const u of new Set(task.leads.map(unitKey))) leads.add(u, docKey, 1);
        for (const u of new Set(task.owners.map(unitKey))) owners.add(u, docKey, 1);
        for (const month of new Set(task.deadlines.map((d) => (d.date === null ? UNDATED : d.date.slice(0, 7))))) deadlines.add(month, docKey, 1);
      }
    }
  });
  return {
    inputs: registers.length,
    documents,
    tasks,
    tasksWithoutUnits: withoutUnits,
    shareWithoutUnits: tasks === 0 ? 0 : Math.round((withoutUnits / tasks) * 10000) / 10000,
    leads: leads.list('tasks'),
    owners: owners.list('tasks'),
    years: years.list('name'),
    issuers: issuers.list('tasks'),
    deadlines: deadlines.list('name'),
  };
}
