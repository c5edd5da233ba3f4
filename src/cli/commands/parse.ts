import { Command, Option } from 'commander';
import * as path from 'node:path';
import type { OutputScript } from '../../pipeline.js';
import type { Register } from '../../core/register.js';
import { ExitCode, UsageError } from '../../core/errors.js';
import type { CommandContext } from '../context.js';
import { reportError } from '../context.js';
import { expandInputs, outputPathFor, STDIN, writeOutput } from '../files.js';
import { encodingOption, excludeOption, includeOption, NOTICE_FILES, scriptOption } from '../options.js';
import { exitCodeHelp } from '../exit-codes.js';
import { createProgress } from '../progress.js';
import { deserializeError } from '../batch/errors.js';
import { defaultJobs, jobsOption } from '../batch/jobs-option.js';
import { formatSummary, runBatch } from '../batch/run-batch.js';
import type { ParseJobFormat } from '../batch/types.js';
import { StreamFramer, writeChunk } from '../batch/framer.js';

/** xlsx is written from the JSON register after the batch: a workbook is bytes, built with exceljs in this thread. */
type ParseFormat = ParseJobFormat | 'xlsx';

interface ParseFlags {
  format: ParseFormat;
  script: OutputScript;
  encoding?: string;
  out?: string;
  force?: boolean;
  include?: string[];
  exclude?: string[];
  jobs?: number;
}

const EXTENSIONS: Record<ParseFormat, string> = {
  yaml: '.register.yaml',
  json: '.register.json',
  jsonl: '.register.json',
  csv: '.tasks.csv',
  xlsx: '.tasks.xlsx',
};

export function parseCommand(ctx: CommandContext): Command {
  return new Command('parse')
    .description('segment notices into documents, sections and tasks with their units and deadlines, and print the validated task register')
    .argument('[files...]', 'notices (text or HTML, any common encoding), folders, or - for standard input')
    .addOption(
      new Option(
        '-f, --format <format>',
        "register format (jsonl: one register per line; csv: the clerk's task table, UTF-8 with BOM; xlsx: the clerk's workbook, needs --out)",
      )
        .choices(['yaml', 'json', 'jsonl', 'csv', 'xlsx'])
        .default('yaml'),
    )
    .addOption(scriptOption())
    .addOption(encodingOption())
    .option('-o, --out <path>', 'write one register per input into this folder instead of standard output (xlsx with one input: the workbook file)')
    .option('--force', 'replace existing output files')
    .addOption(includeOption())
    .addOption(excludeOption())
    .addOption(jobsOption())
    .addHelpText('after', exitCodeHelp)
    .action(async (files: string[], flags: ParseFlags) => {
      ctx.exit(await runParse(ctx, files, flags));
    });
}

async function runParse(ctx: CommandContext, files: string[], flags: ParseFlags): Promise<number> {
  const started = performance.now();
  const { io } = ctx;
  const { inputs, errors } = files.length === 0 ? { inputs: [STDIN], errors: [] } : await expandInputs(io.cwd, files, { include: flags.include, exclude: flags.exclude, defaultInclude: NOTICE_FILES });
  if (!flags.out && flags.format === 'csv' && inputs.length > 1) {
    throw new UsageError('--format csv writes one table per input: give --out DIR for several inputs');
  }
  if (!flags.out && flags.format === 'xlsx') {
    throw new UsageError('--format xlsx writes a workbook: give --out FILE.xlsx (or --out DIR for several inputs)');
  }
  const xlsxFile = flags.format === 'xlsx' && inputs.length === 1 && /\.xlsx$/i.test(flags.out ?? '');
  const progress = createProgress(io, inputs.length);
  const out = { ...ctx, io: { ...io, stderr: progress?.stderr ?? io.stderr } };
  for (const e of errors) reportError(out, e);
  const inputPaths = new Set(inputs.flatMap((i) => (i.path ? [i.path] : [])));
  const outDir = flags.out ? path.resolve(io.cwd, flags.out) : null;
  const jobFormat: ParseJobFormat = flags.format === 'xlsx' ? 'json' : flags.format;
  const framer = new StreamFramer(jobFormat, inputs.length, (chunk) => writeChunk(io.stdout, chunk));
  const totals = await runBatch({
    inputs,
    work: { kind: 'parse', format: jobFormat, script: flags.script, encoding: flags.encoding },
    jobs: flags.jobs ?? defaultJobs(inputs.length),
    readStdin: io.readStdin,
    progress,
    onResult: async (input, result) => {
      if (!result.ok) {
        reportError(out, deserializeError(result.error));
        return false;
      }
      if (!outDir) {
        framer.item(result.output);
        return true;
      }
      try {
        const target = xlsxFile ? outDir : outputPathFor(outDir, input, result.index, EXTENSIONS[flags.format]);
        const data = flags.format === 'xlsx' ? await workbookFrom(result.output) : result.output;
        await writeOutput(target, data, { force: Boolean(flags.force), inputs: inputPaths });
        return true;
      } catch (error) {
        reportError(out, error, input.name);
        return false;
      }
    },
  });
  framer.end();
  progress?.done();
  totals.files += errors.length;
  totals.failures += errors.length;
  if (totals.files > 1) io.stderr.write(formatSummary(totals, (performance.now() - started) / 1000));
  return totals.failures > 0 ? ExitCode.failure : ExitCode.ok;
}

async function workbookFrom(registerJson: string | Uint8Array): Promise<Uint8Array> {
  const { registerToXlsx } = await import('../../xlsx/index.js');
  const text = typeof registerJson === 'string' ? registerJson : new TextDecoder().decode(registerJson);
  return registerToXlsx(JSON.parse(text) as Register);
}
