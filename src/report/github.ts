import type { FileResult, ReportOptions } from './types.js';
import { escapeControls } from '../core/terminal-text.js';

/**
 * GitHub Actions workflow commands, one per message:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`. Columns only for a
 * range on one line: GitHub ignores (or misplaces) col/endColumn when line and endLine differ.
 * `file` is as the results name it; the CLI makes it relative to the workspace.
 */
export function github(results: readonly FileResult[], _options?: ReportOptions): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const m of result.messages) {
      const command = m.severity === 'error' ? 'error' : m.severity === 'warning' ? 'warning' : 'notice';
      const props: [string, string | number][] = [['file', result.file]];
      if (m.position) {
        const { start, end } = m.position;
        props.push(['line', start.line]);
        if (start.line === end.line) props.push(['col', start.column]);
        props.push(['endLine', end.line]);
        if (start.line === end.line) props.push(['endColumn', end.column]);
      }
      props.push(['title', m.ruleId]);
      lines.push(`::${command} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(m.reason)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/**
 * Message text: % first, then the line breaks (actions/toolkit escapeData); other control
 * characters from the input are shown escaped, not sent to the log's terminal.
 */
export function escapeData(text: string): string {
  return escapeControls(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Property values: as data, plus `:` and `,`, which separate properties (actions/toolkit escapeProperty). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
