import { InvalidArgumentError, Option } from 'commander';
import { availableParallelism } from 'node:os';

/** Below this many inputs per thread, starting a worker costs more than it saves. */
const INPUTS_PER_WORKER = 8;

/** `--jobs N`: worker threads for many inputs. */
export const jobsOption = (): Option =>
  new Option('-j, --jobs <n>', `worker threads for several inputs (1: all in this process; default: one per core, ${availableParallelism()} here, fewer for small batches)`).argParser(parseJobs);

export function parseJobs(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 256) throw new InvalidArgumentError('expected a whole number from 1 to 256');
  return Number(value);
}

/** The thread count when --jobs is not given: one per core, but at least 8 inputs per thread. */
export function defaultJobs(inputs: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, Math.floor(inputs / INPUTS_PER_WORKER)));
}
