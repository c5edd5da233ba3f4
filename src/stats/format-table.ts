import type { Count, Stats } from './types.js';
import { maxOf } from '../core/arrays.js';

/** Terminal columns a string takes: wide (CJK, full-width) characters count two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000 ? 2 : 1;
  }
  return w;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function table(title: string, rows: readonly Count[], label: string): string[] {
  if (rows.length === 0) return [];
  const width = maxOf(rows.map((r) => displayWidth(r.name)), displayWidth(label));
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
    ...(stats.unitSpellings.length === 0 ? [] : ['', 'Counted as one unit', ...stats.unitSpellings.map((m) => `  ${m.name} ← ${m.spellings.join(', ')}`)]),
  ];
  return `${lines.join('\n')}\n`;
}
