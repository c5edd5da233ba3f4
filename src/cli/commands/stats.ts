import { examplesHelp, exitCodesHelp } from '../exit-codes.js';
import { Command, Option } from 'commander';
import { ExitCode } from '../../core/errors.js';
import type { Register } from '../../core/register.js';
import { loadToSimplified, normalizeUnit } from '../../diff/index.js';
import { registerFromBytes } from '../../diff/read-input.js';
import { computeStats, formatStatsCsv, formatStatsTable } from '../../stats/index.js';
import type { CommandContext } from '../context.js';
import { converted } from '../notice-input.js';
import { inputsOf } from '../files.js';
import { forEachInput } from '../each-input.js';
import { encodingOption, excludeOption, NOTICE_FILES, stdinFilenameOption } from '../options.js';

/** stats' own words for the user, in one place (for the message catalogue). */
const TEXT = {
  exitCodes: [
    [0, 'counted every input'],
    [2, 'at least one input could not be read (missing, unreadable, undecodable, a glob matching\nnothing; the others are still counted), or a usage error'],
  ] as const,
};

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
  return new Command('stats')
    .description('count documents, tasks, tasks per lead and responsible unit, per year and issuer, deadlines per month and tasks without units')
    .argument('[files...]', 'notices or registers (YAML/JSON), folders, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .addOption(encodingOption())
    .addOption(new Option('--include <glob...>', `when walking folders, take files matching these globs (default: ${NOTICE_FILES.join(' ')})`))
    .addOption(new Option('--registers', `when walking folders, take registers too (${REGISTER_FILES.join(' ')})`))
    .addOption(excludeOption())
    .addOption(stdinFilenameOption())
    .addHelpText('after', examplesHelp([
      ['workplan stats archive/', 'a folder of notices at a glance'],
      ['workplan stats archive/ --registers --format csv > stats.csv', 'registers too, for a spreadsheet'],
    ]))
    .addHelpText('after', exitCodesHelp(TEXT.exitCodes))
    .action(async (files: string[], flags: StatsFlags) => {
      ctx.exit(await runStats(ctx, files, flags, toSimplified));
    });
}

async function runStats(ctx: CommandContext, files: string[], flags: StatsFlags, toSimplified: () => (text: string) => string): Promise<number> {
  const { io } = ctx;
  const defaultInclude = flags.registers ? [...NOTICE_FILES, ...REGISTER_FILES] : NOTICE_FILES;
  const expanded = await inputsOf(io.cwd, files, { include: flags.include, exclude: flags.exclude, defaultInclude, stdinName: flags.stdinFilename });
  const registers: Register[] = [];
  const failures = await forEachInput(ctx, expanded, async (input, bytes) => {
    registers.push(registerFromBytes(bytes, { name: input.name, encoding: flags.encoding, converted: await converted(bytes, input.name) }));
  });
  const convert = toSimplified();
  const stats = computeStats(registers, (name) => normalizeUnit(convert(name)));
  if (flags.format === 'json') io.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
  else if (flags.format === 'csv') io.stdout.write(formatStatsCsv(stats));
  else io.stdout.write(formatStatsTable(stats));
  return failures.length > 0 ? ExitCode.failure : ExitCode.ok;
}
