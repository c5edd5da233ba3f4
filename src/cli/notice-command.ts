/**
 * What `clean` and `parse` share: the notice arguments and input options around each command's
 * own, and the batch around each command's own output step (progress, unreadable inputs,
 * framing on stdout, end-of-run summary, exit code).
 */
import { Command, type Option } from 'commander';
import { ExitCode } from '../core/errors.js';
import type { OutputScript } from '../pipeline.js';
import type { CommandContext } from './context.js';
import { messagesOf, reportError } from './context.js';
import { formatSkipped, inputsOf, type InputRef } from './files.js';
import { encodingOption, excludeOption, includeOption, NOTICE_FILES, scriptOption } from './options.js';
import { examplesHelp, noticeExitCodeHelp } from './exit-codes.js';
import { createProgress } from './progress.js';
import { deserializeError } from './batch/errors.js';
import { defaultJobs, jobsOption } from './batch/jobs-option.js';
import { formatSummary, runBatch } from './batch/run-batch.js';
import { StreamFramer, writeChunk, type FrameFormat } from './batch/framer.js';
import type { CleanWork, JobSuccess, ParseWork } from './batch/types.js';
import { translator, type Translate } from '../i18n/catalogue.js';

/** `name [files...]` with --format, the input options and the exit-code help; `own` options go after --encoding. */
export function noticeCommand(
  name: string,
  description: string,
  format: Option,
  own: readonly Option[],
  examples: readonly (readonly [string, string])[],
  t: Translate = translator('en'),
): Command {
  const command = new Command(name)
    .description(description)
    .argument('[files...]', t('cli.arg.notices'))
    .addOption(format)
    .addOption(scriptOption(t))
    .addOption(encodingOption(t));
  for (const option of own) command.addOption(option);
  return command
    .addOption(includeOption(t))
    .addOption(excludeOption(t))
    .addOption(jobsOption(t))
    .addHelpText('after', `${examplesHelp(examples, t)}\n${noticeExitCodeHelp(t)}`);
}

/** The flags noticeCommand's shared options give. */
export interface NoticeFlags {
  script: OutputScript;
  encoding?: string;
  include?: string[];
  exclude?: string[];
  jobs?: number;
}

/** How one command runs over the inputs. */
export interface NoticeBatchPlan {
  readonly work: ParseWork | CleanWork;
  readonly frame: FrameFormat;
  /**
   * Writes one input's output (to `framer` or elsewhere); false when that failed, reported on
   * `out` (the context whose stderr keeps clear of the progress line).
   */
  readonly onOutput: (
    input: InputRef,
    result: JobSuccess,
    framer: StreamFramer,
    out: CommandContext,
  ) => Promise<boolean> | boolean;
  /** Runs once every input is done (a merged table is written here); false when that failed. */
  readonly finish?: (out: CommandContext) => Promise<boolean>;
}

/**
 * Runs `plan(inputs)` over the inputs named by `files`. The plan is made once the inputs are
 * known and before anything is printed, so it may refuse the run with a UsageError (or a rejection).
 */
export async function runNoticeBatch(
  ctx: CommandContext,
  files: readonly string[],
  flags: NoticeFlags,
  plan: (inputs: readonly InputRef[]) => NoticeBatchPlan | Promise<NoticeBatchPlan>,
): Promise<number> {
  // hrtime, not performance.now(): the first touch of `performance` loads perf_hooks (~0.7 ms).
  const started = process.hrtime.bigint();
  const { io } = ctx;
  const { inputs, errors, skipped } = await inputsOf(io.cwd, files, {
    include: flags.include,
    exclude: flags.exclude,
    defaultInclude: NOTICE_FILES,
  });
  const { work, frame, onOutput, finish } = await plan(inputs);
  const progress = createProgress(io, inputs.length);
  const out = { ...ctx, io: { ...io, stderr: progress?.stderr ?? io.stderr } };
  out.io.stderr.write(formatSkipped(skipped));
  for (const e of errors) reportError(out, e);
  const framer = new StreamFramer(frame, inputs.length, (chunk) => writeChunk(io.stdout, chunk));
  const totals = await runBatch({
    inputs,
    work,
    jobs: flags.jobs ?? defaultJobs(inputs.length),
    readStdin: io.readStdin,
    progress,
    onResult: (input, result) => {
      if (!result.ok) {
        reportError(out, deserializeError(result.error));
        return false;
      }
      return onOutput(input, result, framer, out);
    },
  });
  framer.end();
  progress?.done();
  if (finish && !(await finish(out))) totals.failures += 1;
  totals.files += errors.length;
  totals.failures += errors.length;
  if (totals.files > 1) io.stderr.write(formatSummary(totals, Number(process.hrtime.bigint() - started) / 1e9, messagesOf(ctx)));
  return totals.failures > 0 ? ExitCode.failure : ExitCode.ok;
}
