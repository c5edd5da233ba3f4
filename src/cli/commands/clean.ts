import { Command, Option } from 'commander';
import { cleanInput, type CleanOutput, type OutputScript } from '../../pipeline.js';
import { ExitCode } from '../../core/errors.js';
import type { CommandContext } from '../context.js';
import { asInputError, reportError } from '../context.js';
import { expandInputs, readInput, STDIN } from '../files.js';
import { encodingOption, excludeOption, includeOption, NOTICE_FILES, scriptOption } from '../options.js';
import { exitCodeHelp } from '../exit-codes.js';
import { formatStripped } from '../../report/stripped.js';

interface CleanFlags {
  format: 'text' | 'json';
  script: OutputScript;
  encoding?: string;
  explain?: boolean;
  include?: string[];
  exclude?: string[];
}

/** The JSON contract of `clean --format json`, one object per input. */
export function cleanJson(name: string, out: CleanOutput): object {
  return {
    file: name,
    encoding: out.decoded.encoding,
    bom: out.decoded.bom,
    format: out.decoded.kind,
    script: out.script,
    pageMeta: out.pageMeta,
    documents: out.documents.map((d, i) => ({ index: i + 1, script: d.script, firstLine: d.lines[0] ?? 1, text: d.text })),
    stripped: out.stripped,
  };
}

/** Plain-text output: documents separated by a marked line, so a reader and a script can both split them. */
export function cleanText(out: CleanOutput): string {
  if (out.documents.length === 1) return ensureNewline(out.documents[0].text);
  return out.documents
    .map((d, i) => `${i === 0 ? '' : '\n'}=== document ${i + 1} of ${out.documents.length} (input line ${d.lines[0] ?? 1}) ===\n${ensureNewline(d.text)}`)
    .join('');
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') || text === '' ? text : `${text}\n`;
}

export function cleanCommand(ctx: CommandContext): Command {
  return new Command('clean')
    .description('decode, strip web debris and spam, normalise, and print the clean text of notices')
    .argument('[files...]', 'notices (text or HTML, any common encoding), folders, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(scriptOption())
    .addOption(encodingOption())
    .option('--explain', 'print every stripped line with its reason to stderr')
    .addOption(includeOption())
    .addOption(excludeOption())
    .addHelpText('after', exitCodeHelp)
    .action(async (files: string[], flags: CleanFlags) => {
      ctx.exit(await runClean(ctx, files, flags));
    });
}

async function runClean(ctx: CommandContext, files: string[], flags: CleanFlags): Promise<number> {
  const { io } = ctx;
  const { inputs, errors } = files.length === 0 ? { inputs: [STDIN], errors: [] } : await expandInputs(io.cwd, files, { include: flags.include, exclude: flags.exclude, defaultInclude: NOTICE_FILES });
  let failed = errors.length > 0;
  for (const e of errors) reportError(ctx, e);
  const jsonResults: object[] = [];
  for (const input of inputs) {
    let out: CleanOutput;
    try {
      const bytes = await readInput(input, io.readStdin);
      out = cleanInput(bytes, { path: input.path === null ? null : input.name, encoding: flags.encoding, script: flags.script });
    } catch (error) {
      failed = true;
      reportError(ctx, asInputError(error, input.name));
      continue;
    }
    if (flags.explain) io.stderr.write(formatStripped(input.name, out.stripped, ctx.errPaint));
    if (flags.format === 'json') jsonResults.push(cleanJson(input.name, out));
    else {
      if (inputs.length > 1) io.stdout.write(`==> ${input.name} <==\n`);
      io.stdout.write(cleanText(out));
    }
  }
  if (flags.format === 'json' && jsonResults.length > 0) {
    io.stdout.write(`${JSON.stringify(jsonResults.length === 1 && inputs.length === 1 ? jsonResults[0] : jsonResults, null, 2)}\n`);
  }
  return failed ? ExitCode.failure : ExitCode.ok;
}
