import { defuseFormula, quoteCsvField } from '../register/csv.js';
import type { Stats } from './types.js';

/**
 * One long table for spreadsheets (UTF-8 with BOM, like the register CSV):
 * category,name,documents,tasks — category is total, lead, owner, year, issuer, deadline-month or
 * unit-spelling (a spelling counted under another name: `教育局 → 市教育局`).
 */
export function formatStatsCsv(stats: Stats): string {
  const rows: (string | number)[][] = [
    ['category', 'name', 'documents', 'tasks'],
    ['total', 'all', stats.documents, stats.tasks],
    ['total', 'without-units', '', stats.tasksWithoutUnits],
    ...stats.leads.map((c) => ['lead', c.name, c.documents, c.tasks]),
    ...stats.owners.map((c) => ['owner', c.name, c.documents, c.tasks]),
    ...stats.years.map((c) => ['year', c.name, c.documents, c.tasks]),
    ...stats.issuers.map((c) => ['issuer', c.name, c.documents, c.tasks]),
    ...stats.deadlines.map((c) => ['deadline-month', c.name, c.documents, c.tasks]),
    ...stats.unitSpellings.flatMap((m) => m.spellings.map((s) => ['unit-spelling', `${s} → ${m.name}`, '', ''])),
  ];
  return `\uFEFF${rows.map((r) => r.map((v) => quoteCsvField(typeof v === 'string' ? defuseFormula(v) : String(v))).join(',')).join('\r\n')}\r\n`;
}
