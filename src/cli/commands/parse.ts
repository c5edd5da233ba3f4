import { Command, Option } from 'commander';
import * as path from 'node:path';
import { parseInput, type OutputScript } from '../../pipeline.js';
import { ExitCode, UsageError } from '../../core/errors.js';
import type { Register } from '../../core/register.js';
import { serializeRegister } from '../../register/index.js';
import type { CommandContext } from '../context.js';
import { asInputError, reportError } from '../context.js';
import { expandInputs, outputPathFor, readInput, STDIN, writeOutput } from '../files.js';
import { encodingOption, excludeOption, includeOption, NOTICE_FILES, scriptOption } from '../options.js';
import { exitCodeHelp } from '../exit-codes.js';

type ParseFormat = 'yaml' | 'json' | 'csv';

interface ParseFlags {
  format: ParseFormat;
  script: OutputScript;
  encoding?: string;
  out?: string;
  force?: boolean;
  include?: string[];
  exclude?: string[];
}

const EXTENSIONS: Record<ParseFormat, string> = { yaml: '.register.yaml', json: '.register.json', csv: '.tasks.csv' };

export function parseCommand(ctx: CommandContext): Command {
  return new Command('parse')
    .description('segment notices into documents, sections and tasks with their units and deadlines, and print the validated task register')
    .argument('[files...]', 'notices (text or HTML, any common encoding), folders, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'register format (csv: the clerk\'s task table, UTF-8 with BOM)').choices(['yaml', 'json', 'csv']).default('yaml'))
    .addOption(scriptOption())
    .addOption(encodingOption())
    .option('-o, --out <dir>', 'write one register per input into this folder instead of standard output')
    .option('--force', 'replace existing output files')
    .addOption(includeOption())
    .addOption(excludeOption())
    .addHelpText('after', exitCodeHelp)
    .action(async (files: string[], flags: ParseFlags) => {
      ctx.exit(await runParse(ctx, files, flags));
    });
}

async function runParse(ctx: CommandContext, files: string[], flags: ParseFlags): Promise<number> {
  const { io } = ctx;
  const { inputs, errors } = files.length === 0 ? { inputs: [STDIN], errors: [] } : await expandInputs(io.cwd, files, { include: flags.include, exclude: flags.exclude, defaultInclude: NOTICE_FILES });
  for (const e of errors) reportError(ctx, e);
  let failed = errors.length > 0;
  if (!flags.out && flags.format === 'csv' && inputs.length > 1) {
    throw new UsageError('--format csv writes one table per input: give --out DIR for several inputs');
  }
  const inputPaths = new Set(inputs.flatMap((i) => (i.path ? [i.path] : [])));
  const registers: Register[] = [];
  for (const [index, input] of inputs.entries()) {
    try {
      const bytes = await readInput(input, io.readStdin);
      const { register } = parseInput(bytes, { path: input.path === null ? null : input.name, encoding: flags.encoding, script: flags.script });
      if (flags.out) {
        const target = outputPathFor(path.resolve(io.cwd, flags.out), input, index, EXTENSIONS[flags.format]);
        await writeOutput(target, serializeRegister(register, flags.format), { force: Boolean(flags.force), inputs: inputPaths });
      } else registers.push(register);
    } catch (error) {
      failed = true;
      reportError(ctx, asInputError(error, input.name));
    }
  }
  if (!flags.out && registers.length > 0) io.stdout.write(serializeMany(registers, flags.format, inputs.length));
  return failed ? ExitCode.failure : ExitCode.ok;
}

/** Several registers on stdout: a YAML stream, a JSON array; one register as itself. */
function serializeMany(registers: readonly Register[], format: ParseFormat, inputCount: number): string {
  if (registers.length === 1 && inputCount === 1) return serializeRegister(registers[0], format);
  if (format === 'json') return `[\n${registers.map((r) => serializeRegister(r, 'json').trimEnd()).join(',\n')}\n]\n`;
  return registers.map((r) => `---\n${serializeRegister(r, format)}`).join('');
}
