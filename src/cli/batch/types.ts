/**
 * What crosses the thread boundary in batch mode: plain, structured-clonable data only.
 * A job names its input and says what to do; a result carries the finished output text.
 */
import type { StrippedLine } from '../../core/register.js';
import type { Said } from '../../i18n/catalogue.js';
import type { OutputScript } from '../../pipeline.js';
import type { Lang } from '../../i18n/catalogue.js';

export type ParseJobFormat = 'yaml' | 'json' | 'csv' | 'jsonl' | 'html';
export type CleanJobFormat = 'text' | 'json' | 'jsonl';

export interface ParseWork {
  readonly kind: 'parse';
  readonly format: ParseJobFormat;
  readonly script: OutputScript;
  readonly encoding?: string;
  /** 'source': the output is a table (csv, xlsx, html page) whose cells keep the source's full-width punctuation. */
  readonly punctuation?: 'source' | 'normalized';
  /** Language of the review page's notes (html). */
  readonly lang?: Lang;
}

export interface CleanWork {
  readonly kind: 'clean';
  readonly format: CleanJobFormat;
  readonly script: OutputScript;
  readonly encoding?: string;
}

/**
 * Work defined by another command (lint, stats, …) without touching this folder: an ES module
 * exporting `runJob: JobRunner`, loaded lazily in each worker (and in-process for one job).
 */
export interface ModuleWork {
  readonly kind: 'module';
  /** file: URL of the module; a src/…ts URL is mapped to its compiled dist/…js in workers. */
  readonly module: string;
  /** Handed to runJob as is: must be structured-clonable (plain data, no functions). */
  readonly options?: unknown;
  /** Whether the summary counts tasks. */
  readonly countsTasks?: boolean;
}

export interface JobInput {
  readonly bytes: Uint8Array;
  readonly name: string;
  readonly isStdin: boolean;
  readonly options: unknown;
}

export interface JobOutput {
  /** Text for standard output ('' when the command reports at the end instead). */
  readonly output: string;
  readonly documents: number;
  readonly tasks: number | null;
  readonly stripped: number;
  /** Anything structured-clonable the command wants back (lint messages, a register for stats). */
  readonly payload?: unknown;
}

/** What a ModuleWork module exports as `runJob`; throw to fail the input. */
export type JobRunner = (input: JobInput) => JobOutput;

/** The work every job of one run shares (sent to each worker once per job; it is small). */
export type WorkSpec = ParseWork | CleanWork | ModuleWork;

export interface BatchJob {
  /** Position of the input on the command line after expansion; results are written in this order. */
  readonly index: number;
  /** What messages call the input (relative path or `<stdin>`). */
  readonly name: string;
  /** Absolute path the worker reads, or null when `bytes` is given (standard input). */
  readonly path: string | null;
  readonly bytes?: Uint8Array;
  readonly work: WorkSpec;
}

/** Counts for the end-of-run summary. */
export interface JobCounts {
  readonly bytes: number;
  readonly documents: number;
  /** null when the command does not find tasks (clean). */
  readonly tasks: number | null;
  readonly stripped: number;
}

export interface JobSuccess {
  readonly index: number;
  readonly ok: true;
  /**
   * The input's output, complete and ending with a newline (framing is the writer's business):
   * a string in-process, UTF-8 bytes from a worker (transferred, not copied: an archive's
   * registers are tens of megabytes, and stdout wants bytes anyway).
   */
  readonly output: string | Uint8Array;
  /** The audit, for `clean --explain` (painted by the main thread, which knows the terminal). */
  readonly stripped: readonly StrippedLine[] | null;
  readonly counts: JobCounts;
  /** ModuleWork's payload. */
  readonly payload?: unknown;
}

export interface JobFailure {
  readonly index: number;
  readonly ok: false;
  readonly error: SerializedError;
}

export type JobResult = JobSuccess | JobFailure;

/** An error as data: enough to rebuild the one-line report (and the stack under --debug). */
export interface SerializedError {
  /** Constructor name: InputError, UsageError, ConfigError, InternalError. */
  readonly type: string;
  readonly message: string;
  readonly file: string;
  /** The message's catalogue id and parameters, when it has them. */
  readonly said?: Said;
  readonly stack?: string;
}
