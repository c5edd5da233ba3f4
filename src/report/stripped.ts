import type { Paint } from '../core/paint.js';
import type { StrippedLine } from '../core/register.js';

/** The clean audit for people: `file:line  rule  reason` then the removed text, indented. */
export function formatStripped(file: string, stripped: readonly StrippedLine[], paint: Paint): string {
  if (stripped.length === 0) return '';
  const rows = stripped.map((s) => {
    const text = s.text.length > 120 ? `${s.text.slice(0, 119)}…` : s.text;
    return `${paint.dim(`${file}:${s.line}`)}  ${paint.yellow(s.rule)}  ${s.reason}\n    ${paint.cyan(text)}\n`;
  });
  return `${rows.join('')}${paint.dim(`${file}: ${stripped.length} stripped`)}\n`;
}
