import { type Command, Option } from 'commander';
import type { CommandContext } from '../context.js';
import { formatStripped } from '../../report/stripped.js';
import type { CleanJobFormat } from '../batch/types.js';
import { noticeCommand, runNoticeBatch, type NoticeFlags } from '../notice-command.js';

export { cleanJson, cleanPlainText as cleanText } from './clean-output.js';

interface CleanFlags extends NoticeFlags {
  format: CleanJobFormat;
  explain?: boolean;
}

export function cleanCommand(ctx: CommandContext): Command {
  return noticeCommand(
    'clean',
    'decode, strip web debris and spam, normalise, and print the clean text of notices',
    new Option('-f, --format <format>', 'output format (jsonl: one JSON object per input and line)').choices(['text', 'json', 'jsonl']).default('text'),
    [new Option('--explain', 'print every stripped line with its reason to stderr')],
    [
      ['workplan clean notice.html', 'the notice as clean text'],
      ['workplan clean notice.txt --explain > clean.txt', 'and every stripped line with its reason on stderr'],
      ['workplan clean notices/ --format jsonl', 'a folder, one JSON object per notice'],
    ],
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
