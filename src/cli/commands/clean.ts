import { type Command, Option } from 'commander';
import { messagesOf, type CommandContext } from '../context.js';
import { formatStripped } from '../../report/stripped.js';
import type { CleanJobFormat } from '../batch/types.js';
import { noticeCommand, runNoticeBatch, type NoticeFlags } from '../notice-command.js';

export { cleanJson, cleanPlainText as cleanText } from './clean-output.js';

interface CleanFlags extends NoticeFlags {
  format: CleanJobFormat;
  explain?: boolean;
}

export function cleanCommand(ctx: CommandContext): Command {
  const t = messagesOf(ctx);
  return noticeCommand(
    'clean',
    t('cli.clean.summary'),
    new Option('-f, --format <format>', t('cli.clean.format')).choices(['text', 'json', 'jsonl']).default('text'),
    [new Option('--explain', t('cli.clean.explain'))],
    [
      ['workplan clean notice.html', t('cli.clean.example1')],
      ['workplan clean notice.txt --explain > clean.txt', t('cli.clean.example2')],
      ['workplan clean notices/ --format jsonl', t('cli.clean.example3')],
    ],
    t,
  ).action(async (files: string[], flags: CleanFlags) => {
    ctx.exit(await runClean(ctx, files, flags));
  });
}

function runClean(ctx: CommandContext, files: string[], flags: CleanFlags): Promise<number> {
  return runNoticeBatch(ctx, files, flags, () => ({
    work: { kind: 'clean', format: flags.format, script: flags.script, encoding: flags.encoding },
    frame: flags.format === 'json' ? 'json-indented' : flags.format,
    onOutput: (input, result, framer, out) => {
      if (flags.explain && result.stripped) out.io.stderr.write(formatStripped(input.name, result.stripped, ctx.errPaint));
      framer.item(result.output, input.name);
      return true;
    },
  }));
}
