import type { Paint } from '../core/paint.js';
import type { StrippedLine } from '../core/register.js';
import { escapeControls } from '../core/terminal-text.js';

/** The clean audit for people: `file:line  rule  reason` then the removed text, indented. */
export function formatStripped(file: string, stripped: readonly StrippedLine[], paint: Paint): string {
  if (stripped.length === 0) return '';
  const name = escapeControls(file);
  const rows = stripped.map((s) => {
    const text = escapeControls(s.text.length > 120 ? `${s.text.slice(0, 119)}…` : s.text);
    return `${paint.dim(`${name}:${s.line}`)}  ${paint.yellow(s.rule)}  ${escapeControls(s.reason)}\n    ${paint.cyan(text)}\n`;
  });
  return `${rows.join('')}${paint.dim(`${name}: ${stripped.length} stripped`)}\n`;
}
