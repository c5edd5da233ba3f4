/**
 * The fuzz runner (`npm run fuzz`; not part of `npm test`). Worker threads (one per core, at most
 * --jobs) feed the pipeline generated and mutated input until the time budget is spent, checking
 * per case: parseInput throws nothing but InputError, the register validates against the schema
 * and round-trips through YAML and JSON, cleaning the clean text changes and strips nothing, and
 * every non-blank line is kept or stripped. Every third case is linted too (no exception,
 * positions inside the text, no raw control characters in the stylish and github reports), and
 * a 'docx' family mutates the zip structure of generated Word files (extra.ts): each converts or
 * is refused with an InputError. Failures are shrunk to minimal reproducers and
 * de-duplicated. A watchdog reports a case that runs longer than --hang seconds as a hang, with
 * its input, and replaces the worker.
 *
 *   node dist/test/fuzz/run.js [--time 540] [--jobs 2] [--seed N] [--hang 20] [--min-cases 100000]
 *
 * Exit code 0 when nothing new was found and at least --min-cases ran, 1 otherwise.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { byteFlips, htmlText, mutatedSeed, planText, randomBytes, seedTexts, unicodeText } from '../properties/arbitraries.js';
import { checkAll, type Problem } from '../properties/checks.js';
import { shrinkBytes, shrinkText } from '../properties/shrink.js';
import { checkDocx, checkLint, mutatedDocx, type FuzzProblem } from './extra.js';

type Input = string | Uint8Array;

interface Finding {
  readonly family: string;
  readonly check: string;
  readonly detail: string;
  readonly signature: string;
  /** The shrunk input: a JSON string literal for text, or hex for bytes. */
  readonly reproducer: string;
  readonly known: string | null;
  count: number;
}

interface WorkerData {
  readonly id: number;
  readonly seed: number;
  readonly deadline: number;
  readonly counter: SharedArrayBuffer;
  readonly current: SharedArrayBuffer;
}

/** Problems already reported to the lead; still counted, not failures of this run. (None open.) */
const KNOWN: readonly { readonly test: (p: Problem | FuzzProblem) => boolean; readonly note: string }[] = [];

const CURRENT_BYTES = 1 << 20;
const SHRINK_MS = 15_000;

function signature(p: Problem | FuzzProblem): string {
  // Same check and same message shape: numbers and quoted text vary between instances of one bug.
  return `${p.check}:${p.detail.replace(/"(?:[^"\\]|\\.)*"/g, '"…"').replace(/\d+/g, 'N').slice(0, 80)}`;
}

function families(): Array<{ name: string; weight: number; arb: fc.Arbitrary<Input> }> {
  // The docx family's cases are Word files: checked with checkDocx (asynchronous, as mammoth is).
  const seeds = seedTexts();
  const seedArb = mutatedSeed(seeds);
  return [
    { name: 'unicode', weight: 25, arb: unicodeText },
    { name: 'cjk-plan', weight: 25, arb: planText },
    { name: 'seed-mutation', weight: 20, arb: seedArb },
    { name: 'seed-byte-flips', weight: 10, arb: byteFlips(seedArb) },
    { name: 'random-bytes', weight: 15, arb: randomBytes },
    { name: 'html', weight: 5, arb: htmlText },
    { name: 'docx', weight: 8, arb: mutatedDocx },
  ];
}

async function runWorker(data: WorkerData): Promise<void> {
  const counter = new Int32Array(data.counter);
  const current = new Uint8Array(data.current);
  const currentView = new DataView(data.current);
  const fams = families();
  const total = fams.reduce((n, f) => n + f.weight, 0);
  const seen = new Map<string, string>(); // signature as found → signature once shrunk
  const perFamily: Record<string, number> = {};
  let batch = 0;
  let cases = 0;
  const rng = fc.integer({ min: 0, max: total - 1 });
  while (Date.now() < data.deadline) {
    const pick = fc.sample(rng, { numRuns: 1, seed: data.seed * 7919 + batch })[0];
    let acc = 0;
    const fam = fams.find((f) => (acc += f.weight) > pick) ?? fams[0];
    const inputs = fc.sample(fam.arb, { numRuns: 50, seed: data.seed * 104729 + batch });
    batch++;
    for (const input of inputs) {
      // The watchdog reads the case in progress from shared memory when a worker stops counting.
      const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
      const n = Math.min(bytes.length, CURRENT_BYTES - 8);
      current.set(bytes.subarray(0, n), 8);
      currentView.setUint32(0, n);
      currentView.setUint32(4, typeof input === 'string' ? 1 : 0);
      const isDocx = fam.name === 'docx';
      const lintToo = !isDocx && cases++ % 3 === 0;
      const check = (x: Input): Problem | FuzzProblem | null => checkAll(x) ?? (lintToo ? checkLint(x) : null);
      const problem = isDocx ? await checkDocx(input as Uint8Array) : check(input);
      Atomics.add(counter, 0, 1);
      perFamily[fam.name] = (perFamily[fam.name] ?? 0) + 1;
      if (lintToo) perFamily.lint = (perFamily.lint ?? 0) + 1;
      if (!problem) continue;
      const sig = signature(problem);
      const shrunk = seen.get(sig);
      if (shrunk !== undefined) {
        parentPort!.postMessage({ type: 'repeat', signature: shrunk });
        continue;
      }
      // Shrinking runs many cases: it beats the heartbeat so the watchdog does not take it for a
      // hang, and it stops after SHRINK_MS.
      const stopAt = Date.now() + SHRINK_MS;
      const same = (x: Input): boolean => {
        Atomics.add(counter, 1, 1);
        if (Date.now() > stopAt) return false;
        const p = check(x);
        return p !== null && p.check === problem.check;
      };
      // A Word file is not shrunk (its check is asynchronous): the mutated file is the reproducer.
      const small = isDocx ? input : typeof input === 'string' ? shrinkText(input, same as (s: string) => boolean, 1500) : shrinkBytes(input, same as (b: Uint8Array) => boolean, 1500);
      const final = (isDocx ? null : check(small)) ?? problem;
      const known = KNOWN.find((k) => k.test(final))?.note ?? null;
      seen.set(sig, signature(final));
      const finding: Finding = {
        family: fam.name,
        check: final.check,
        detail: final.detail,
        // Keyed by the shrunk problem, so one bug found from several starting points is listed once.
        signature: signature(final),
        reproducer: typeof small === 'string' ? JSON.stringify(small) : `hex:${Buffer.from(small).toString('hex')}`,
        known,
        count: 1,
      };
      parentPort!.postMessage({ type: 'finding', finding });
    }
  }
  parentPort!.postMessage({ type: 'done', perFamily });
}

function flag(args: readonly string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number`);
  return value;
}

async function runMain(): Promise<number> {
  const args = process.argv.slice(2);
  const seconds = flag(args, 'time', 540);
  const jobs = Math.max(1, Math.min(flag(args, 'jobs', 2), availableParallelism()));
  const baseSeed = flag(args, 'seed', Date.now() % 1_000_000);
  const hangSeconds = flag(args, 'hang', 20);
  const minCases = flag(args, 'min-cases', 100_000);
  const started = Date.now();
  const deadline = started + seconds * 1000;
  const findings = new Map<string, Finding>();
  const perFamily: Record<string, number> = {};
  const hangs: string[] = [];
  let retired = 0; // cases counted by workers that hung and were replaced
  const file = fileURLToPath(import.meta.url);
  console.log(`workplan fuzz: ${jobs} worker(s), ${seconds} s budget, seed ${baseSeed}`);

  const workers = new Set<{ worker: Worker; counter: Int32Array; current: SharedArrayBuffer; last: number; lastChange: number; done: Promise<void> }>();
  let nextId = 0;
  const spawn = (): void => {
    const id = nextId++;
    // [0] cases run, [1] heartbeat while shrinking.
    const counter = new SharedArrayBuffer(8);
    const current = new SharedArrayBuffer(CURRENT_BYTES);
    const worker = new Worker(file, { workerData: { id, seed: baseSeed + id * 1009, deadline, counter, current } satisfies WorkerData });
    const entry = { worker, counter: new Int32Array(counter), current, last: 0, lastChange: Date.now(), done: Promise.resolve() };
    entry.done = new Promise<void>((resolve) => {
      worker.on('message', (m: { type: string; finding?: Finding; signature?: string; perFamily?: Record<string, number> }) => {
        if (m.type === 'finding' && m.finding) {
          const had = findings.get(m.finding.signature);
          if (had) had.count++;
          else {
            findings.set(m.finding.signature, m.finding);
            console.log(`  found (${m.finding.family}) ${m.finding.check}${m.finding.known ? ' [known]' : ''}: ${m.finding.detail.slice(0, 160)}\n    reproducer: ${m.finding.reproducer.slice(0, 300)}`);
          }
        } else if (m.type === 'repeat' && m.signature) {
          const had = findings.get(m.signature);
          if (had) had.count++;
        } else if (m.type === 'done' && m.perFamily) {
          for (const [k, v] of Object.entries(m.perFamily)) perFamily[k] = (perFamily[k] ?? 0) + v;
        }
      });
      worker.on('error', (error) => {
        console.log(`  worker ${id} died: ${error.message}`);
        resolve();
      });
      worker.on('exit', () => resolve());
    });
    workers.add(entry);
  };
  for (let i = 0; i < jobs; i++) spawn();

  const casesRun = (): number => retired + [...workers].reduce((n, w) => n + Atomics.load(w.counter, 0), 0);
  let lastReport = Date.now();
  while ([...workers].length > 0) {
    await new Promise((r) => setTimeout(r, 500));
    const now = Date.now();
    for (const w of [...workers]) {
      const count = Atomics.load(w.counter, 0);
      const beat = count + Atomics.load(w.counter, 1);
      if (beat !== w.last) {
        w.last = beat;
        w.lastChange = now;
      } else if (now - w.lastChange > hangSeconds * 1000 && now < deadline + hangSeconds * 1000) {
        const view = new DataView(w.current);
        const n = view.getUint32(0);
        const raw = new Uint8Array(w.current, 8, n).slice();
        const isText = view.getUint32(4) === 1;
        const reproducer = isText ? JSON.stringify(new TextDecoder().decode(raw)) : `hex:${Buffer.from(raw).toString('hex')}`;
        hangs.push(reproducer);
        console.log(`  HANG: a case ran over ${hangSeconds} s: ${reproducer.slice(0, 300)}`);
        retired += count;
        workers.delete(w);
        await w.worker.terminate();
        if (now < deadline) spawn();
      }
    }
    for (const w of [...workers]) {
      if ((w.worker as unknown as { threadId: number }).threadId === -1) {
        retired += Atomics.load(w.counter, 0);
        workers.delete(w);
      }
    }
    if (now - lastReport >= 30_000) {
      lastReport = now;
      console.log(`  ${Math.round((now - started) / 1000)} s: ${casesRun()} cases`);
    }
    if (now > deadline + 60_000) break;
  }
  await Promise.all([...workers].map((w) => w.done));
  const cases = casesRun();
  const elapsed = (Date.now() - started) / 1000;
  const list = [...findings.values()];
  const fresh = list.filter((f) => !f.known);
  console.log(`\ncases run: ${cases} in ${elapsed.toFixed(1)} s (${Math.round(cases / elapsed)}/s)`);
  console.log(`by family: ${Object.entries(perFamily).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`distinct failures: ${list.length} (${fresh.length} new, ${list.length - fresh.length} known), hangs: ${hangs.length}`);
  for (const f of list) {
    console.log(`- [${f.known ? `known: ${f.known}` : 'NEW'}] ${f.check} ×${f.count} (${f.family}): ${f.detail}\n  minimal input: ${f.reproducer}`);
  }
  for (const h of hangs) console.log(`- [NEW] hang: ${h}`);
  if (cases < minCases) console.log(`fewer than ${minCases} cases ran: give more --time or --jobs`);
  return fresh.length === 0 && hangs.length === 0 && cases >= minCases ? 0 : 1;
}

if (isMainThread) {
  process.exitCode = await runMain();
} else {
  await runWorker(workerData as WorkerData);
}
