export { ExitCode } from '../core/errors.js';
import { displayWidth } from '../core/display-width.js';

/** Shown in `workplan --help`: every code any command returns; each command's help lists its own. */
export const exitCodeHelp = `
Exit codes:
  0  success: no findings at error severity
  1  findings at error severity (lint, validate), more warnings than --max-warnings (lint),
     or with --exit-code: the plans differ (diff)
  2  the tool could not do its job for at least one input: usage, unreadable or
     undecodable input, a file of the wrong kind, bad config, or an internal error`;

/** One command's exit codes for its --help, each with what it means for that command. */
export function exitCodesHelp(codes: readonly (readonly [number, string])[]): string {
  return `\nExit codes:\n${codes.map(([code, what]) => `  ${code}  ${what.replace(/\n/g, '\n     ')}`).join('\n')}`;
}

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
