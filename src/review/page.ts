/**
 * The review page (`parse --format html`): one self-contained HTML file for checking a register
 * against its notice in a minute. Left, the text the register's positions refer to, line by line:
 * every task marked where it starts and numbered as in the table, its leads and owners marked in
 * the text, stripped lines and fragments struck through with their reasons, warnings beside their
 * lines. Right, the task table; a click on a row scrolls to the task's source. No network: the
 * styles and the script are inline, and nothing is loaded.
 */
import type { Register, RegisterDocument, Task } from '../core/register.js';
import { taskTableRows, LIST_SEPARATOR } from '../register/index.js';
import { foldWidthText as foldWidth } from '../core/zh/index.js';
import { escapeHtml } from '../core/escape-html.js';
import { escapeControls } from '../core/terminal-text.js';
import type { Lang } from '../i18n/catalogue.js';
import { explainStripped, explainWarning } from '../i18n/explain.js';

/** How far below its first line a task's units are looked for (a table row flattened one cell per line). */
const UNIT_LINES = 12;

type Kind = 'lead' | 'owner' | 'stripped';

interface Span {
  readonly start: number;
  readonly end: number;
  readonly kind: Kind;
  readonly note: string;
}

interface Anchor {
  /** UTF-16 offset in the line where the task starts. */
  readonly at: number;
  readonly id: string;
  readonly label: string;
}

interface LineMarks {
  spans: Span[];
  anchors: Anchor[];
  /** The whole line was stripped: its rules and reasons. */
  stripped: string[];
  warnings: string[];
}

/** Control characters (escape sequences from a hostile input) shown escaped, line breaks kept (cells wrap on them). */
const visible = (text: string): string => text.split('\n').map(escapeControls).join('\n');

/** Element id of a task's anchor. */
export const taskAnchor = (doc: RegisterDocument, task: Task): string => `t${doc.index}-${task.id}`;

function marksOf(lines: readonly string[]): LineMarks[] {
  return lines.map(() => ({ spans: [], anchors: [], stripped: [], warnings: [] }));
}

/** Offsets of `needle` in `hay`, compared with full/half width folded (folding keeps lengths). */
function findFolded(hay: string, needle: string, from: number): number {
  return needle === '' ? -1 : foldWidth(hay).indexOf(foldWidth(needle), from);
}

function markStripped(register: Register, lines: readonly string[], marks: LineMarks[], lang: Lang): void {
  for (const s of register.stripped) {
    const line = lines[s.line - 1];
    if (line === undefined) continue;
    const note = `${s.rule}: ${explainStripped(s.rule, s.reason, lang)}`;
    const at = line.trim() === s.text.trim() ? -1 : findFolded(line, s.text, 0);
    if (at < 0) marks[s.line - 1].stripped.push(note);
    else marks[s.line - 1].spans.push({ start: at, end: at + s.text.length, kind: 'stripped', note });
  }
}

function markTasks(register: Register, lines: readonly string[], marks: LineMarks[]): void {
  for (const doc of register.documents) {
    const starts = doc.tasks.map((t) => [t.line, t.column - 1] as const);
    doc.tasks.forEach((task, i) => {
      const m = marks[task.line - 1];
      if (!m) return;
      m.anchors.push({ at: Math.max(0, task.column - 1), id: taskAnchor(doc, task), label: task.id });
      // Units are marked between this task's start and the next one's.
      const [endLine, endColumn] = starts[i + 1] ?? [Math.min(lines.length, task.line + UNIT_LINES), Infinity];
      const units: [string, Kind][] = [
        ...task.leads.map((u): [string, Kind] => [u, 'lead']),
        ...task.owners.map((u): [string, Kind] => [u, 'owner']),
      ];
      for (const [unit, kind] of units) {
        for (let l = task.line; l <= Math.min(endLine, task.line + UNIT_LINES); l++) {
          const text = lines[l - 1] ?? '';
          const from = l === task.line ? task.column - 1 : 0;
          const at = findFolded(text, unit, from);
          const limit = l === endLine ? endColumn : Infinity;
          if (at >= 0 && at < limit) {
            marks[l - 1].spans.push({
              start: at,
              end: at + unit.length,
              kind,
              note: kind === 'lead' ? `牵头单位 ${task.id}` : `责任单位 ${task.id}`,
            });
            break;
          }
        }
      }
    });
  }
}

/** One line's HTML: its text with anchors inserted and spans wrapped; overlapping spans after the first are dropped. */
function lineHtml(text: string, m: LineMarks): string {
  const spans = m.spans.toSorted((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const s of spans) if (kept.length === 0 || s.start >= kept[kept.length - 1].end) kept.push(s);
  const anchors = m.anchors.toSorted((a, b) => a.at - b.at);
  let out = '';
  let pos = 0;
  let a = 0;
  const plain = (until: number): void => {
    while (a < anchors.length && anchors[a].at <= until) {
      const anchor = anchors[a++];
      if (anchor.at > pos) out += escapeHtml(visible(text.slice(pos, anchor.at)));
      pos = Math.max(pos, anchor.at);
      out += `<a class="task" id="${escapeHtml(anchor.id)}" href="#row-${escapeHtml(anchor.id)}">${escapeHtml(anchor.label)}</a>`;
    }
    if (until > pos) out += escapeHtml(visible(text.slice(pos, until)));
    pos = Math.max(pos, until);
  };
  for (const s of kept) {
    plain(s.start);
    const tag = s.kind === 'stripped' ? 'del' : 'mark';
    out += `<${tag} class="${s.kind}" title="${escapeHtml(s.note)}">${escapeHtml(visible(text.slice(Math.max(pos, s.start), s.end)))}</${tag}>`;
    pos = Math.max(pos, s.end);
  }
  plain(text.length);
  return out;
}

function markWarnings(register: Register, marks: LineMarks[], lang: Lang): void {
  for (const w of register.warnings) marks[w.line - 1]?.warnings.push(`${w.code}: ${explainWarning(w.code, w.message, lang)}`);
}

function sourcePane(register: Register, sourceText: string, lang: Lang): string {
  const lines = sourceText.split(/\r\n|\r|\n/);
  const marks = marksOf(lines);
  markStripped(register, lines, marks, lang);
  markTasks(register, lines, marks);
  markWarnings(register, marks, lang);
  const rows = lines.map((text, i) => {
    const m = marks[i];
    const classes = [
      m.stripped.length > 0 ? 'stripped' : '',
      m.anchors.length > 0 ? 'has-task' : '',
      m.warnings.length > 0 ? 'has-warning' : '',
    ]
      .filter(Boolean)
      .join(' ');
    const notes = [
      ...m.stripped.map((n) => `<span class="note stripped-note">${escapeHtml(visible(n))}</span>`),
      ...m.warnings.map((n) => `<span class="note warning-note">${escapeHtml(visible(n))}</span>`),
    ].join('');
    const body = m.stripped.length > 0 ? `<del>${escapeHtml(visible(text))}</del>` : lineHtml(text, m);
    return `<li id="L${i + 1}"${classes ? ` class="${classes}"` : ''}><span class="ln">${i + 1}</span><span class="tx">${body}</span>${notes}</li>`;
  });
  return `<ol class="source">${rows.join('\n')}</ol>`;
}

function taskTable(register: Register): string {
  const several = register.documents.length > 1;
  const body = register.documents.flatMap((doc) =>
    taskTableRows(doc).map((row, i) => {
      const task = doc.tasks[i];
      const id = taskAnchor(doc, task);
      const cells = [
        row.id,
        row.section,
        row.text,
        row.leads.split(LIST_SEPARATOR).join('\n'),
        row.owners.split(LIST_SEPARATOR).join('\n'),
        row.deadlines,
        String(row.line),
      ];
      const docCell = several ? `<td>${doc.index}</td>` : '';
      return `<tr id="row-${escapeHtml(id)}" data-target="${escapeHtml(id)}" tabindex="0">${docCell}${cells.map((c) => `<td>${escapeHtml(visible(c))}</td>`).join('')}</tr>`;
    }),
  );
  const columns: [string, string][] = [
    ...(several ? [['文档', '3em'] as [string, string]] : []),
    ['编号', '4.5em'],
    ['章节', '9em'],
    ['工作任务', 'auto'],
    ['牵头单位', '7em'],
    ['责任单位', '8em'],
    ['完成时限', '6em'],
    ['行号', '3em'],
  ];
  const head = `<colgroup>${columns.map(([, w]) => `<col style="width:${w}">`).join('')}</colgroup><thead><tr>${columns.map(([h]) => `<th>${h}</th>`).join('')}</tr></thead>`;
  const empty =
    body.length === 0 ? '<p class="empty">没有任务 (no tasks): the plan may be an attachment that is not in this file.</p>' : '';
  return `${empty}<table class="tasks">${head}<tbody>${body.join('\n')}</tbody></table>`;
}

function summary(register: Register): string {
  const docs = register.documents
    .map((d) => {
      const facts = [d.notice?.docNumber, d.date, d.issuer]
        .filter((x): x is string => Boolean(x))
        .map((x) => escapeHtml(visible(x)));
      return `<h1>${escapeHtml(visible(d.title ?? d.notice?.title ?? '(无标题)'))}</h1><p class="facts">${facts.join(' · ')} · ${d.tasks.length} 项任务</p>`;
    })
    .join('');
  const counts = `${register.stripped.length} 处删除 · ${register.warnings.length} 条警告 · <mark class="lead">牵头单位</mark> <mark class="owner">责任单位</mark> <del>删除内容</del>`;
  return `<header>${docs || '<h1>(无文档)</h1>'}<p class="facts">${escapeHtml(visible(register.source.path ?? '<stdin>'))} · ${counts}</p></header>`;
}

const STYLE = `
body{margin:0;font:14px/1.6 system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1f2328}
header{padding:8px 16px;border-bottom:1px solid #d0d7de;background:#f6f8fa}
h1{font-size:18px;margin:4px 0}.facts{margin:2px 0;color:#57606a}
main{display:flex;height:calc(100vh - var(--head,90px))}
section{overflow:auto;padding:0 8px}.left{flex:1 1 50%;border-right:1px solid #d0d7de}.right{flex:1 1 50%}
ol.source{list-style:none;margin:0;padding:8px 0}ol.source li{display:grid;grid-template-columns:3em 1fr;column-gap:8px;padding:1px 4px;white-space:pre-wrap;word-break:break-all}
.ln{color:#8c959f;text-align:right;user-select:none}.tx{grid-column:2}
li.stripped .tx{color:#8c959f}li.has-task{background:#fffbe6}li.flash{outline:2px solid #0969da;background:#ddf4ff}
a.task{display:inline-block;font-size:11px;padding:0 4px;margin-right:2px;border-radius:8px;background:#0969da;color:#fff;text-decoration:none}
a.task.flash{background:#cf222e}
mark.lead{background:#ffd8b5}mark.owner{background:#c8f0c8}del{color:#8c959f}
.note{grid-column:2;justify-self:start;font-size:12px;border-radius:4px;padding:0 4px;margin:1px 0}.stripped-note{background:#eaeef2;color:#57606a}.warning-note{background:#fff1c2;color:#7d4e00}
table.tasks{border-collapse:collapse;width:100%;table-layout:fixed;font-size:13px}th,td{border:1px solid #d0d7de;padding:2px 6px;vertical-align:top;white-space:pre-wrap}
thead th{position:sticky;top:0;background:#f6f8fa}tbody tr{cursor:pointer}tbody tr:hover,tbody tr.current{background:#ddf4ff}
.empty{padding:8px;background:#fff1c2}
`;

/** Click (or Enter) on a row: scroll the task's anchor into view and flash its line. */
const SCRIPT = `
(function(){
  var head=document.querySelector('header');
  document.documentElement.style.setProperty('--head',head.offsetHeight+'px');
  function show(id){
    var a=document.getElementById(id);if(!a)return;
    var li=a.closest('li');
    document.querySelectorAll('.flash').forEach(function(e){e.classList.remove('flash')});
    document.querySelectorAll('tr.current').forEach(function(e){e.classList.remove('current')});
    var row=document.getElementById('row-'+id);if(row)row.classList.add('current');
    a.classList.add('flash');if(li)li.classList.add('flash');
    a.scrollIntoView({block:'center'});
  }
  document.querySelectorAll('tr[data-target]').forEach(function(tr){
    tr.addEventListener('click',function(){show(tr.dataset.target)});
    tr.addEventListener('keydown',function(e){if(e.key==='Enter')show(tr.dataset.target)});
  });
  document.querySelectorAll('a.task').forEach(function(a){
    a.addEventListener('click',function(e){e.preventDefault();var row=document.getElementById('row-'+a.id);if(row){row.scrollIntoView({block:'center'});row.classList.add('current')}});
  });
})();
`;

/** The review page of a register and the text its positions refer to (the pipeline's sourceText); `lang`: of the notes on stripped lines and warnings. */
export function reviewPage(register: Register, sourceText: string, options: { readonly lang?: Lang } = {}): string {
  const title = escapeHtml(visible(register.documents[0]?.title ?? register.source.path ?? 'workplan'));
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${title} · workplan review</title><style>${STYLE}</style></head>
<body>${summary(register)}
<main><section class="left" aria-label="原文">${sourcePane(register, sourceText, options.lang ?? 'en')}</section>
<section class="right" aria-label="任务分解表">${taskTable(register)}</section></main>
<script>${SCRIPT}</script></body></html>
`;
}
