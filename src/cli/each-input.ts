import type { InputError } from '../core/errors.js';
import { asInputError, reportError, type CommandContext } from './context.js';
import { formatSkipped, readInput, type InputRef, type Skipped } from './files.js';

/**
 * The in-process loop of lint, validate and stats: reports the inputs that could not be expanded,
 * then reads each input in turn and hands its bytes to `work`. An input that cannot be read, or
 * whose work throws, is reported naming it and the others still run. True when any input failed.
 */
export async function forEachInput(
  ctx: CommandContext,
  expanded: { readonly inputs: readonly InputRef[]; readonly errors: readonly InputError[]; readonly skipped?: readonly Skipped[] },
  work: (input: InputRef, bytes: Uint8Array) => Promise<void> | void,
): Promise<boolean> {
  ctx.io.stderr.write(formatSkipped(expanded.skipped ?? []));
  for (const e of expanded.errors) reportError(ctx, e);
  let failed = expanded.errors.length > 0;
  for (const input of expanded.inputs) {
    try {
      await work(input, await readInput(input, ctx.io.readStdin));
    } catch (error) {
      failed = true;
      reportError(ctx, asInputError(error, input.name));
    }
  }
  return failed;
}
