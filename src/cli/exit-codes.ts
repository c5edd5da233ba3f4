export { ExitCode } from '../core/errors.js';
import { displayWidth } from '../core/display-width.js';

/** Shown in lint's and validate's --help (textlint style): the commands that report findings. */
export const exitCodeHelp = `
Exit codes:
  0  success: no findings at error severity
  1  findings at error severity (lint, validate), or more warnings than --max-warnings
  2  the tool could not do its job for at least one input: usage, unreadable or
     undecodable input, bad config, or an internal error`;

/** parse and clean report no findings: they succeed or fail per input. */
export const noticeExitCodeHelp = `
Exit codes:
  0  every input was read and written
  2  at least one input could not be read, decoded or written (the others are still
     done), or a usage error`;

/** An --help block of examples, one command and what it does per line, aligned in terminal columns. */
export function examplesHelp(examples: readonly (readonly [string, string])[]): string {
  const width = examples.reduce((w, [cmd]) => Math.max(w, displayWidth(cmd)), 0);
  return `\nExamples:\n${examples.map(([cmd, what]) => `  $ ${cmd}${' '.repeat(width - displayWidth(cmd))}  # ${what}`).join('\n')}`;
}
