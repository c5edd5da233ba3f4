import type { Comparison, DiffEntry, DiffResult, InlinePart } from './types.js';
import { DIFF_CLASSES } from './types.js';
import { level1 } from './summary.js';
import { describeInput, sectionLine, short, shownEntries, type ReportOptions } from './report-parts.js';

/**
 * A Markdown report: the plans by title and year, warnings, the section map, summary tables,
 * then the changes per level-1 section. Unchanged pairs are only counted unless `all`.
 */
export function formatDiffMarkdown(result: DiffResult, options: ReportOptions = {}): string {
  const out: string[] = [];
  for (const c of result.comparisons) out.push(comparison(result, c, options));
  if (result.lineage) {
    const names = result.inputs.map((i) => cell(i.name));
    out.push(`## Lineage\n\n| ${names.join(' | ')} | text |\n|${names.map(() => '---|').join('')}---|`);
    for (const r of result.lineage) {
      const ids = r.ids.map((id, k) => `${id ?? '—'}${k > 0 && r.steps[k - 1] ? ` (${r.steps[k - 1]!.join(', ')})` : ''}`);
      out.push(`| ${ids.map(cell).join(' | ')} | ${cell(r.text.slice(0, 40))} |`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

function comparison(result: DiffResult, c: Comparison, options: ReportOptions): string {
  const a = result.inputs[c.old];
  const b = result.inputs[c.new];
  const lines = [`# ${esc(describeInput(a))} → ${esc(describeInput(b))}`, '', `Files: \`${a.name}\` → \`${b.name}\`.`, ''];
  const warnings = [
    ...a.warnings.map((w) => `old plan: ${w}`),
    ...b.warnings.map((w) => `new plan: ${w}`),
    ...(c.unitsCompared ? [] : ['one plan names no units as parsed; units are not compared']),
  ];
  if (warnings.length > 0) lines.push('> **Parse warnings**', ...warnings.map((w) => `> - ${esc(w)}`), '');
  lines.push('## Sections', '', ...c.sections.map((s) => `- ${esc(sectionLine(s))}`), '');
  lines.push('## Summary', '', '| class | tasks |', '|---|---:|');
  for (const k of DIFF_CLASSES) lines.push(`| ${k} | ${c.summary.classes[k] ?? 0} |`);
  lines.push(
    '',
    '## By section',
    '',
    `| section | ${DIFF_CLASSES.join(' | ')} |`,
    `|---|${DIFF_CLASSES.map(() => '---:|').join('')}`,
  );
  for (const s of c.summary.sections)
    lines.push(`| ${cell(s.section)} | ${DIFF_CLASSES.map((k) => s.counts[k] ?? 0).join(' | ')} |`);
  if (c.summary.units.length > 0) {
    lines.push(
      '',
      '## By unit',
      '',
      '| unit | old tasks | new tasks | old leads | new leads | gained | lost |',
      '|---|---:|---:|---:|---:|---:|---:|',
    );
    for (const u of c.summary.units)
      lines.push(
        `| ${cell(u.unit)} | ${u.oldTasks} | ${u.newTasks} | ${u.oldLeads} | ${u.newLeads} | ${u.added} | ${u.removed} |`,
      );
    if (c.summary.aliases.length > 0)
      lines.push('', `Treated as one unit: ${c.summary.aliases.map((g) => g.map(esc).join(' = ')).join('; ')}.`);
  }
  lines.push('', '## Changes');
  let section: string | null = null;
  const shown = shownEntries(c, options);
  for (const e of shown) {
    const s = level1(e.new ?? e.old);
    if (s !== section) {
      section = s;
      lines.push('', `### ${esc(s)}`, '');
    }
    lines.push(entry(e));
  }
  const hidden = c.entries.length - shown.length;
  if (hidden > 0) lines.push('', `${hidden} unchanged pairs not listed.`);
  return `${lines.join('\n')}\n`;
}

function entry(e: DiffEntry): string {
  const ids =
    e.kind === 'added' ? `\`${e.new!.id}\`` : e.kind === 'removed' ? `\`${e.old!.id}\`` : `\`${e.old!.id}\` → \`${e.new!.id}\``;
  const score = e.score === null ? '' : ` (${e.score.toFixed(2)})`;
  const folded = e.kind === 'added' || e.kind === 'removed';
  const text = e.kind === 'removed' || e.kind === 'merged' ? e.old!.text : e.new!.text;
  const body = e.inline ? inline(e.inline) : esc(folded ? short(text, 60) : text);
  const extra: string[] = [];
  if (e.possible?.length) extra.push(`possible: ${e.possible.map((p) => `\`${p.id}\` (${p.score.toFixed(2)})`).join(', ')}`);
  if (e.partner) extra.push(`${e.kind === 'split' ? 'split from' : 'merged into'} the pair with \`${e.partner.id}\``);
  if (e.dropped)
    extra.push(
      `dropped: ${[...e.dropped.deadlines.map((d) => `deadline ${d}`), ...e.dropped.units.map((u) => `unit ${u}`)].map(esc).join(', ')}`,
    );
  if (e.inlineClauses) extra.push('diffed clause by clause (heavily rewritten)');
  if (e.classes.includes('moved') && e.old && e.new)
    extra.push(`section: ${esc(e.old.sectionPath.join(' › '))} → ${esc(e.new.sectionPath.join(' › '))}`);
  if (e.units) {
    const u = e.units;
    extra.push(
      `units: ${[...u.leadsAdded.map((x) => `+${x} (lead)`), ...u.leadsRemoved.map((x) => `−${x} (lead)`), ...u.ownersAdded.map((x) => `+${x}`), ...u.ownersRemoved.map((x) => `−${x}`)].map(esc).join(' ')}`,
    );
  }
  if (e.scope) extra.push(`scope: ${esc(e.scope.old.join('、') || '—')} → ${esc(e.scope.new.join('、') || '—')}`);
  if (e.deadlines) extra.push(`deadline: ${esc(e.deadlines.old.join('、') || '—')} → ${esc(e.deadlines.new.join('、') || '—')}`);
  return [`- **${e.classes.join(', ')}** ${ids}${score}: ${body}`, ...extra.map((x) => `  - ${x}`)].join('\n');
}

function inline(parts: readonly InlinePart[]): string {
  return parts
    .map((p) => (p.op === 'equal' ? esc(p.text) : p.op === 'delete' ? `~~${esc(p.text)}~~` : `**${esc(p.text)}**`))
    .join('')
    .replace(/\s*\n\s*/g, ' ');
}

/** Escapes the characters Markdown would read as emphasis, code or HTML. */
function esc(text: string): string {
  return text.replace(/[\\`*_~<>[\]|#]/g, (c) => `\\${c}`);
}

function cell(text: string): string {
  return esc(text).replace(/\n/g, ' ');
}
