export { runBatch, formatSummary, type BatchRun, type BatchTotals } from './run-batch.js';
export { jobsOption, parseJobs } from './jobs-option.js';
export { WorkerPool } from './pool.js';
export { deserializeError, serializeError } from './errors.js';
export type { BatchJob, JobResult, JobSuccess, JobFailure, WorkSpec, ParseWork, CleanWork } from './types.js';
