import type { Message } from '../core/message.js';
import { countProblems, type FileResult, type ReportOptions } from './types.js';
import { maxOf } from '../core/arrays.js';
import { escapeControls } from '../core/terminal-text.js';
import { displayWidth } from '../core/display-width.js';

/**
 * For people at a terminal (ESLint's stylish): the file name, then one aligned row per message,
 * `line:col  severity  message  rule-id`, and a summary line. Nothing at all when there is nothing.
 */
export function stylish(results: readonly FileResult[], { paint }: ReportOptions): string {
  const { errors, warnings, infos } = countProblems(results);
  const total = errors + warnings + infos;
  if (total === 0) return '';
  const blocks: string[] = [];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const rows = result.messages.map((m) => ({
      at: where(m),
      severity: severityWord(m),
      reason: escapeControls(oneLine(m.reason)),
      rule: escapeControls(m.ruleId),
      m,
    }));
    const atWidth = maxOf(rows.map((r) => r.at.length));
    const sevWidth = maxOf(rows.map((r) => r.severity.length));
    const reasonWidth = maxOf(rows.map((r) => displayWidth(r.reason)));
    const lines = rows.map((r) => {
      const sev = r.severity.padEnd(sevWidth);
      const coloured =
        r.m.severity === 'error' ? paint.red(sev) : r.m.severity === 'warning' ? paint.yellow(sev) : paint.dim(sev);
      const pad = ' '.repeat(Math.max(0, reasonWidth - displayWidth(r.reason)));
      return `  ${paint.dim(r.at.padStart(atWidth))}  ${coloured}  ${r.reason}${pad}  ${paint.dim(r.rule)}`;
    });
    blocks.push(`${paint.underline(escapeControls(result.file))}\n${lines.join('\n')}\n`);
  }
  const summary = `✖ ${total} ${plural(total, 'problem')} (${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')}${infos ? `, ${infos} ${plural(infos, 'note')}` : ''})`;
  const colour = errors > 0 ? paint.red : warnings > 0 ? paint.yellow : paint.dim;
  return `\n${blocks.join('\n')}\n${paint.bold(colour(summary))}\n`;
}

function where(m: Message): string {
  return m.position ? `${m.position.start.line}:${m.position.start.column}` : '0:0';
}

function severityWord(m: Message): string {
  return m.severity === 'info' ? 'note' : m.severity;
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
