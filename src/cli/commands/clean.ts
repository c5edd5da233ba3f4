import { Command, Option } from 'commander';
import type { OutputScript } from '../../pipeline.js';
import { ExitCode } from '../../core/errors.js';
import type { CommandContext } from '../context.js';
import { reportError } from '../context.js';
import { expandInputs, STDIN } from '../files.js';
import { encodingOption, excludeOption, includeOption, NOTICE_FILES, scriptOption } from '../options.js';
import { exitCodeHelp } from '../exit-codes.js';
import { formatStripped } from '../../report/stripped.js';
import { createProgress } from '../progress.js';
import { deserializeError } from '../batch/errors.js';
import { defaultJobs, jobsOption } from '../batch/jobs-option.js';
import { formatSummary, runBatch } from '../batch/run-batch.js';
import { StreamFramer, writeChunk } from '../batch/framer.js';
import type { CleanJobFormat } from '../batch/types.js';

export { cleanJson, cleanPlainText as cleanText } from './clean-output.js';

interface CleanFlags {
  format: CleanJobFormat;
  script: OutputScript;
  encoding?: string;
  explain?: boolean;
  include?: string[];
  exclude?: string[];
  jobs?: number;
}

export function cleanCommand(ctx: CommandContext): Command {
  return new Command('clean')
    .description('decode, strip web debris and spam, normalise, and print the clean text of notices')
    .argument('[files...]', 'notices (text or HTML, any common encoding), folders, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format (jsonl: one JSON object per input and line)').choices(['text', 'json', 'jsonl']).default('text'))
    .addOption(scriptOption())
    .addOption(encodingOption())
    .option('--explain', 'print every stripped line with its reason to stderr')
    .addOption(includeOption())
    .addOption(excludeOption())
    .addOption(jobsOption())
    .addHelpText('after', exitCodeHelp)
    .action(async (files: string[], flags: CleanFlags) => {
      ctx.exit(await runClean(ctx, files, flags));
    });
}

async function runClean(ctx: CommandContext, files: string[], flags: CleanFlags): Promise<number> {
  const started = performance.now();
  const { io } = ctx;
  const { inputs, errors } = files.length === 0 ? { inputs: [STDIN], errors: [] } : await expandInputs(io.cwd, files, { include: flags.include, exclude: flags.exclude, defaultInclude: NOTICE_FILES });
  const progress = createProgress(io, inputs.length);
  const out = { ...ctx, io: { ...io, stderr: progress?.stderr ?? io.stderr } };
  for (const e of errors) reportError(out, e);
  const framer = new StreamFramer(flags.format === 'json' ? 'json-indented' : flags.format, inputs.length, (chunk) => writeChunk(io.stdout, chunk));
  const totals = await runBatch({
    inputs,
    work: { kind: 'clean', format: flags.format, script: flags.script, encoding: flags.encoding },
    jobs: flags.jobs ?? defaultJobs(inputs.length),
    readStdin: io.readStdin,
    progress,
    onResult: (input, result) => {
      if (!result.ok) {
        reportError(out, deserializeError(result.error));
        return false;
      }
      if (flags.explain && result.stripped) out.io.stderr.write(formatStripped(input.name, result.stripped, ctx.errPaint));
      framer.item(result.output, input.name);
      return true;
    },
  });
  framer.end();
  progress?.done();
  totals.files += errors.length;
  totals.failures += errors.length;
  if (totals.files > 1) io.stderr.write(formatSummary(totals, (performance.now() - started) / 1000));
  return totals.failures > 0 ? ExitCode.failure : ExitCode.ok;
}
