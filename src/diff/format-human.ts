import type { Comparison, DiffEntry, DiffResult, InlinePart, LineageRow, TaskRef } from './types.js';
import { level1 } from './summary.js';
import { noPaint, type Paint } from '../core/paint.js';
import { escapeControlsDeep } from '../core/terminal-text.js';
import { classCounts, describeInput, sectionLine, short, shownEntries, unitLine, type ReportOptions } from './report-parts.js';

const SIGN: Record<DiffEntry['kind'], string> = { pair: '~', added: '+', removed: '-', split: '<', merged: '>' };

/**
 * The terminal view: the two plans by title and year, parse warnings, the map of level-1
 * sections, then the changes grouped by level-1 section (unchanged pairs hidden unless `all`),
 * and the summaries by class and by unit.
 */
export function formatDiffHuman(
  input: DiffResult,
  { paint = noPaint, all = false }: { paint?: Paint } & ReportOptions = {},
): string {
  const result = escapeControlsDeep(input); // text from the plans is shown, never obeyed by the terminal
  const out: string[] = [];
  for (const c of result.comparisons) out.push(formatComparison(result, c, paint, { all }));
  if (result.lineage) out.push(formatLineage(result, result.lineage, paint));
  return out.join('\n');
}

function formatComparison(result: DiffResult, c: Comparison, paint: Paint, options: ReportOptions): string {
  const a = result.inputs[c.old];
  const b = result.inputs[c.new];
  const lines = [paint.bold(`${describeInput(a)} → ${describeInput(b)}`), paint.dim(`${a.name} → ${b.name}`)];
  for (const [input, side] of [
    [a, 'old'],
    [b, 'new'],
  ] as const) {
    for (const w of input.warnings) lines.push(paint.yellow(`warning (${side} plan): ${w}`));
  }
  if (!c.unitsCompared) lines.push(paint.yellow('warning: one plan names no units as parsed; units are not compared'));
  lines.push('', paint.bold('Sections'));
  for (const s of c.sections) lines.push(`  ${sectionLine(s)}`);
  lines.push('', paint.bold('Changes'));
  let section: string | null = null;
  const shown = shownEntries(c, options);
  for (const e of shown) {
    const s = level1(e.new ?? e.old);
    if (s !== section) {
      section = s;
      lines.push(paint.cyan(s));
    }
    lines.push(...formatEntry(e, paint));
  }
  const hidden = c.entries.length - shown.length;
  if (hidden > 0) lines.push(paint.dim(`  (${hidden} unchanged pairs hidden; --all shows them)`));
  lines.push('', paint.bold('Summary'), `  ${classCounts(c.summary.classes)}`);
  if (c.summary.units.length > 0) {
    lines.push(paint.bold('Units'));
    for (const u of c.summary.units) lines.push(`  ${unitLine(u)}`);
  }
  if (c.summary.scopeChanges > 0) lines.push(`  scope changed on ${c.summary.scopeChanges} pairs`);
  if (c.summary.aliases.length > 0)
    lines.push(paint.dim(`  treated as one unit: ${c.summary.aliases.map((g) => g.join(' = ')).join('; ')}`));
  return `${lines.join('\n')}\n`;
}

function formatEntry(e: DiffEntry, paint: Paint): string[] {
  const colour =
    e.kind === 'added' || e.kind === 'split'
      ? paint.green
      : e.kind === 'removed' || e.kind === 'merged'
        ? paint.red
        : paint.yellow;
  const ids =
    e.kind === 'added' ? (e.new?.id ?? '') : e.kind === 'removed' ? (e.old?.id ?? '') : `${e.old?.id ?? ''} → ${e.new?.id ?? ''}`;
  const score = e.score === null ? '' : paint.dim(` ${e.score.toFixed(2)}`);
  const text = e.kind === 'removed' || e.kind === 'merged' ? e.old!.text : e.new!.text;
  const head = `  ${colour(SIGN[e.kind])} ${ids}${score} ${colour(`[${e.classes.join(', ')}]`)}${e.renumbered ? paint.dim(' renumbered') : ''}`;
  // Added and removed tasks are folded to one line: their whole text is in the plan itself.
  if (e.kind === 'added' || e.kind === 'removed' || e.classes.includes('unchanged')) {
    const lines = [`${head} ${paint.dim(short(text, 40))}`];
    if (e.possible?.length)
      lines.push(`      ${paint.dim('possible:')} ${e.possible.map((p) => `${p.id} ${p.score.toFixed(2)}`).join(', ')}`);
    return lines;
  }
  const lines = [head];
  if (e.inline)
    lines.push(
      `      ${e.inlineClauses ? paint.dim('(clause by clause) ') : ''}${formatInline(e.inlineClauses ? foldLongRuns(e.inline) : e.inline, paint)}`,
    );
  else lines.push(`      ${paint.dim(short(text, 80))}`);
  if (e.partner)
    lines.push(`      ${paint.dim(`${e.kind === 'split' ? 'split from' : 'merged into'} the pair with ${e.partner.id}`)}`);
  if (e.dropped) {
    const what = [...e.dropped.deadlines.map((d) => `deadline ${d}`), ...e.dropped.units.map((u) => `unit ${u}`)];
    lines.push(`      ${paint.red(`dropped: ${what.join(', ')}`)}`);
  }
  if (e.classes.includes('moved') && e.old && e.new)
    lines.push(`      ${paint.dim('section:')} ${path(e.old)} ${paint.dim('→')} ${path(e.new)}`);
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
  if (e.scope)
    lines.push(
      `      ${paint.dim('scope:')} ${e.scope.old.join('、') || '—'} ${paint.dim('→')} ${e.scope.new.join('、') || '—'}`,
    );
  if (e.deadlines)
    lines.push(
      `      ${paint.dim('deadline:')} ${e.deadlines.old.join('、') || '—'} ${paint.dim('→')} ${e.deadlines.new.join('、') || '—'}`,
    );
  return lines;
}

/** Longest deleted or inserted run shown whole in a terminal; longer ones are folded. */
const LONG_RUN = 60;

/** A heavy rewrite's whole dropped or new clauses, folded to their start and length. */
function foldLongRuns(parts: readonly InlinePart[]): InlinePart[] {
  return parts.map((p) =>
    p.op !== 'equal' && [...p.text].length > LONG_RUN
      ? { op: p.op, text: `${short(p.text, LONG_RUN / 2)} (${[...p.text].length} chars)` }
      : p,
  );
}

/** `[-removed-]{+added+}`, coloured when the paint has colours. */
export function formatInline(parts: readonly InlinePart[], paint: Paint = noPaint): string {
  return parts
    .map((p) => (p.op === 'equal' ? p.text : p.op === 'delete' ? paint.red(`[-${p.text}-]`) : paint.green(`{+${p.text}+}`)))
    .join('')
    .replace(/\s*\n\s*/g, ' ');
}

function formatLineage(result: DiffResult, rows: readonly LineageRow[], paint: Paint): string {
  const lines = [paint.bold(`Lineage (${result.inputs.map((i) => i.name).join(' → ')})`)];
  for (const r of rows) {
    const chain = r.ids
      .map((id, k) => (k === 0 ? (id ?? '·') : `${paint.dim(`-${(r.steps[k - 1] ?? ['·']).join('+')}→`)} ${id ?? '·'}`))
      .join(' ');
    lines.push(`  ${chain}  ${paint.dim(short(r.text, 30))}`);
  }
  return `${lines.join('\n')}\n`;
}

function path(ref: TaskRef): string {
  return ref.sectionPath.map((s) => short(s, 16)).join(' › ') || '(no section)';
}
