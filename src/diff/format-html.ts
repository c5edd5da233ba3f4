import type { Comparison, DiffEntry, DiffResult, InlinePart, TaskRef } from './types.js';
import { DIFF_CLASSES } from './types.js';
import { level1 } from './summary.js';
import { describeInput, sectionLine, unitLine } from './report-parts.js';
import { escapeHtml } from '../core/escape-html.js';

/**
 * One self-contained HTML file (no scripts, styles or fonts from anywhere else): per comparison,
 * the plans by title, parse warnings, the section map, then the two plans side by side by level-1
 * section — old task, what changed, new task — with inline diffs, possible matches marked for
 * review, and filters by class, unit and section (a few lines of inline script).
 */
export function formatDiffHtml(result: DiffResult): string {
  const title = result.comparisons
    .map((c) => `${describeInput(result.inputs[c.old])} → ${describeInput(result.inputs[c.new])}`)
    .join('; ');
  const body = result.comparisons.map((c, k) => comparison(result, c, k)).join('\n');
  return `<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
<script>${SCRIPT}</script>
</body>
</html>
`;
}

const STYLE = `
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5em;color:#222;line-height:1.5}
h1{font-size:1.3em}h2{font-size:1.1em;margin-top:1.5em}
.warn{background:#fff4d6;border-left:4px solid #e0a800;padding:.3em .8em;margin:.2em 0}
.filters{position:sticky;top:0;background:#fff;padding:.5em 0;border-bottom:1px solid #ddd;z-index:1}
.filters label{margin-right:1em}
table.diff{border-collapse:collapse;width:100%;table-layout:fixed}
table.diff td{vertical-align:top;border-top:1px solid #eee;padding:.4em}
table.diff td.old,table.diff td.new{width:42%}
table.diff td.what{width:16%;font-size:.85em}
tr.section-head td{background:#eef3f8;font-weight:bold}
.id{color:#666;font-size:.85em;margin-right:.4em}
.cls{display:inline-block;border-radius:3px;padding:0 .3em;margin:.1em;background:#eee}
.cls-added,.cls-split{background:#d8f5d8}.cls-removed,.cls-merged{background:#f9d6d6}
.cls-reworded{background:#fff0c2}.cls-moved{background:#dde7ff}.cls-units-changed{background:#f0ddff}.cls-deadline-changed{background:#ffe2c6}
.possible{outline:2px dashed #e0a800}
.possible-list{color:#8a6d00}
del{background:#fbd5d5;text-decoration:line-through}ins{background:#cff5cf;text-decoration:none}
.units{color:#555;font-size:.85em}
.hidden{display:none}
`;

const SCRIPT = `
(function(){
  for (const form of document.querySelectorAll('form.filters')) {
    const table = document.getElementById(form.dataset.table);
    const apply = function(){
      const cls = form.elements.cls.value, unit = form.elements.unit.value, sec = form.elements.sec.value, all = form.elements.all.checked;
      const seen = {};
      for (const row of table.querySelectorAll('tr.entry')) {
        const classes = row.dataset.classes.split(' ');
        let show = (all || classes.indexOf('unchanged') < 0)
          && (cls === '' || (cls === 'possible' ? row.classList.contains('possible') : classes.indexOf(cls) >= 0))
          && (unit === '' || row.dataset.units.split('|').indexOf(unit) >= 0)
          && (sec === '' || row.dataset.section === sec);
        row.classList.toggle('hidden', !show);
        if (show) seen[row.dataset.section] = true;
      }
      for (const head of table.querySelectorAll('tr.section-head')) head.classList.toggle('hidden', !seen[head.dataset.section]);
      form.querySelector('.count').textContent = table.querySelectorAll('tr.entry:not(.hidden)').length + ' shown';
    };
    form.addEventListener('change', apply);
    form.addEventListener('submit', function(e){ e.preventDefault(); });
    apply();
  }
})();
`;

function comparison(result: DiffResult, c: Comparison, k: number): string {
  const a = result.inputs[c.old];
  const b = result.inputs[c.new];
  const warnings = [
    ...a.warnings.map((w) => `old plan: ${w}`),
    ...b.warnings.map((w) => `new plan: ${w}`),
    ...(c.unitsCompared ? [] : ['one plan names no units as parsed; units are not compared']),
  ];
  const sections = [...new Set(c.entries.map((e) => level1(e.new ?? e.old)))];
  const units = [...new Set(c.entries.flatMap((e) => [...unitsOf(e.old), ...unitsOf(e.new)]))].sort();
  const id = `diff-${k}`;
  const rows: string[] = [];
  let section: string | null = null;
  for (const e of c.entries) {
    const s = level1(e.new ?? e.old);
    if (s !== section) {
      section = s;
      rows.push(`<tr class="section-head" data-section="${attr(s)}"><td colspan="3">${escapeHtml(s)}</td></tr>`);
    }
    rows.push(entryRow(e, s));
  }
  const option = (value: string, label = value): string => `<option value="${attr(value)}">${escapeHtml(label)}</option>`;
  return `<section>
<h1>${escapeHtml(describeInput(a))} → ${escapeHtml(describeInput(b))}</h1>
<p class="units">${escapeHtml(a.name)} → ${escapeHtml(b.name)}</p>
${warnings.map((w) => `<div class="warn">${escapeHtml(w)}</div>`).join('\n')}
<h2>Sections</h2>
<ul>${c.sections.map((s) => `<li>${escapeHtml(sectionLine(s))}</li>`).join('')}</ul>
<h2>Summary</h2>
<p>${DIFF_CLASSES.filter((x) => c.summary.classes[x])
    .map((x) => `<span class="cls cls-${x}">${x} ${c.summary.classes[x]}</span>`)
    .join(' ')}</p>
${c.summary.units.length > 0 ? `<details><summary>Units (${c.summary.units.length})</summary><ul>${c.summary.units.map((u) => `<li>${escapeHtml(unitLine(u))}</li>`).join('')}</ul>${c.summary.aliases.length > 0 ? `<p class="units">Treated as one unit: ${escapeHtml(c.summary.aliases.map((g) => g.join(' = ')).join('; '))}</p>` : ''}</details>` : ''}
<h2>Tasks</h2>
<form class="filters" data-table="${id}">
<label>class <select name="cls">${option('', 'all')}${DIFF_CLASSES.map((x) => option(x)).join('')}${option('possible', 'possible matches')}</select></label>
<label>unit <select name="unit">${option('', 'all')}${units.map((u) => option(u)).join('')}</select></label>
<label>section <select name="sec">${option('', 'all')}${sections.map((s) => option(s)).join('')}</select></label>
<label><input type="checkbox" name="all"> unchanged too</label>
<span class="count"></span>
</form>
<table class="diff" id="${id}">
<thead><tr><th>${escapeHtml(a.title ?? a.name)}</th><th></th><th>${escapeHtml(b.title ?? b.name)}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>`;
}

function entryRow(e: DiffEntry, section: string): string {
  const units = [...new Set([...unitsOf(e.old), ...unitsOf(e.new)])];
  const possible = e.possible && e.possible.length > 0;
  const classes = e.classes.map((c) => `<span class="cls cls-${c}">${c}</span>`).join(' ');
  const what = [
    classes,
    e.score === null ? '' : `<div class="units">score ${e.score.toFixed(2)}</div>`,
    e.partner
      ? `<div class="units">${e.kind === 'split' ? 'split from' : 'merged into'} the pair with ${escapeHtml(e.partner.id)}</div>`
      : '',
    e.dropped
      ? `<div>dropped: ${escapeHtml([...e.dropped.deadlines.map((d) => `deadline ${d}`), ...e.dropped.units.map((u) => `unit ${u}`)].join(', '))}</div>`
      : '',
    possible
      ? `<div class="possible-list">possible: ${e.possible!.map((p) => `${escapeHtml(p.id)} (${p.score.toFixed(2)})`).join(', ')}</div>`
      : '',
    e.units
      ? `<div class="units">units: ${escapeHtml([...e.units.leadsAdded.map((x) => `+${x} (lead)`), ...e.units.leadsRemoved.map((x) => `−${x} (lead)`), ...e.units.ownersAdded.map((x) => `+${x}`), ...e.units.ownersRemoved.map((x) => `−${x}`)].join(' '))}</div>`
      : '',
    e.scope
      ? `<div class="units">scope: ${escapeHtml(e.scope.old.join('、') || '—')} → ${escapeHtml(e.scope.new.join('、') || '—')}</div>`
      : '',
    e.deadlines
      ? `<div class="units">deadline: ${escapeHtml(e.deadlines.old.join('、') || '—')} → ${escapeHtml(e.deadlines.new.join('、') || '—')}</div>`
      : '',
  ].join('');
  const newCell = e.new ? (e.inline ? task(e.new, inline(e.inline)) : task(e.new)) : '';
  return `<tr class="entry${possible ? ' possible' : ''}" data-classes="${attr(e.classes.join(' '))}" data-units="${attr(units.join('|'))}" data-section="${attr(section)}"><td class="old">${e.old ? task(e.old) : ''}</td><td class="what">${what}</td><td class="new">${newCell}</td></tr>`;
}

function task(ref: TaskRef, body?: string): string {
  const units = [...ref.leads.map((u) => `${u} (牵头)`), ...ref.owners];
  return `<span class="id">${escapeHtml(ref.id)}</span>${body ?? escapeHtml(ref.text)}${units.length > 0 ? `<div class="units">${escapeHtml(units.join('、'))}</div>` : ''}${ref.deadlines.length > 0 ? `<div class="units">${escapeHtml(ref.deadlines.join('、'))}</div>` : ''}`;
}

function inline(parts: readonly InlinePart[]): string {
  return parts
    .map((p) =>
      p.op === 'equal'
        ? escapeHtml(p.text)
        : p.op === 'delete'
          ? `<del>${escapeHtml(p.text)}</del>`
          : `<ins>${escapeHtml(p.text)}</ins>`,
    )
    .join('');
}

function unitsOf(ref: TaskRef | null): string[] {
  return ref ? [...ref.leads, ...ref.owners] : [];
}

function attr(text: string): string {
  return escapeHtml(text).replace(/\n/g, ' ');
}
