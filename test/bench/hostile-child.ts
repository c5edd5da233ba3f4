/**
 * Child process of the benchmark: times parseInput (or parseInput and lint, with `lint` as the
 * second argument) on one hostile kind at 1× and 10×.
 */
import { performance } from 'node:perf_hooks';
import { parseInput } from '../../src/pipeline.js';
import { lint } from '../../src/lint/index.js';
import { HOSTILE, hostileText, type HostileKind } from './hostile.js';

const withLint = process.argv[3] === 'lint';

/** Lint's own share of the last run, so its scaling can be told from parse's. */
let lintMs = 0;

function timeParse(text: string): number {
  const bytes = new TextEncoder().encode(text);
  const start = performance.now();
  lintMs = 0;
  try {
    const { tree, clean } = parseInput(bytes, { path: 'hostile.txt' });
    const linted = performance.now();
    if (withLint) lint(tree, clean.lineIndex);
    lintMs = performance.now() - linted;
  } catch {
    // An input refused with an error still counts: what matters is how long refusing took.
  }
  return performance.now() - start;
}

const kind = process.argv[2] as HostileKind;
const small = HOSTILE[kind].small;
const smallText = hostileText(kind, small);
timeParse(smallText); // warm-up: compile regular expressions, JIT the hot loops
// Best of a few runs: on a loaded machine a single run measures the neighbours as much as us.
const best = (text: string, runs: number): { total: number; lint: number } =>
  Array.from({ length: runs }, () => ({ total: timeParse(text), lint: lintMs })).reduce((a, b) => (b.total < a.total ? b : a));
const smallRun = best(smallText, 5);
const largeText = hostileText(kind, small * 10);
const largeRun = best(largeText, 3);
process.stdout.write(
  `${JSON.stringify({ kind, smallMs: smallRun.total, largeMs: largeRun.total, lintSmallMs: smallRun.lint, lintLargeMs: largeRun.lint, lint: withLint })}\n`,
);
