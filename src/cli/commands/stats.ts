import { examplesHelp, exitCodesHelp } from '../exit-codes.js';
import { Command, Option } from 'commander';
import { ExitCode } from '../../core/errors.js';
import type { Register } from '../../core/register.js';
import { loadToSimplified, normalizeUnit } from '../../diff/index.js';
import { registerFromBytes } from '../../diff/read-input.js';
import { computeStats, formatStatsCsv, formatStatsTable } from '../../stats/index.js';
import { messagesOf, type CommandContext } from '../context.js';
import { converted } from '../notice-input.js';
import { inputsOf } from '../files.js';
import { forEachInput } from '../each-input.js';
import { encodingOption, excludeOption, includeOption, NOTICE_FILES, stdinFilenameOption } from '../options.js';

type StatsFormat = 'table' | 'json' | 'csv';

interface StatsFlags {
  format: StatsFormat;
  encoding?: string;
  include?: string[];
  exclude?: string[];
  registers?: boolean;
  stdinFilename?: string;
}

/**
 * Folders are walked for notices only: a folder often holds notices beside their registers (and diff
 * alignments), and counting both would count every plan twice. --registers walks for registers too;
 * a file named on the command line is read whatever it is.
 */
const REGISTER_FILES = ['*.yaml', '*.yml', '*.json'];

export function statsCommand(ctx: CommandContext, toSimplified: () => (text: string) => string = loadToSimplified): Command {
  const t = messagesOf(ctx);
  return new Command('stats')
    .description(t('cli.stats.summary'))
    .argument('[files...]', t('cli.stats.arg'))
    .addOption(new Option('-f, --format <format>', t('cli.stats.format')).choices(['table', 'json', 'csv']).default('table'))
    .addOption(encodingOption(t))
    .addOption(includeOption(t, NOTICE_FILES))
    .addOption(new Option('--registers', t('cli.stats.registers', { globs: REGISTER_FILES.join(' ') })))
    .addOption(excludeOption(t))
    .addOption(stdinFilenameOption(t))
    .addHelpText(
      'after',
      examplesHelp(
        [
          ['workplan stats archive/', t('cli.stats.example1')],
          ['workplan stats archive/ --registers --format csv > stats.csv', t('cli.stats.example2')],
        ],
        t,
      ),
    )
    .addHelpText('after', exitCodesHelp(t, 'cli.exit.stats'))
    .action(async (files: string[], flags: StatsFlags) => {
      ctx.exit(await runStats(ctx, files, flags, toSimplified));
    });
}

async function runStats(
  ctx: CommandContext,
  files: string[],
  flags: StatsFlags,
  toSimplified: () => (text: string) => string,
): Promise<number> {
  const { io } = ctx;
  const defaultInclude = flags.registers ? [...NOTICE_FILES, ...REGISTER_FILES] : NOTICE_FILES;
  const expanded = await inputsOf(io.cwd, files, {
    include: flags.include,
    exclude: flags.exclude,
    defaultInclude,
    stdinName: flags.stdinFilename,
  });
  const registers: Register[] = [];
  const failures = await forEachInput(ctx, expanded, async (input, bytes) => {
    registers.push(
      registerFromBytes(bytes, { name: input.name, encoding: flags.encoding, converted: await converted(bytes, input.name) }),
    );
  });
  const convert = toSimplified();
  const stats = computeStats(registers, (name) => normalizeUnit(convert(name)));
  if (flags.format === 'json') io.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
  else if (flags.format === 'csv') io.stdout.write(formatStatsCsv(stats));
  else io.stdout.write(formatStatsTable(stats));
  return failures.length > 0 ? ExitCode.failure : ExitCode.ok;
}
