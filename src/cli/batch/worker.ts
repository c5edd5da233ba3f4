/**
 * Worker-thread entry (runs from dist/): receives BatchJob messages, answers JobResult messages.
 * It reads files itself so that reading, too, is spread over the threads.
 */
import { parentPort } from 'node:worker_threads';
import { readInputSync } from './read.js';
import { runWork } from './work.js';
import { serializeError } from './errors.js';
import { loadRunner } from './module-work.js';
import type { BatchJob, JobResult } from './types.js';

const port = parentPort;
if (port) {
  port.on('message', async (job: BatchJob) => {
    let result: JobResult;
    try {
      const runner = await loadRunner(job.work, true);
      const bytes = job.bytes ?? readInputSync(job.path as string, job.name);
      result = await runWork(job.index, job.name, job.path === null, bytes, job.work, runner);
    } catch (error) {
      result = { index: job.index, ok: false, error: serializeError(error, job.name) };
    }
    if (result.ok && typeof result.output === 'string' && result.output.length > 0) {
      // TextEncoder gives a buffer of its own (Buffer.from may hand out a slice of a shared pool).
      const bytes = new TextEncoder().encode(result.output);
      port.postMessage({ ...result, output: bytes }, [bytes.buffer]);
    } else port.postMessage(result);
  });
}
