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

/** Level prefixes a plan leaves implied after its first unit: 市人社局、教育局 means 市教育局. */
const LEVEL_PREFIXES = ['省', '市', '州', '县', '区', '旗'];

/**
 * Spellings of one unit within one issuer's plans: `教育局` where the same issuer also writes
 * `市教育局` is that unit with its level prefix left implied. Only within an issuer: across cities,
 * 教育局 names many bodies. Returns, per issuer, each short spelling's full name.
 */
function impliedPrefixes(registers: readonly Register[], unitKey: (name: string) => string): Map<string, Map<string, string>> {
  const names = new Map<string, Set<string>>();
  for (const register of registers) {
    for (const doc of register.documents) {
      const issuer = doc.issuer === null ? UNKNOWN : unitKey(doc.issuer);
      let set = names.get(issuer);
      if (!set) names.set(issuer, (set = new Set()));
      for (const task of doc.tasks) for (const u of [...task.leads, ...task.owners]) set.add(unitKey(u));
    }
  }
  const aliases = new Map<string, Map<string, string>>();
  for (const [issuer, set] of names) {
    if (issuer === UNKNOWN) continue;
    const map = new Map<string, string>();
    for (const name of set) {
      const full = LEVEL_PREFIXES.map((p) => p + name).filter((f) => set.has(f));
      // Ambiguous (市X and 县X both written): leave both spellings as they are.
      if (full.length === 1) map.set(name, full[0]);
    }
    if (map.size > 0) aliases.set(issuer, map);
  }
  return aliases;
}

/**
 * Counts documents, tasks, units, years, issuers and deadline months over registers. `unitKey`
 * folds names written in different scripts to one (the CLI passes an opencc conversion); within
 * one issuer's plans a unit written with and without its level prefix counts as one (listed in
 * `unitSpellings`).
 */
export function computeStats(registers: readonly Register[], unitKey: (name: string) => string = (n) => n): Stats {
  const leads = new Counter();
  const owners = new Counter();
  const years = new Counter();
  const issuers = new Counter();
  const deadlines = new Counter();
  const aliases = impliedPrefixes(registers, unitKey);
  const merged = new Map<string, Set<string>>();
  let documents = 0;
  let tasks = 0;
  let withoutUnits = 0;
  registers.forEach((register, r) => {
    for (const doc of register.documents) {
      const docKey = `${r}:${doc.index}`;
      const issuer = doc.issuer === null ? UNKNOWN : unitKey(doc.issuer);
      const own = aliases.get(issuer);
      const unit = (name: string): string => {
        const key = unitKey(name);
        const full = own?.get(key);
        if (full === undefined) return key;
        let spellings = merged.get(full);
        if (!spellings) merged.set(full, (spellings = new Set()));
        spellings.add(key);
        return full;
      };
      documents++;
      tasks += doc.tasks.length;
      years.add(doc.year === null ? UNKNOWN : String(doc.year), docKey, doc.tasks.length);
      issuers.add(issuer, docKey, doc.tasks.length);
      for (const task of doc.tasks) {
        if (task.leads.length === 0 && task.owners.length === 0) withoutUnits++;
        for (const u of new Set(task.leads.map(unit))) leads.add(u, docKey, 1);
        for (const u of new Set(task.owners.map(unit))) owners.add(u, docKey, 1);
        for (const month of new Set(task.deadlines.map((d) => (d.date === null ? UNDATED : d.date.slice(0, 7)))))
          deadlines.add(month, docKey, 1);
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
    unitSpellings: [...merged]
      .map(([name, spellings]) => ({ name, spellings: [...spellings].sort() }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  };
}
