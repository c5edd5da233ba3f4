import { type Command, Option } from 'commander';
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { registersToCsv } from '../../register/csv.js';
import { writeChunk } from '../batch/framer.js';
import type { Register } from '../../core/register.js';
import { UsageError } from '../../core/errors.js';
import type { Lang } from '../../i18n/catalogue.js';
import type { CommandContext } from '../context.js';
import { messagesOf, reportError } from '../context.js';
import { displayName, inputPathsOf, outputPathsFor, writeOutput } from '../files.js';
import type { ParseJobFormat } from '../batch/types.js';
import { noticeCommand, runNoticeBatch, type NoticeFlags } from '../notice-command.js';

/** xlsx is written from the JSON register after the batch: a workbook is bytes, built with exceljs in this thread. */
type ParseFormat = ParseJobFormat | 'xlsx';

interface ParseFlags extends NoticeFlags {
  format: ParseFormat;
  out?: string;
  force?: boolean;
  merge?: boolean;
  punctuation: 'source' | 'normalized';
}

const EXTENSIONS: Record<ParseFormat, string> = {
  yaml: '.register.yaml',
  json: '.register.json',
  jsonl: '.register.json',
  csv: '.tasks.csv',
  xlsx: '.tasks.xlsx',
  html: '.review.html',
};

/** Endings that make --out a file's name rather than a folder's. */
const FILE_ENDING = /\.(ya?ml|json|jsonl|csv|xlsx|html?)$/i;

/** Where the registers go: standard output, one file, or one file per input inside a folder. */
type Target =
  | { readonly kind: 'stdout' }
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'folder'; readonly path: string };

export function parseCommand(ctx: CommandContext): Command {
  const t = messagesOf(ctx);
  return noticeCommand(
    'parse',
    t('cli.parse.summary'),
    new Option('-f, --format <format>', t('cli.parse.format'))
      .choices(['yaml', 'json', 'jsonl', 'csv', 'xlsx', 'html'])
      .default('yaml'),
    [
      new Option('-o, --out <path>', t('cli.parse.out')),
      new Option('--force', t('cli.parse.force')),
      new Option('--merge', t('cli.parse.merge')),
      new Option('--punctuation <form>', t('cli.parse.punctuation')).choices(['source', 'normalized']).default('source'),
    ],
    [
      ['workplan parse notice.txt', t('cli.parse.example1')],
      ['workplan parse notice.docx --format xlsx --out 任务分解表', t('cli.parse.example2')],
      ['workplan parse notice.txt --format html --out review.html', t('cli.parse.example3')],
    ],
    t,
  ).action(async (files: string[], flags: ParseFlags) => {
    ctx.exit(await runParse(ctx, files, flags));
  });
}

/**
 * Decides by what --out names and how many inputs there are, before anything is written:
 * - an existing folder or a path ending in / is a folder (one file per input inside);
 * - a name with a file ending (.csv, .xlsx, .yaml …) is one file: one input, or --merge;
 *   with several unmerged inputs it is a mistake, refused, not made a folder;
 * - a name without an ending is a folder for registers (yaml, json), and for the clerk's csv and
 *   xlsx the one table itself, given the format's ending (`--out 任务分解表` → 任务分解表.xlsx).
 */
async function targetOf(ctx: CommandContext, flags: ParseFlags, inputs: number): Promise<Target> {
  const t = messagesOf(ctx);
  const out = flags.out;
  const merged = Boolean(flags.merge);
  const table = flags.format === 'csv' || flags.format === 'xlsx';
  // One file per input: a table, a workbook or a page cannot be framed with another.
  const single = flags.format === 'csv' || flags.format === 'xlsx' || flags.format === 'html';
  if (merged && !table) throw new UsageError(t('cli.parse.mergeNeedsTable'));
  if (out === undefined || out === '-') {
    if (flags.format === 'xlsx' && out === undefined) {
      throw new UsageError(t('cli.parse.xlsxNeedsOut'));
    }
    if (single && inputs > 1 && !merged)
      throw new UsageError(t(table ? 'cli.parse.onePerInputTable' : 'cli.parse.onePerInput', { format: flags.format }));
    return { kind: 'stdout' };
  }
  const abs = path.resolve(ctx.io.cwd, out);
  const isFolder =
    /[\\/]$/.test(out) ||
    (await stat(abs).then(
      (s) => s.isDirectory(),
      () => false,
    ));
  if (isFolder) {
    if (merged) throw new UsageError(t('cli.parse.mergeIntoFolder', { out }));
    return { kind: 'folder', path: abs };
  }
  const one = inputs === 1 || merged;
  if (FILE_ENDING.test(out)) {
    if (!one) throw new UsageError(t('cli.parse.oneFileManyInputs', { out, inputs }));
    return { kind: 'file', path: abs };
  }
  return single && one ? { kind: 'file', path: `${abs}.${flags.format}` } : { kind: 'folder', path: abs };
}

function runParse(ctx: CommandContext, files: string[], flags: ParseFlags): Promise<number> {
  const t = messagesOf(ctx);
  return runNoticeBatch(ctx, files, flags, async (inputs) => {
    const target = await targetOf(ctx, flags, inputs.length);
    const inputPaths = inputPathsOf(inputs);
    const merged: { index: number; file: string; register: Register }[] = [];
    // xlsx and merged tables are built from the JSON register after the batch.
    const jobFormat: ParseJobFormat = flags.format === 'xlsx' || flags.merge ? 'json' : flags.format;
    const targets = target.kind === 'folder' ? outputPathsFor(target.path, inputs, EXTENSIONS[flags.format]) : [];
    // Two inputs that would share an output: refused before anything is written.
    const collision = targets.find((t): t is UsageError => typeof t !== 'string' && /same output as/.test(t.message));
    if (collision) throw collision;
    /** Writes one output; a failure is reported after `where`, the input it came from. */
    const write = async (file: string, data: string | Uint8Array, out: CommandContext, where?: string): Promise<boolean> => {
      try {
        const within = target.kind === 'folder' ? { within: target.path } : {};
        await writeOutput(file, data, {
          force: Boolean(flags.force),
          inputs: inputPaths,
          display: displayName(ctx.io.cwd, file),
          ...within,
        });
        return true;
      } catch (error) {
        reportError(out, error, where);
        return false;
      }
    };
    return {
      work: {
        kind: 'parse',
        format: jobFormat,
        script: flags.script,
        encoding: flags.encoding,
        punctuation: isTable(flags) ? flags.punctuation : 'normalized',
        lang: ctx.lang,
      },
      frame: jobFormat,
      onOutput: async (input, result, framer, out) => {
        // A table of headers only must not pass for the plan's (the register's warning says the same).
        if (result.counts.tasks === 0) out.io.stderr.write(`workplan: ${input.name}: ${t('cli.parse.noTasks')}\n`);
        if (flags.merge) {
          merged.push({ index: result.index, file: input.name, register: registerOf(result.output) });
          return true;
        }
        if (target.kind === 'stdout') {
          if (flags.format === 'xlsx') writeChunk(ctx.io.stdout, await workbookFrom(registerOf(result.output), ctx.lang));
          else framer.item(result.output);
          return true;
        }
        const file = target.kind === 'file' ? target.path : targets[result.index];
        if (typeof file !== 'string') {
          reportError(out, file, input.name);
          return false;
        }
        const data = flags.format === 'xlsx' ? await workbookFrom(registerOf(result.output), ctx.lang) : result.output;
        const written = await write(file, data, out, input.name);
        if (written && target.kind === 'file')
          out.io.stderr.write(`workplan: ${t('cli.parse.wrote', { file: displayName(ctx.io.cwd, file) })}\n`);
        return written;
      },
      finish: flags.merge
        ? async (out) => {
            const parts = merged.toSorted((a, b) => a.index - b.index);
            const data = await mergedTable(flags.format, parts, ctx.lang);
            if (target.kind === 'stdout') {
              writeChunk(ctx.io.stdout, data);
              return true;
            }
            const tasks = parts.reduce((n, p) => n + p.register.documents.reduce((m, d) => m + d.tasks.length, 0), 0);
            const written = await write(target.path, data, out);
            if (written)
              out.io.stderr.write(
                `workplan: ${t('cli.parse.wroteMerged', { file: displayName(ctx.io.cwd, target.path), notices: parts.length, tasks })}\n`,
              );
            return written;
          }
        : undefined,
    };
  });
}

/** Whether the output is the clerk's table (or the page that shows it), not a register. */
function isTable(flags: ParseFlags): boolean {
  return flags.format === 'csv' || flags.format === 'xlsx' || flags.format === 'html' || Boolean(flags.merge);
}

function registerOf(output: string | Uint8Array): Register {
  return JSON.parse(typeof output === 'string' ? output : new TextDecoder().decode(output)) as Register;
}

async function workbookFrom(register: Register, lang: Lang | undefined): Promise<Uint8Array> {
  const { registerToXlsx } = await import('../../xlsx/index.js');
  return registerToXlsx(register, { lang });
}

async function mergedTable(
  format: ParseFormat,
  parts: readonly { file: string; register: Register }[],
  lang: Lang | undefined,
): Promise<string | Uint8Array> {
  if (format === 'xlsx') {
    const { registersToXlsx } = await import('../../xlsx/index.js');
    return registersToXlsx(parts, { lang });
  }
  return registersToCsv(parts);
}
