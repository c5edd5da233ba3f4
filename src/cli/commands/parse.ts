import { Command, Option } from 'commander';
import * as path from 'node:path';
import type { Register } from '../../core/register.js';
import { UsageError } from '../../core/errors.js';
import type { CommandContext } from '../context.js';
import { reportError } from '../context.js';
import { displayName, inputPathsOf, outputPathsFor, writeOutput } from '../files.js';
import type { ParseJobFormat } from '../batch/types.js';
import { noticeCommand, runNoticeBatch, type NoticeFlags } from '../notice-command.js';

/** xlsx is written from the JSON register after the batch: a workbook is bytes, built with exceljs in this thread. */
type ParseFormat = ParseJobFormat | 'xlsx';

interface ParseFlags extends NoticeFlags {
  format: ParseFormat;
  out?: string;
  force?: boolean;
}

const EXTENSIONS: Record<ParseFormat, string> = {
  yaml: '.register.yaml',
  json: '.register.json',
  jsonl: '.register.json',
  csv: '.tasks.csv',
  xlsx: '.tasks.xlsx',
};

export function parseCommand(ctx: CommandContext): Command {
  return noticeCommand(
    'parse',
    'segment notices into documents, sections and tasks with their units and deadlines, and print the validated task register',
    new Option(
      '-f, --format <format>',
      "register format (jsonl: one register per line; csv: the clerk's task table, UTF-8 with BOM; xlsx: the clerk's workbook, needs --out)",
    )
      .choices(['yaml', 'json', 'jsonl', 'csv', 'xlsx'])
      .default('yaml'),
    [
      new Option('-o, --out <path>', 'write one register per input into this folder instead of standard output (xlsx with one input: the workbook file)'),
      new Option('--force', 'replace existing output files'),
    ],
  ).action(async (files: string[], flags: ParseFlags) => {
    ctx.exit(await runParse(ctx, files, flags));
  });
}

function runParse(ctx: CommandContext, files: string[], flags: ParseFlags): Promise<number> {
  return runNoticeBatch(ctx, files, flags, (inputs) => {
    if (!flags.out && flags.format === 'csv' && inputs.length > 1) {
      throw new UsageError('--format csv writes one table per input: give --out DIR for several inputs');
    }
    if (!flags.out && flags.format === 'xlsx') {
      throw new UsageError('--format xlsx writes a workbook: give --out FILE.xlsx (or --out DIR for several inputs)');
    }
    const xlsxFile = flags.format === 'xlsx' && inputs.length === 1 && /\.xlsx$/i.test(flags.out ?? '');
    const inputPaths = inputPathsOf(inputs);
    const outDir = flags.out ? path.resolve(ctx.io.cwd, flags.out) : null;
    const jobFormat: ParseJobFormat = flags.format === 'xlsx' ? 'json' : flags.format;
    const targets = outDir && !xlsxFile ? outputPathsFor(outDir, inputs, EXTENSIONS[flags.format]) : [];
    // Two inputs that would share an output: refused before anything is written.
    const collision = targets.find((t): t is UsageError => typeof t !== 'string' && /same output as/.test(t.message));
    if (collision) throw collision;
    return {
      work: { kind: 'parse', format: jobFormat, script: flags.script, encoding: flags.encoding },
      frame: jobFormat,
      onOutput: async (input, result, framer, out) => {
        if (!outDir) {
          framer.item(result.output);
          return true;
        }
        try {
          const target = xlsxFile ? outDir : targets[result.index];
          if (typeof target !== 'string') throw target;
          const data = flags.format === 'xlsx' ? await workbookFrom(result.output) : result.output;
          await writeOutput(target, data, { force: Boolean(flags.force), inputs: inputPaths, display: displayName(ctx.io.cwd, target), ...(xlsxFile ? {} : { within: outDir }) });
          return true;
        } catch (error) {
          reportError(out, error, input.name);
          return false;
        }
      },
    };
  });
}

async function workbookFrom(registerJson: string | Uint8Array): Promise<Uint8Array> {
  const { registerToXlsx } = await import('../../xlsx/index.js');
  const text = typeof registerJson === 'string' ? registerJson : new TextDecoder().decode(registerJson);
  return registerToXlsx(JSON.parse(text) as Register);
}
