/**
 * Errors thrown only when a stage cannot produce output at all. Problems *in* a document are
 * Messages, never exceptions. Every error carries the exit code the CLI returns for it.
 */
import { sayIn, type Said } from '../i18n/catalogue.js';

export const ExitCode = {
  /** Nothing at error severity. */
  ok: 0,
  /** Findings at error severity, or more warnings than --max-warnings. */
  findings: 1,
  /** Usage, input, config or internal failure: the tool could not do its job. */
  failure: 2,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

export class WorkplanError extends Error {
  readonly exitCode: ExitCodeValue = ExitCode.failure;
  file?: string;
  /** The message as a catalogue id and parameters, when it has one: the CLI prints it in the run's language. */
  readonly said?: Said;
  /** `message`: English text, or a catalogue message (`.message` is then its English). */
  constructor(message: string | Said, options?: { file?: string; cause?: unknown }) {
    super(
      typeof message === 'string' ? message : sayIn('en', message),
      options?.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = new.target.name;
    this.file = options?.file;
    if (typeof message !== 'string') this.said = message;
  }
}

/** The input cannot be read or decoded: not text, not HTML, unreadable, too deeply nested. */
export class InputError extends WorkplanError {}
/** An output cannot be written: a full disk, a read-only folder. */
export class OutputError extends WorkplanError {}
/** A config file or --rule value is wrong. */
export class ConfigError extends WorkplanError {}
/** The command line is wrong. */
export class UsageError extends WorkplanError {}
/** A bug: the tool produced something it should not have (e.g. a register its own schema rejects). */
export class InternalError extends WorkplanError {}
