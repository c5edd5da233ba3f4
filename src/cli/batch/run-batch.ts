/**
 * Runs one kind of work over many inputs and hands each result to `onResult` in input order,
 * whatever order the workers finish in. One input or one job: everything in-process, no
 * worker start-up cost. Counts are gathered for the end-of-run summary.
 */
import { readInput, type InputRef } from '../files.js';
import { readInputSync } from './read.js';
import type { Progress } from '../progress.js';
import { serializeError } from './errors.js';
import type { JobResult, WorkSpec } from './types.js';
import { runWork } from './work.js';
import { loadRunner } from './module-work.js';
import { translator, type Translate } from '../../i18n/catalogue.js';

export interface BatchRun {
  readonly inputs: readonly InputRef[];
  readonly work: WorkSpec;
  /** Worker threads wanted; 1 (or a single input) runs in-process. */
  readonly jobs: number;
  readonly readStdin: () => Promise<Uint8Array>;
  /** Called once per input in input order; returns false when writing the output failed. */
  readonly onResult: (input: InputRef, result: JobResult) => Promise<boolean> | boolean;
  readonly progress?: Progress | null;
}

export interface BatchTotals {
  files: number;
  bytes: number;
  documents: number;
  /** null when the work finds no tasks (clean). */
  tasks: number | null;
  stripped: number;
  failures: number;
}

export async function runBatch(run: BatchRun): Promise<BatchTotals> {
  const countsTasks = run.work.kind === 'parse' || (run.work.kind === 'module' && run.work.countsTasks === true);
  const totals: BatchTotals = {
    files: run.inputs.length,
    bytes: 0,
    documents: 0,
    tasks: countsTasks ? 0 : null,
    stripped: 0,
    failures: 0,
  };
  const accept = async (input: InputRef, result: JobResult): Promise<void> => {
    if (result.ok) {
      totals.bytes += result.counts.bytes;
      totals.documents += result.counts.documents;
      if (totals.tasks !== null) totals.tasks += result.counts.tasks ?? 0;
      totals.stripped += result.counts.stripped;
    }
    if (!(await run.onResult(input, result)) || !result.ok) totals.failures++;
  };
  const threads = Math.min(run.jobs, run.inputs.length);
  if (threads <= 1) {
    const runner = await loadRunner(run.work, false);
    for (const [index, input] of run.inputs.entries()) {
      let result: JobResult;
      try {
        // A file is read synchronously: the loop blocks on parsing anyway, and each thread-pool
        // round trip of an async read left the process idle (~1 ms a file on a cold start).
        const bytes = input.path === null ? await readInput(input, run.readStdin) : readInputSync(input.path, input.name);
        result = await runWork(index, input.name, input.path === null, bytes, run.work, runner);
      } catch (error) {
        result = { index, ok: false, error: serializeError(error, input.name) };
      }
      run.progress?.tick();
      await accept(input, result);
    }
    return totals;
  }
  // Loaded only for a pool: a clerk's single file should not pay for the worker machinery.
  const [{ WorkerPool }, { workerScript }] = await Promise.all([import('./pool.js'), import('./worker-script.js')]);
  const pool = new WorkerPool(threads, workerScript());
  try {
    const results: Promise<JobResult>[] = [];
    for (const [index, input] of run.inputs.entries()) {
      let pending: Promise<JobResult>;
      try {
        // Standard input is read here (a worker cannot); files are read by the workers.
        const bytes = input.path === null ? await readInput(input, run.readStdin) : undefined;
        pending = pool.run({ index, name: input.name, path: input.path, ...(bytes ? { bytes } : {}), work: run.work });
      } catch (error) {
        pending = Promise.resolve({ index, ok: false, error: serializeError(error, input.name) });
      }
      results.push(pending.then((r) => (run.progress?.tick(), r)));
    }
    // Awaiting in input order buffers whatever finished early.
    for (const [index, input] of run.inputs.entries()) await accept(input, await results[index]);
  } finally {
    await pool.close();
  }
  return totals;
}

/** `workplan: 2000 files, 2003 documents, 41210 tasks, 9321 stripped lines, 1 failed, 12.4 s` */
export function formatSummary(totals: BatchTotals, seconds: number, t: Translate = translator('en')): string {
  const parts = [
    t(totals.files === 1 ? 'cli.summary.file' : 'cli.summary.files', { n: totals.files }),
    t(totals.documents === 1 ? 'cli.summary.document' : 'cli.summary.documents', { n: totals.documents }),
    ...(totals.tasks === null ? [] : [t(totals.tasks === 1 ? 'cli.summary.task' : 'cli.summary.tasks', { n: totals.tasks })]),
    t(totals.stripped === 1 ? 'cli.summary.strippedLine' : 'cli.summary.strippedLines', { n: totals.stripped }),
    t('cli.summary.failed', { n: totals.failures }),
    t('cli.summary.seconds', { n: seconds.toFixed(1) }),
  ];
  return `workplan: ${parts.join(t('cli.summary.separator'))}\n`;
}
