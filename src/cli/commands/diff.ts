import { examplesHelp, exitCodesHelp } from '../exit-codes.js';
import { Command, InvalidArgumentError, Option } from 'commander';
import { toYaml } from '../../register/yaml-write.js';
import * as path from 'node:path';
import { ExitCode, UsageError } from '../../core/errors.js';
import {
  DEFAULT_DIFF_OPTIONS,
  anyChange,
  diffRegisters,
  formatDiffHtml,
  formatDiffHuman,
  formatDiffMarkdown,
  formatStat,
  loadJiebaSegmenter,
  loadToSimplified,
  type DiffDeps,
  type NamedRegister,
} from '../../diff/index.js';
import { registerFromBytes } from '../../diff/read-input.js';
import type { CommandContext } from '../context.js';
import { asInputError, messagesOf, reportError } from '../context.js';
import { converted } from '../notice-input.js';
import { displayName, expandInputs, readInput } from '../files.js';
import { encodingOption } from '../options.js';
import { paintFor } from '../paint.js';

type DiffFormat = 'human' | 'json' | 'yaml' | 'markdown' | 'html';

interface DiffFlags {
  format: DiffFormat;
  minScore: number;
  mutualScore: number;
  mergeScore: number;
  possibleScore: number;
  rewordedBelow: number;
  encoding?: string;
  all?: boolean;
  exitCode?: boolean;
  stat?: boolean;
}

/** A number in [0, 1] for a threshold option. */
export function fraction(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1)
    throw new InvalidArgumentError('expected a number from 0 to 1');
  return n;
}

export function diffCommand(ctx: CommandContext, deps?: () => DiffDeps): Command {
  const t = messagesOf(ctx);
  return new Command('diff')
    .description(t('cli.diff.summary'))
    .argument('<old>', t('cli.diff.old'))
    .argument('<new...>', t('cli.diff.new'))
    .addOption(
      new Option('-f, --format <format>', t('cli.diff.format'))
        .choices(['human', 'json', 'yaml', 'markdown', 'html'])
        .default('human'),
    )
    .option('--all', t('cli.diff.all'))
    .option('--stat', t('cli.diff.stat'))
    .option('--exit-code', t('cli.diff.exitCode'))
    .addOption(new Option('--min-score <n>', t('cli.diff.minScore')).argParser(fraction).default(DEFAULT_DIFF_OPTIONS.minScore))
    .addOption(
      new Option('--mutual-score <n>', t('cli.diff.mutualScore')).argParser(fraction).default(DEFAULT_DIFF_OPTIONS.mutualScore),
    )
    .addOption(
      new Option('--merge-score <n>', t('cli.diff.mergeScore')).argParser(fraction).default(DEFAULT_DIFF_OPTIONS.mergeScore),
    )
    .addOption(
      new Option('--possible-score <n>', t('cli.diff.possibleScore'))
        .argParser(fraction)
        .default(DEFAULT_DIFF_OPTIONS.possibleScore),
    )
    .addOption(
      new Option('--reworded-below <n>', t('cli.diff.rewordedBelow'))
        .argParser(fraction)
        .default(DEFAULT_DIFF_OPTIONS.rewordedBelow),
    )
    .addOption(encodingOption(t))
    .addHelpText(
      'after',
      examplesHelp(
        [
          ['workplan diff plan-2018.txt plan-2019.txt', t('cli.diff.example1')],
          ['workplan diff a.txt b.txt --format html > diff.html', t('cli.diff.example2')],
          ['workplan diff a.txt b.txt --stat --exit-code', t('cli.diff.example3')],
        ],
        t,
      ),
    )
    .addHelpText('after', exitCodesHelp(t, 'cli.exit.diff'))
    .action(async (oldFile: string, newFiles: string[], flags: DiffFlags) => {
      ctx.exit(await runDiff(ctx, [oldFile, ...newFiles], flags, deps));
    });
}

async function runDiff(ctx: CommandContext, files: string[], flags: DiffFlags, deps?: () => DiffDeps): Promise<number> {
  const { io } = ctx;
  const named: NamedRegister[] = [];
  for (const file of files) {
    // Each argument is one side: a folder or a missing file is an error, not a list of inputs.
    const { inputs, errors } = await expandInputs(io.cwd, [file], { defaultInclude: ['*'] });
    if (
      errors.length > 0 ||
      inputs.length !== 1 ||
      (inputs[0].path !== null && inputs[0].name !== displayName(io.cwd, path.resolve(io.cwd, file)))
    ) {
      for (const e of errors) reportError(ctx, e);
      if (errors.length === 0) reportError(ctx, new UsageError(messagesOf(ctx)('cli.diff.oneFile')), file);
      return ExitCode.failure;
    }
    try {
      const bytes = await readInput(inputs[0], io.readStdin);
      named.push({
        name: inputs[0].name,
        register: registerFromBytes(bytes, {
          name: inputs[0].name,
          encoding: flags.encoding,
          converted: await converted(bytes, inputs[0].name),
        }),
      });
    } catch (error) {
      reportError(ctx, asInputError(error, inputs[0].name));
      return ExitCode.failure;
    }
  }
  const options = {
    minScore: flags.minScore,
    mutualScore: flags.mutualScore,
    mergeScore: flags.mergeScore,
    possibleScore: flags.possibleScore,
    rewordedBelow: flags.rewordedBelow,
  };
  const result = diffRegisters(
    named,
    options,
    deps ? deps() : { segmenter: loadJiebaSegmenter(), toSimplified: loadToSimplified() },
  );
  const code = flags.exitCode && anyChange(result) ? ExitCode.findings : ExitCode.ok;
  if (flags.stat) {
    io.stdout.write(formatStat(result));
    return code;
  }
  switch (flags.format) {
    case 'json':
      io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      break;
    case 'yaml':
      io.stdout.write(toYaml(result));
      break;
    case 'markdown':
      io.stdout.write(formatDiffMarkdown(result, { all: flags.all }));
      break;
    case 'html':
      io.stdout.write(formatDiffHtml(result));
      break;
    default:
      io.stdout.write(formatDiffHuman(result, { paint: await paintFor(io.stdout, io, ctx.color), all: flags.all }));
  }
  return code;
}
