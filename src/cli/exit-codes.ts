export { ExitCode } from '../core/errors.js';

/** Shown in every command's --help (textlint style). */
export const exitCodeHelp = `
Exit codes:
  0  success: no findings at error severity
  1  findings at error severity (lint, validate), or more warnings than --max-warnings
  2  the tool could not do its job for at least one input: usage, unreadable or
     undecodable input, bad config, or an internal error`;
