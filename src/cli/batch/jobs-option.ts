import { InvalidArgumentError, Option } from 'commander';
import { availableParallelism } from 'node:os';

/** `--jobs N`: worker threads for many inputs (default: one per core). */
export const jobsOption = (): Option =>
  new Option('-j, --jobs <n>', 'worker threads for several inputs (1: all in this process)').argParser(parseJobs).default(availableParallelism());

export function parseJobs(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 256) throw new InvalidArgumentError('expected a whole number from 1 to 256');
  return Number(value);
}
