import { InputError, WorkplanError, InternalError } from '../core/errors.js';
import type { CliIo } from './io.js';
import type { Paint } from './paint.js';
import { escapeControls } from '../core/terminal-text.js';
import { said, sayIn, translator, type Lang, type Translate } from '../i18n/catalogue.js';

/** What every command action gets: the io, global flags, and a way to report a failed input. */
export interface CommandContext {
  readonly io: CliIo;
  readonly debug: boolean;
  readonly color: boolean;
  /** stderr paint (for --explain and errors). */
  readonly errPaint: Paint;
  /** Records the command's exit code (actions never call process.exit). */
  exit(code: number): void;
  /** Language of help and messages (--lang, else the locale); English when absent. */
  readonly lang?: Lang;
}

/** The catalogue in the command's language. */
export function messagesOf(ctx: Pick<CommandContext, 'lang'>): Translate {
  return translator(ctx.lang ?? 'en');
}

/** One line on stderr: `workplan: <file>: <problem>`; a stack trace only under --debug. Returns what it said. */
export function reportError(
  ctx: CommandContext,
  error: unknown,
  file?: string,
): { readonly file?: string; readonly message: string } {
  const known =
    error instanceof WorkplanError
      ? error
      : new InternalError(`internal error: ${(error as Error)?.message ?? String(error)}`, { cause: error });
  const where = known.file ?? file;
  // A catalogue message in the run's language; any other text (a parser's, the OS's) as it is.
  const first = (known.said ? sayIn(ctx.lang ?? 'en', known.said) : known.message).split('\n')[0];
  const text = where && first.startsWith(`${where}:`) ? first.slice(where.length + 1).trimStart() : first;
  // File names, page titles and other input quoted in the message are shown, never obeyed.
  ctx.io.stderr.write(`workplan: ${escapeControls(`${where ? `${where}: ` : ''}${text}`)}\n`);
  if (ctx.debug) {
    const stack = (known.cause as Error | undefined)?.stack ?? known.stack;
    if (stack) ctx.io.stderr.write(`${stack}\n`);
  }
  return { file: where, message: text };
}

/** Wraps anything a stage threw so that the message names the input. */
export function asInputError(error: unknown, file: string): WorkplanError {
  if (error instanceof WorkplanError) {
    if (!error.file) error.file = file;
    return error;
  }
  if (error instanceof RangeError && /call stack|Invalid string length/i.test(error.message)) {
    return new InputError(said('input.tooLarge', { detail: error.message }), { file });
  }
  return new InternalError(`internal error: ${(error as Error)?.message ?? String(error)}`, { file, cause: error });
}
