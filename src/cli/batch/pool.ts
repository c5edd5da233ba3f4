/**
 * A small fixed pool of worker threads. Each worker has at most `depth` jobs in flight (so it
 * never waits for the next message); answers are matched to jobs by their index.
 * A worker that dies fails only its own pending jobs and is replaced, so one pathological input
 * cannot stop a run over an archive.
 */
import { Worker } from 'node:worker_threads';
import type { BatchJob, JobResult } from './types.js';

interface Pending {
  readonly job: BatchJob;
  readonly resolve: (result: JobResult) => void;
}

interface Slot {
  worker: Worker;
  readonly inFlight: Pending[];
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly script: string,
    private readonly depth = 2,
  ) {}

  run(job: BatchJob): Promise<JobResult> {
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.pump();
    });
  }

  /** Stops every worker; pending jobs are not answered. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.closed) {
      const slot = this.freeSlot();
      if (!slot) return;
      const pending = this.queue.shift() as Pending;
      slot.inFlight.push(pending);
      slot.worker.postMessage(pending.job);
    }
  }

  private freeSlot(): Slot | null {
    let best: Slot | null = null;
    for (const slot of this.slots)
      if (slot.inFlight.length < this.depth && (!best || slot.inFlight.length < best.inFlight.length)) best = slot;
    if (best && best.inFlight.length === 0) return best;
    if (this.slots.length < this.size) return this.spawn();
    return best;
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.script), inFlight: [] };
    this.attach(slot);
    this.slots.push(slot);
    return slot;
  }

  private attach(slot: Slot): void {
    const { worker } = slot;
    worker.on('message', (result: JobResult) => {
      // Matched by index: a job that waits for its module to load may finish after a later one.
      const at = slot.inFlight.findIndex((p) => p.job.index === result.index);
      if (at >= 0) slot.inFlight.splice(at, 1)[0].resolve(result);
      this.pump();
    });
    // A crash (out of memory, uncaught error): fail what this worker held, start a fresh one.
    const die = (reason: string): void => {
      if (this.closed || slot.worker !== worker) return;
      for (const pending of slot.inFlight.splice(0)) {
        pending.resolve({
          index: pending.job.index,
          ok: false,
          error: { type: 'InternalError', message: `internal error: worker stopped (${reason})`, file: pending.job.name },
        });
      }
      slot.worker = new Worker(this.script);
      this.attach(slot);
      this.pump();
    };
    worker.on('error', (error) => die(error.message.split('\n')[0]));
    worker.on('exit', (code) => die(`exit code ${code}`));
  }
}
