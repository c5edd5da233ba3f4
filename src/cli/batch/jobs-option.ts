import { InvalidArgumentError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { translator, type Translate } from '../../i18n/catalogue.js';

/**
 * Below this many inputs per worker, starting it costs more than it saves: a worker takes ~0.1 s
 * to its first result (loading the pipeline) and then warms up its own optimised code, the time
 * of about a hundred notices.
 */
const INPUTS_PER_WORKER = 100;

/** `--jobs N`: worker threads for many inputs. */
export const jobsOption = (t: Translate = translator('en')): Option =>
  new Option('-j, --jobs <n>', t('cli.option.jobs', { jobs: defaultJobs(Infinity) })).argParser(parseJobs);

export function parseJobs(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 256)
    throw new InvalidArgumentError('expected a whole number from 1 to 256');
  return Number(value);
}

/**
 * The thread count when --jobs is not given: a worker per core but one, and at least
 * INPUTS_PER_WORKER inputs each; 1 runs in this process. One core is left because V8 runs each
 * thread's optimising compiler and garbage collector on helper threads: `--jobs 1` alone keeps
 * about 1.3 cores busy. On a 2-core machine two workers were never faster than one process
 * (2,000 notices: the same time; 256: 1.4 times as long; 16: 1.8 times), as Jest's default of
 * cores − 1 workers also assumes.
 */
export function defaultJobs(inputs: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores - 1, Math.floor(inputs / INPUTS_PER_WORKER)));
}
