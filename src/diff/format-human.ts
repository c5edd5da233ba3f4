import type { Comparison, DiffEntry, DiffResult, InlinePart, LineageRow, TaskRef } from './types.js';
import { DIFF_CLASSES } from './types.js';
import { formatUnitDelta, level1 } from './summary.js';
import { noPaint, type Paint } from '../core/paint.js';
import { escapeControlsDeep } from '../core/terminal-text.js';

const SIGN: Record<DiffEntry['kind'], string> = { pair: '~', added: '+', removed: '-', split: '<', merged: '>' };

/** The terminal view: entries grouped by level-1 section, inline diffs, then the summary. */
export function formatDiffHuman(input: DiffResult, { paint = noPaint }: { paint?: Paint } = {}): string {
  const result = escapeControlsDeep(input); // text from the plans is shown, never obeyed by the terminal
  const out: string[] = [];
  for (const c of result.comparisons) out.push(formatComparison(result, c, paint));
  if (result.lineage) out.push(formatLineage(result, result.lineage, paint));
  return out.join('\n');
}

function formatComparison(result: DiffResult, c: Comparison, paint: Paint): string {
  const a = result.inputs[c.old];
  const b = result.inputs[c.new];
  const lines = [paint.bold(`${a.name} → ${b.name}`) + paint.dim(`  (${a.tasks} tasks → ${b.tasks} tasks)`), ''];
  let section: string | null = null;
  for (const e of c.entries) {
    const s = level1(e.new ?? e.old);
    if (s !== section) {
      section = s;
      lines.push(paint.cyan(s));
    }
    lines.push(...formatEntry(e, paint));
  }
  lines.push('', paint.bold('Summary'));
  lines.push(`  ${DIFF_CLASSES.filter((k) => c.summary.classes[k]).map((k) => `${k} ${c.summary.classes[k]}`).join(', ') || 'no tasks'}`);
  if (c.summary.sections.length > 0) {
    lines.push(paint.bold('By section'));
    for (const s of c.summary.sections) {
      lines.push(`  ${s.section}: ${DIFF_CLASSES.filter((k) => s.counts[k]).map((k) => `${k} ${s.counts[k]}`).join(', ')}`);
    }
  }
  const units = c.summary.units;
  if (units.length > 0) {
    lines.push(paint.bold('By unit'));
    for (const u of units) lines.push(`  ${u.unit} ${formatUnitDelta(u)}`);
  }
  return `${lines.join('\n')}\n`;
}

function formatEntry(e: DiffEntry, paint: Paint): string[] {
  const colour = e.kind === 'added' || e.kind === 'split' ? paint.green : e.kind === 'removed' || e.kind === 'merged' ? paint.red : paint.yellow;
  const ids = e.kind === 'added' ? (e.new?.id ?? '') : e.kind === 'removed' ? (e.old?.id ?? '') : `${e.old?.id ?? ''} → ${e.new?.id ?? ''}`;
  const score = e.score === null ? '' : paint.dim(` ${e.score.toFixed(2)}`);
  const text = e.kind === 'removed' ? e.old!.text : e.new!.text;
  const head = `  ${colour(SIGN[e.kind])} ${ids}${score} ${colour(`[${e.classes.join(', ')}]`)}${e.renumbered ? paint.dim(' renumbered') : ''}`;
  const lines = [head];
  if (e.inline) lines.push(`      ${formatInline(e.inline, paint)}`);
  else if (!e.classes.includes('unchanged')) lines.push(`      ${paint.dim(short(text, 80))}`);
  else lines[0] += ` ${paint.dim(short(text, 40))}`;
  if (e.partner) lines.push(`      ${paint.dim(`${e.kind === 'split' ? 'split from' : 'merged into'} the pair with ${e.partner.id}`)}`);
  if (e.classes.includes('moved') && e.old && e.new) lines.push(`      ${paint.dim('section:')} ${path(e.old)} ${paint.dim('→')} ${path(e.new)}`);
  if (e.units) {
    const u = e.units;
    const parts = [
      ...u.leadsAdded.map((x) => paint.green(`+${x} (lead)`)),
      ...u.leadsRemoved.map((x) => paint.red(`−${x} (lead)`)),
      ...u.ownersAdded.map((x) => paint.green(`+${x}`)),
      ...u.ownersRemoved.map((x) => paint.red(`−${x}`)),
    ];
    lines.push(`      ${paint.dim('units:')} ${parts.join(' ')}`);
  }
  if (e.deadlines) lines.push(`      ${paint.dim('deadline:')} ${e.deadlines.old.join('、') || '—'} ${paint.dim('→')} ${e.deadlines.new.join('、') || '—'}`);
  return lines;
}

/** `[-removed-]{+added+}`, coloured when the paint has colours. */
export function formatInline(parts: readonly InlinePart[], paint: Paint = noPaint): string {
  return parts.map((p) => (p.op === 'equal' ? p.text : p.op === 'delete' ? paint.red(`[-${p.text}-]`) : paint.green(`{+${p.text}+}`))).join('');
}

function formatLineage(result: DiffResult, rows: readonly LineageRow[], paint: Paint): string {
  const lines = [paint.bold(`Lineage (${result.inputs.map((i) => i.name).join(' → ')})`)];
  for (const r of rows) {
    const chain = r.ids.map((id, k) => (k === 0 ? (id ?? '·') : `${paint.dim(`-${(r.steps[k - 1] ?? ['·']).join('+')}→`)} ${id ?? '·'}`)).join(' ');
    lines.push(`  ${chain}  ${paint.dim(short(r.text, 30))}`);
  }
  return `${lines.join('\n')}\n`;
}

function path(ref: TaskRef): string {
  return ref.sectionPath.map((s) => short(s, 16)).join(' › ') || '(no section)';
}

export function short(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
