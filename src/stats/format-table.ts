import type { Count, Stats } from './types.js';
import { displayWidth } from '../core/display-width.js';

export { displayWidth };
import { maxOf } from '../core/arrays.js';

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function table(title: string, rows: readonly Count[], label: string): string[] {
  if (rows.length === 0) return [];
  const width = maxOf(
    rows.map((r) => displayWidth(r.name)),
    displayWidth(label),
  );
  const num = (n: number | string): string => String(n).padStart(9);
  return [
    '',
    title,
    `  ${padEnd(label, width)}${num('documents')}${num('tasks')}`,
    ...rows.map((r) => `  ${padEnd(r.name, width)}${num(r.documents)}${num(r.tasks)}`),
  ];
}

/** The terminal view: totals, then one table per breakdown. */
export function formatStatsTable(stats: Stats): string {
  const lines = [
    `inputs     ${stats.inputs}`,
    `documents  ${stats.documents}`,
    `tasks      ${stats.tasks}`,
    `without units  ${stats.tasksWithoutUnits} (${(stats.shareWithoutUnits * 100).toFixed(1)}%)`,
    ...table('Lead units', stats.leads, 'unit'),
    ...table('Responsible units', stats.owners, 'unit'),
    ...table('Years', stats.years, 'year'),
    ...table('Issuers', stats.issuers, 'issuer'),
    ...table('Deadlines by month', stats.deadlines, 'month'),
    ...(stats.unitSpellings.length === 0
      ? []
      : ['', 'Counted as one unit', ...stats.unitSpellings.map((m) => `  ${m.name} ← ${m.spellings.join(', ')}`)]),
  ];
  return `${lines.join('\n')}\n`;
}
