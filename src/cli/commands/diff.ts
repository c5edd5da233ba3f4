import { examplesHelp, exitCodesHelp } from '../exit-codes.js';
import { Command, InvalidArgumentError, Option } from 'commander';
import { toYaml } from '../../register/yaml-write.js';
import * as path from 'node:path';
import { ExitCode, UsageError } from '../../core/errors.js';
import { DEFAULT_DIFF_OPTIONS, anyChange, diffRegisters, formatDiffHtml, formatDiffHuman, formatDiffMarkdown, formatStat, loadJiebaSegmenter, loadToSimplified, type DiffDeps, type NamedRegister } from '../../diff/index.js';
import { registerFromBytes } from '../../diff/read-input.js';
import type { CommandContext } from '../context.js';
import { asInputError, reportError } from '../context.js';
import { converted } from '../notice-input.js';
import { displayName, expandInputs, readInput } from '../files.js';
import { encodingOption } from '../options.js';
import { paintFor } from '../paint.js';

/** diff's own words for the user, in one place (for the message catalogue). */
const TEXT = {
  oneFile: 'each side of a diff must be one file, not a folder or a pattern',
  exitCodes: [
    [0, 'the comparison was made (with --exit-code: and nothing changed)'],
    [1, 'with --exit-code: something changed'],
    [2, 'an input could not be read (missing, unreadable, undecodable, a folder), or a usage error'],
  ] as const,
};

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
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number from 0 to 1');
  return n;
}

export function diffCommand(ctx: CommandContext, deps?: () => DiffDeps): Command {
  return new Command('diff')
    .description('align the tasks of two plans (or a series, oldest first): added, removed, reworded, moved, units and deadlines changed, split and merged')
    .argument('<old>', 'older plan: a notice (text or HTML) or a register (YAML/JSON)')
    .argument('<new...>', 'newer plan(s); with several, each is compared with the one before and the lineage of every task is shown')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['human', 'json', 'yaml', 'markdown', 'html']).default('human'))
    .option('--all', 'human, markdown: list unchanged pairs too')
    .option('--stat', 'print only the counts per class and per level-1 section')
    .option('--exit-code', 'exit 1 when anything changed (as git diff --exit-code)')
    .addOption(new Option('--min-score <n>', 'an assigned pair scoring at least this is matched').argParser(fraction).default(DEFAULT_DIFF_OPTIONS.minScore))
    .addOption(new Option('--mutual-score <n>', 'an assigned pair of mutual best candidates is matched from this score').argParser(fraction).default(DEFAULT_DIFF_OPTIONS.mutualScore))
    .addOption(new Option('--merge-score <n>', 'an unmatched task joins its best candidate as merged/split from this score').argParser(fraction).default(DEFAULT_DIFF_OPTIONS.mergeScore))
    .addOption(new Option('--possible-score <n>', 'candidates listed as possible matches of an added/removed task from this score').argParser(fraction).default(DEFAULT_DIFF_OPTIONS.possibleScore))
    .addOption(new Option('--reworded-below <n>', 'matched pairs whose text similarity is below this are reworded').argParser(fraction).default(DEFAULT_DIFF_OPTIONS.rewordedBelow))
    .addOption(encodingOption())
    .addHelpText('after', examplesHelp([
      ['workplan diff plan-2018.txt plan-2019.txt', 'what continues, changes, appears and goes'],
      ['workplan diff a.txt b.txt --format html > diff.html', 'side by side, filterable, in a browser'],
      ['workplan diff a.txt b.txt --stat --exit-code', 'counts only; exit 1 when anything changed'],
    ]))
    .addHelpText('after', exitCodesHelp(TEXT.exitCodes))
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
    if (errors.length > 0 || inputs.length !== 1 || (inputs[0].path !== null && inputs[0].name !== displayName(io.cwd, path.resolve(io.cwd, file)))) {
      for (const e of errors) reportError(ctx, e);
      if (errors.length === 0) reportError(ctx, new UsageError(TEXT.oneFile), file);
      return ExitCode.failure;
    }
    try {
      const bytes = await readInput(inputs[0], io.readStdin);
      named.push({ name: inputs[0].name, register: registerFromBytes(bytes, { name: inputs[0].name, encoding: flags.encoding, converted: await converted(bytes, inputs[0].name) }) });
    } catch (error) {
      reportError(ctx, asInputError(error, inputs[0].name));
      return ExitCode.failure;
    }
  }
  const options = { minScore: flags.minScore, mutualScore: flags.mutualScore, mergeScore: flags.mergeScore, possibleScore: flags.possibleScore, rewordedBelow: flags.rewordedBelow };
  const result = diffRegisters(named, options, deps ? deps() : { segmenter: loadJiebaSegmenter(), toSimplified: loadToSimplified() });
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
