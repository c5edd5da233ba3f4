import type { Comparison, DiffClass, LineageRow } from './types.js';

interface Row {
  ids: (string | null)[];
  steps: (DiffClass[] | null)[];
  text: string;
}

/**
 * Follows each task through a series of comparisons (input k → k+1, oldest first). A task that
 * appears later (added or split off) starts its own row; a merged task's row ends in the task it
 * merged into.
 */
export function buildLineage(comparisons: readonly Comparison[], inputCount: number): LineageRow[] {
  const rows: Row[] = [];
  let current = new Map<string, Row>();
  const newRow = (): Row => {
    const row: Row = {
      ids: new Array(inputCount).fill(null),
      steps: new Array(Math.max(0, inputCount - 1)).fill(null),
      text: '',
    };
    rows.push(row);
    return row;
  };
  comparisons.forEach((comparison, k) => {
    const next = new Map<string, Row>();
    const rowOf = (id: string): Row => {
      let row = current.get(id);
      if (!row) {
        row = newRow();
        row.ids[k] = id;
        current.set(id, row);
      }
      return row;
    };
    for (const e of comparison.entries) {
      if (e.kind === 'pair' && e.old && e.new) {
        const row = rowOf(e.old.id);
        row.ids[k + 1] = e.new.id;
        row.steps[k] = [...e.classes];
        row.text = e.new.text;
        next.set(e.new.id, row);
      } else if ((e.kind === 'removed' || e.kind === 'merged') && e.old) {
        const row = rowOf(e.old.id);
        row.steps[k] = [...e.classes];
        row.text ||= e.old.text;
        if (e.kind === 'merged' && e.new) row.ids[k + 1] = e.new.id;
      } else if ((e.kind === 'added' || e.kind === 'split') && e.new) {
        const row = newRow();
        if (e.kind === 'split' && e.old) row.ids[k] = e.old.id;
        row.ids[k + 1] = e.new.id;
        row.steps[k] = [...e.classes];
        row.text = e.new.text;
        next.set(e.new.id, row);
      }
    }
    current = next;
  });
  return rows.map((r) => ({ ids: r.ids, steps: r.steps, text: r.text }));
}
