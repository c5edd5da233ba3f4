export { ExitCode } from '../core/errors.js';
import { displayWidth } from '../core/display-width.js';
import { translator, type MessageId, type Translate } from '../i18n/catalogue.js';

const english = translator('en');

/** An --help block of exit codes (`which`: the catalogue's list for the command). */
export function exitCodesHelp(t: Translate, which: Extract<MessageId, `cli.exit.${string}`>): string {
  return `\n${t('cli.help.exitCodes')}\n${t(which)}`;
}

/** Shown in `workplan --help`: every code any command returns; each command's help lists its own. */
export const exitCodeHelp = (t: Translate = english): string => exitCodesHelp(t, 'cli.exit.all');

/** parse and clean report no findings: they succeed or fail per input. */
export const noticeExitCodeHelp = (t: Translate = english): string => exitCodesHelp(t, 'cli.exit.notices');

/** An --help block of examples, one command and what it does per line, aligned in terminal columns. */
export function examplesHelp(examples: readonly (readonly [string, string])[], t: Translate = english): string {
  const width = examples.reduce((w, [cmd]) => Math.max(w, displayWidth(cmd)), 0);
  return `\n${t('cli.help.examples')}\n${examples.map(([cmd, what]) => `  $ ${cmd}${' '.repeat(width - displayWidth(cmd))}  # ${what}`).join('\n')}`;
}
