import type { Comparison, DiffEntry, DiffInput, DiffResult, SectionMapEntry, UnitSummary } from './types.js';
import { DIFF_CLASSES } from './types.js';

/** What a report shows: hide unchanged pairs unless asked. */
export interface ReportOptions {
  /** Show unchanged pairs too. */
  readonly all?: boolean;
}

/** `三明市2019年政务公开工作主要任务 (2019, 17 tasks)`, falling back to the input's name. */
export function describeInput(input: DiffInput): string {
  const facts = [
    input.year !== null && !(input.title ?? '').includes(String(input.year)) ? String(input.year) : null,
    `${input.tasks} tasks`,
  ]
    .filter(Boolean)
    .join(', ');
  return `${input.title ?? input.name} (${facts})`;
}

/** The entries a report lists. */
export function shownEntries(c: Comparison, options: ReportOptions): DiffEntry[] {
  return c.entries.filter((e) => options.all || !e.classes.includes('unchanged'));
}

/** `reworded 12, moved 1, added 3` — classes with a count, in the canonical order. */
export function classCounts(counts: Readonly<Record<string, number>>): string {
  return (
    DIFF_CLASSES.filter((k) => counts[k])
      .map((k) => `${k} ${counts[k]}`)
      .join(', ') || 'no tasks'
  );
}

/** One line per section map row: `kept  一、… → 一、… (3 of 4 tasks continue)`. */
export function sectionLine(s: SectionMapEntry): string {
  if (s.status === 'new') return `new: ${s.new[0].title} (${s.new[0].tasks} tasks)`;
  if (s.status === 'dissolved') return `dissolved: ${s.old} (${s.oldTasks} tasks, none continue)`;
  const targets = s.new.map((t) => `${t.title}${s.new.length > 1 || t.tasks !== s.continued ? ` ×${t.tasks}` : ''}`).join(' + ');
  return `${s.status}: ${s.old} → ${targets} (${s.continued} of ${s.oldTasks} tasks continue)`;
}

/** `市财政局 tasks 3→5, leads 1→0, +2 −0`. */
export function unitLine(u: UnitSummary): string {
  const parts = [`tasks ${u.oldTasks}→${u.newTasks}`];
  if (u.oldLeads || u.newLeads) parts.push(`leads ${u.oldLeads}→${u.newLeads}`);
  const delta = [u.added ? `+${u.added}` : '', u.removed ? `−${u.removed}` : ''].filter(Boolean).join(' ');
  if (delta) parts.push(delta);
  return `${u.unit}: ${parts.join(', ')}`;
}

/** True when the comparison found any change (for --exit-code). */
export function anyChange(result: DiffResult): boolean {
  return result.comparisons.some((c) => c.entries.some((e) => !e.classes.includes('unchanged')));
}

/** `git diff --stat`-like: one line per comparison with its counts. */
export function formatStat(result: DiffResult): string {
  const lines: string[] = [];
  for (const c of result.comparisons) {
    const a = result.inputs[c.old];
    const b = result.inputs[c.new];
    lines.push(`${a.name} → ${b.name}: ${a.tasks} → ${b.tasks} tasks; ${classCounts(c.summary.classes)}`);
    for (const s of c.summary.sections) lines.push(`  ${s.section}: ${classCounts(s.counts)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The first characters of a text on one line. */
export function short(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}
