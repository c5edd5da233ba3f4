/**
 * Batch mode for commands over many inputs: runBatch (in input order, worker threads with
 * --jobs), the --jobs option, the end-of-run summary and stdout framing. A command outside this
 * folder brings its own per-input work as a ModuleWork module exporting `runJob` (see
 * register-job.ts for one that returns registers, as stats needs).
 */
export { runBatch, formatSummary, type BatchRun, type BatchTotals } from './run-batch.js';
export { jobsOption, parseJobs } from './jobs-option.js';
export { StreamFramer, type FrameFormat } from './framer.js';
export { deserializeError, serializeError } from './errors.js';
export type {
  BatchJob,
  JobResult,
  JobSuccess,
  JobFailure,
  WorkSpec,
  ParseWork,
  CleanWork,
  ModuleWork,
  JobRunner,
  JobInput,
  JobOutput,
} from './types.js';
