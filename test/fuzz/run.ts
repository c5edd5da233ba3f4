/**
 * The fuzz runner (`npm run fuzz`; not part of `npm test`). A fixed number of generated and
 * mutated inputs, the same ones for the same --seed whatever --jobs is, go through the pipeline
 * in worker threads (in-process: no child process per case). Per case: parseInput throws nothing
 * but InputError, the register validates against the schema and round-trips through JSON (and,
 * every YAML_EVERY-th case, through YAML), cleaning the clean text changes and strips nothing,
 * and every non-blank line is kept or stripped. Every LINT_EVERY-th case is linted too (no
 * exception, positions inside the text, no raw control characters in the stylish and github
 * reports), and a 'docx' family mutates the zip structure of generated Word files (extra.ts):
 * each converts or is refused with an InputError. Failures are shrunk to minimal reproducers
 * and de-duplicated. A watchdog reports a case that runs longer than --hang seconds as a hang,
 * with its input, and a fresh worker carries on after it.
 *
 *   node dist/test/fuzz/run.js [--cases 100000] [--seed 1] [--jobs 2] [--hang 20] [--time 0]
 *
 * Case k is batch floor(k / BATCH) of a family drawn from (seed, batch), sampled with a seed
 * derived from (seed, batch): a failure's case number and seed reproduce it. --time caps the run
 * in seconds (0: no cap); a capped run says how many cases it ran. Exit code 0 when every case
 * ran and nothing new was found, 1 otherwise.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { byteFlips, htmlText, mutatedSeed, planText, randomBytes, seedTexts, unicodeText } from '../properties/arbitraries.js';
import { checkParsed, tryParse, type Problem } from '../properties/checks.js';
import { shrinkBytes, shrinkText } from '../properties/shrink.js';
import { checkDocx, lintProblem, mutatedDocx, type FuzzProblem } from './extra.js';

type Input = string | Uint8Array;

interface Finding {
  readonly family: string;
  readonly check: string;
  readonly detail: string;
  readonly signature: string;
  /** The shrunk input: a JSON string literal for text, or hex for bytes. */
  readonly reproducer: string;
  /** The number of the case that first showed it (with the run's seed, it reproduces it). */
  readonly caseNumber: number;
  readonly known: string | null;
  count: number;
}

interface WorkerData {
  readonly seed: number;
  readonly cases: number;
  /** This worker runs batches slot, slot + stride, slot + 2 × stride, … */
  readonly slot: number;
  readonly stride: number;
  /** A replacement for a worker that hung starts at this case (inside the hung one's batch). */
  readonly from: number;
  readonly deadline: number;
  readonly counter: SharedArrayBuffer;
  readonly current: SharedArrayBuffer;
}

/** Problems already reported to the lead; still counted, not failures of this run. (None open.) */
const KNOWN: readonly { readonly test: (p: Problem | FuzzProblem) => boolean; readonly note: string }[] = [];

const CURRENT_BYTES = 1 << 20;
const SHRINK_MS = 15_000;
/** Cases sampled at once from one family. */
const BATCH = 50;
/** Lint every third case; read YAML back on every tenth (the YAML reader is most of a case's time). */
const LINT_EVERY = 3;
const YAML_EVERY = 10;
/** Shared counters: [0] cases run, [1] heartbeat while shrinking, [2] number of the case in progress. */
const RUN = 0;
const BEAT = 1;
const AT = 2;

function signature(p: Problem | FuzzProblem): string {
  // Same check and same message shape: numbers and quoted text vary between instances of one bug.
  return `${p.check}:${p.detail
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/\d+/g, 'N')
    .slice(0, 80)}`;
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
    { name: 'html', weight: 6, arb: htmlText },
    { name: 'docx', weight: 4, arb: mutatedDocx },
  ];
}

/** A 32-bit hash of two integers (murmur3's finaliser): batch seeds and family draws. */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The family and inputs of batch `b`: a function of the seed and b only. */
function batchOf(
  fams: ReturnType<typeof families>,
  seed: number,
  b: number,
  size: number,
): { fam: (typeof fams)[number]; inputs: Input[] } {
  const total = fams.reduce((n, f) => n + f.weight, 0);
  const pick = mix(seed, b) % total;
  let acc = 0;
  const fam = fams.find((f) => (acc += f.weight) > pick) ?? fams[0];
  return { fam, inputs: fc.sample(fam.arb, { numRuns: size, seed: mix(seed ^ 0x5bd1e995, b) | 0 }) };
}

async function runWorker(data: WorkerData): Promise<void> {
  const counter = new Int32Array(data.counter);
  const current = new Uint8Array(data.current);
  const currentView = new DataView(data.current);
  const fams = families();
  const seen = new Map<string, string>(); // signature as found → signature once shrunk
  const perFamily: Record<string, number> = {};
  const batches = Math.ceil(data.cases / BATCH);
  const firstBatch = Math.floor(data.from / BATCH);
  for (let b = firstBatch - ((firstBatch - data.slot) % data.stride); b < batches; b += data.stride) {
    if (data.deadline > 0 && Date.now() >= data.deadline) break;
    const { fam, inputs } = batchOf(fams, data.seed, b, Math.min(BATCH, data.cases - b * BATCH));
    for (const [k, input] of inputs.entries()) {
      const caseNumber = b * BATCH + k;
      if (caseNumber < data.from) continue;
      // The watchdog reads the case in progress from shared memory when a worker stops counting.
      const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
      const n = Math.min(bytes.length, CURRENT_BYTES - 8);
      current.set(bytes.subarray(0, n), 8);
      currentView.setUint32(0, n);
      currentView.setUint32(4, typeof input === 'string' ? 1 : 0);
      Atomics.store(counter, AT, caseNumber);
      const isDocx = fam.name === 'docx';
      const lintToo = !isDocx && caseNumber % LINT_EVERY === 0;
      const yaml = caseNumber % YAML_EVERY === 0;
      // Parsed once: the pipeline checks and lint read the same output.
      const check = (x: Input): Problem | FuzzProblem | null => {
        const { out, problem } = tryParse(x);
        if (problem || !out) return problem;
        return checkParsed(out, { yaml }) ?? (lintToo ? lintProblem(out) : null);
      };
      const problem = isDocx ? await checkDocx(input as Uint8Array) : check(input);
      Atomics.add(counter, RUN, 1);
      perFamily[fam.name] = (perFamily[fam.name] ?? 0) + 1;
      if (lintToo) perFamily.lint = (perFamily.lint ?? 0) + 1;
      if (yaml && !isDocx) perFamily['yaml round trip'] = (perFamily['yaml round trip'] ?? 0) + 1;
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
        Atomics.add(counter, BEAT, 1);
        if (Date.now() > stopAt) return false;
        const p = check(x);
        return p !== null && p.check === problem.check;
      };
      // A Word file is not shrunk (its check is asynchronous): the mutated file is the reproducer.
      const small = isDocx
        ? input
        : typeof input === 'string'
          ? shrinkText(input, same as (s: string) => boolean, 1500)
          : shrinkBytes(input, same as (b: Uint8Array) => boolean, 1500);
      const final = (isDocx ? null : check(small)) ?? problem;
      const known = KNOWN.find((x) => x.test(final))?.note ?? null;
      seen.set(sig, signature(final));
      const finding: Finding = {
        family: fam.name,
        check: final.check,
        detail: final.detail,
        // Keyed by the shrunk problem, so one bug found from several starting points is listed once.
        signature: signature(final),
        reproducer: typeof small === 'string' ? JSON.stringify(small) : `hex:${Buffer.from(small).toString('hex')}`,
        caseNumber,
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

interface Slot {
  worker: Worker;
  counter: Int32Array;
  current: SharedArrayBuffer;
  slot: number;
  last: number;
  lastChange: number;
  done: Promise<void>;
}

async function runMain(): Promise<number> {
  const args = process.argv.slice(2);
  const cases = Math.max(0, Math.floor(flag(args, 'cases', 100_000)));
  const seconds = flag(args, 'time', 0);
  const jobs = Math.max(1, Math.min(flag(args, 'jobs', 2), availableParallelism()));
  const seed = Math.floor(flag(args, 'seed', 1));
  const hangSeconds = flag(args, 'hang', 20);
  const started = Date.now();
  const deadline = seconds > 0 ? started + seconds * 1000 : 0;
  const findings = new Map<string, Finding>();
  const perFamily: Record<string, number> = {};
  const hangs: string[] = [];
  let retired = 0; // cases counted by workers that hung and were replaced
  const file = fileURLToPath(import.meta.url);
  console.log(`workplan fuzz: ${cases} cases, seed ${seed}, ${jobs} worker(s)${seconds > 0 ? `, at most ${seconds} s` : ''}`);

  const workers = new Set<Slot>();
  const spawn = (slot: number, from: number): void => {
    const counter = new SharedArrayBuffer(12);
    const current = new SharedArrayBuffer(CURRENT_BYTES);
    const worker = new Worker(file, {
      workerData: { seed, cases, slot, stride: jobs, from, deadline, counter, current } satisfies WorkerData,
    });
    const entry: Slot = {
      worker,
      counter: new Int32Array(counter),
      current,
      slot,
      last: 0,
      lastChange: Date.now(),
      done: Promise.resolve(),
    };
    entry.done = new Promise<void>((resolve) => {
      worker.on('message', (m: { type: string; finding?: Finding; signature?: string; perFamily?: Record<string, number> }) => {
        if (m.type === 'finding' && m.finding) {
          const had = findings.get(m.finding.signature);
          if (had) had.count++;
          else {
            findings.set(m.finding.signature, m.finding);
            console.log(
              `  found (${m.finding.family}, case ${m.finding.caseNumber}) ${m.finding.check}${m.finding.known ? ' [known]' : ''}: ${m.finding.detail.slice(0, 160)}\n    reproducer: ${m.finding.reproducer.slice(0, 300)}`,
            );
          }
        } else if (m.type === 'repeat' && m.signature) {
          const had = findings.get(m.signature);
          if (had) had.count++;
        } else if (m.type === 'done' && m.perFamily) {
          for (const [k, v] of Object.entries(m.perFamily)) perFamily[k] = (perFamily[k] ?? 0) + v;
        }
      });
      worker.on('error', (error) => {
        console.log(`  worker ${slot} died: ${error.message}`);
        resolve();
      });
      worker.on('exit', () => resolve());
    });
    workers.add(entry);
  };
  for (let slot = 0; slot < jobs; slot++) spawn(slot, 0);

  const casesRun = (): number => retired + [...workers].reduce((n, w) => n + Atomics.load(w.counter, RUN), 0);
  let lastReport = Date.now();
  while (workers.size > 0) {
    await new Promise((r) => setTimeout(r, 500));
    const now = Date.now();
    for (const w of [...workers]) {
      const count = Atomics.load(w.counter, RUN);
      const beat = count + Atomics.load(w.counter, BEAT);
      if (beat !== w.last) {
        w.last = beat;
        w.lastChange = now;
      } else if (now - w.lastChange > hangSeconds * 1000) {
        const view = new DataView(w.current);
        const n = view.getUint32(0);
        const raw = new Uint8Array(w.current, 8, n).slice();
        const isText = view.getUint32(4) === 1;
        const at = Atomics.load(w.counter, AT);
        const reproducer = isText ? JSON.stringify(new TextDecoder().decode(raw)) : `hex:${Buffer.from(raw).toString('hex')}`;
        hangs.push(`case ${at}: ${reproducer}`);
        console.log(`  HANG: case ${at} ran over ${hangSeconds} s: ${reproducer.slice(0, 300)}`);
        // The hung case counts as run; a fresh worker takes the slot on from the case after it.
        retired += count + 1;
        workers.delete(w);
        await w.worker.terminate();
        if (deadline === 0 || now < deadline) spawn(w.slot, at + 1);
      }
    }
    for (const w of [...workers]) {
      if ((w.worker as unknown as { threadId: number }).threadId === -1) {
        retired += Atomics.load(w.counter, RUN);
        workers.delete(w);
      }
    }
    if (now - lastReport >= 30_000) {
      lastReport = now;
      console.log(`  ${Math.round((now - started) / 1000)} s: ${casesRun()} cases`);
    }
  }
  const ran = casesRun();
  const elapsed = (Date.now() - started) / 1000;
  const list = [...findings.values()];
  const fresh = list.filter((f) => !f.known);
  console.log(`\ncases run: ${ran} of ${cases} in ${elapsed.toFixed(1)} s (${Math.round(ran / elapsed)}/s), seed ${seed}`);
  console.log(
    `by family: ${Object.entries(perFamily)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  console.log(
    `distinct failures: ${list.length} (${fresh.length} new, ${list.length - fresh.length} known), hangs: ${hangs.length}`,
  );
  for (const f of list) {
    console.log(
      `- [${f.known ? `known: ${f.known}` : 'NEW'}] ${f.check} ×${f.count} (${f.family}, first at case ${f.caseNumber}): ${f.detail}\n  minimal input: ${f.reproducer}`,
    );
  }
  for (const h of hangs) console.log(`- [NEW] hang at ${h}`);
  if (ran < cases) console.log(`${cases - ran} cases did not run: --time ran out`);
  return fresh.length === 0 && hangs.length === 0 && ran >= cases ? 0 : 1;
}

if (isMainThread) {
  process.exitCode = await runMain();
} else {
  await runWorker(workerData as WorkerData);
}
