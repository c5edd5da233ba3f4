import type { InputError } from '../core/errors.js';
import type { InputFailure } from '../report/index.js';
import { asInputError, reportError, type CommandContext } from './context.js';
import { formatSkipped, readInput, type InputRef, type Skipped } from './files.js';
import { createProgress } from './progress.js';

/**
 * The in-process loop of lint, validate and stats: reports the inputs that could not be expanded,
 * then reads each input in turn and hands its bytes to `work`. An input that cannot be read, or
 * whose work throws, is reported naming it and the others still run. On a terminal (never in CI
 * or a pipe) a progress line shows files done, as parse's does. Returns the inputs that failed.
 */
export async function forEachInput(
  ctx: CommandContext,
  expanded: {
    readonly inputs: readonly InputRef[];
    readonly errors: readonly InputError[];
    readonly skipped?: readonly Skipped[];
  },
  work: (input: InputRef, bytes: Uint8Array) => Promise<void> | void,
): Promise<InputFailure[]> {
  const progress = createProgress(ctx.io, expanded.inputs.length);
  const out = progress ? { ...ctx, io: { ...ctx.io, stderr: progress.stderr } } : ctx;
  const failures: InputFailure[] = [];
  const fail = (error: unknown, name?: string): void => {
    const said = reportError(out, error, name);
    failures.push({ file: said.file ?? name ?? '', message: said.message });
  };
  out.io.stderr.write(formatSkipped(expanded.skipped ?? []));
  for (const e of expanded.errors) fail(e);
  for (const input of expanded.inputs) {
    try {
      await work(input, await readInput(input, ctx.io.readStdin));
    } catch (error) {
      fail(asInputError(error, input.name), input.name);
    }
    progress?.tick();
  }
  progress?.done();
  return failures;
}
