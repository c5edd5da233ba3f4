/**
 * Diff benchmark: two synthetic registers of 300 and of 3,000 tasks each, built from the seed
 * notices' sentences with mutations (dropped, added, reworded, moved, renumbered, units and
 * deadlines changed). Times alignment alone and the whole `diff` command, and checks how many of
 * the planted pairs the alignment finds. Self-contained but for repoRoot (corpus.ts); the lead's
 * runner calls runDiffBench().
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Register, Section, Task } from '../../src/core/register.js';
import { diffCommand } from '../../src/cli/commands/diff.js';
import type { CommandContext } from '../../src/cli/context.js';
import { noPaint } from '../../src/cli/paint.js';
import {
  DEFAULT_DIFF_OPTIONS,
  diffRegisters,
  loadJiebaSegmenter,
  loadToSimplified,
  type DiffDeps,
} from '../../src/diff/index.js';
import { repoRoot } from './corpus.js';

export interface BenchRow {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

/** Deterministic PRNG (mulberry32) so every run benchmarks the same data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedSentences(root: string): string[] {
  const out = new Set<string>();
  for (const dir of [
    'seed-000-huanggang-2019',
    'seed-001-content-farm-compilation',
    'seed-003-hangzhou-2018',
    'seed-004-lianyungang-2020',
  ]) {
    const text = readFileSync(path.join(root, 'fixtures', dir, 'input.txt'), 'utf8');
    for (const s of text.split(/[。;;\n]/)) {
      const t = s.trim();
      if ([...t].length >= 14 && [...t].length <= 160 && /[\u4e00-\u9fff]/.test(t)) out.add(`${t}。`);
    }
  }
  return [...out];
}

interface Planted {
  readonly id: string;
  readonly section: string;
  readonly text: string;
  readonly leads: string[];
  readonly deadline: string | null;
}

const UNITS = [
  '市发改委',
  '市财政局',
  '市政管局',
  '市教育局',
  '市卫健委',
  '市司法局',
  '市商务局',
  '市住建局',
  '市民政局',
  '市人社局',
];
const FILLERS = ['进一步', '切实', '全面', '积极', '持续'];

function register(tasks: readonly Planted[], sectionCount: number): Register {
  const sections: Section[] = Array.from({ length: sectionCount }, (_, i) => ({
    id: String(i + 1),
    marker: `${i + 1}、`,
    level: 1,
    ordinal: i + 1,
    title: `第${i + 1}部分重点任务`,
    intro: null,
    sections: [],
    line: 1,
  }));
  const counters = new Map<string, number>();
  const taskList: Task[] = tasks.map((t, i) => {
    const n = (counters.get(t.section) ?? 0) + 1;
    counters.set(t.section, n);
    return {
      id: `${t.section}.${n}`,
      sectionId: t.section,
      marker: `${n}.`,
      title: null,
      text: t.text,
      leads: t.leads,
      owners: [],
      separately: false,
      unitsText: null,
      deadlines: t.deadline ? [{ text: t.deadline, date: null }] : [],
      targets: [],
      line: i + 2,
      column: 1,
    };
  });
  return {
    schemaVersion: '1.0',
    source: {
      path: null,
      sha256: '0'.repeat(64),
      encoding: 'utf-8',
      format: 'text',
      script: 'simplified',
      outputScript: 'original',
    },
    pageMeta: {},
    stripped: [],
    warnings: [],
    documents: [
      {
        index: 1,
        title: 'bench',
        notice: null,
        issuer: null,
        date: null,
        year: 2019,
        disclosure: null,
        preamble: null,
        closing: null,
        record: null,
        script: 'simplified',
        sections,
        tasks: taskList,
        line: 1,
        endLine: tasks.length + 2,
      },
    ],
  };
}

/** Old and new registers of `size` tasks, and the planted old→new text pairs. */
export function synthesise(size: number, seed = 7): { old: Register; new: Register; planted: Map<string, string> } {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const sentences = seedSentences(repoRoot());
  const sectionCount = Math.max(3, Math.round(size / 30));
  const make = (): Planted => ({
    id: '',
    section: String(1 + Math.floor(random() * sectionCount)),
    text: `${pick(sentences)}${pick(sentences)}`,
    leads: [pick(UNITS)],
    deadline: random() < 0.3 ? `${1 + Math.floor(random() * 12)}月底前` : null,
  });
  const oldTasks = Array.from({ length: size }, make);
  const newTasks: Planted[] = [];
  const planted = new Map<string, string>();
  for (const t of oldTasks) {
    const r = random();
    if (r < 0.1) continue; // removed
    let next: Planted = { ...t };
    if (r < 0.35) {
      // Reworded: a filler word in, a few characters out.
      const chars = [...t.text];
      const at = Math.floor(random() * chars.length);
      chars.splice(at, Math.min(3, chars.length - at - 1), pick(FILLERS));
      next = { ...next, text: chars.join('') };
    } else if (r < 0.42) next = { ...next, section: String(1 + Math.floor(random() * sectionCount)) };
    else if (r < 0.5) next = { ...next, leads: [pick(UNITS)] };
    else if (r < 0.55) next = { ...next, deadline: '年底前' };
    newTasks.push(next);
    planted.set(t.text, next.text);
  }
  while (newTasks.length < size) newTasks.splice(Math.floor(random() * newTasks.length), 0, make());
  const bySection = (xs: Planted[]): Planted[] =>
    xs
      .map((x, i) => [x, i] as const)
      .sort((a, b) => Number(a[0].section) - Number(b[0].section) || a[1] - b[1])
      .map(([x]) => x);
  return { old: register(bySection(oldTasks), sectionCount), new: register(bySection(newTasks), sectionCount), planted };
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

async function timeAsync(fn: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function runCommand(cwd: string, args: string[], deps: () => DiffDeps): Promise<string> {
  let out = '';
  let code = 0;
  const io = {
    stdout: { write: (t: string) => void (out += t), isTTY: false },
    stderr: { write: (t: string) => void (out += t), isTTY: false },
    readStdin: async () => new Uint8Array(),
    cwd,
    env: {},
  };
  const ctx: CommandContext = { io, debug: false, color: false, errPaint: noPaint, exit: (c) => void (code = c) };
  await diffCommand(ctx, deps).exitOverride().parseAsync(args, { from: 'user' });
  if (code !== 0) throw new Error(`diff exited ${code}: ${out.slice(0, 200)}`);
  return out;
}

/**
 * In a child process (pinned to one core with taskset where there is one): loads the segmenter,
 * then times one diff of two `size`-task plans (the second of two runs) and measures the peak
 * resident memory it adds beyond what the loaded segmenter and converter hold.
 */
export function measureIsolated(size: number): { ms: number; extraMb: number; loadMb: number } | null {
  // The compiled module (a test runner may have loaded this one from TypeScript source).
  const compiled = path.join(repoRoot(), 'dist', 'test', 'bench', 'diff.js');
  if (!existsSync(compiled)) return null;
  const script = `const m = await import(${JSON.stringify(pathToFileURL(compiled).href)}); process.stdout.write(JSON.stringify(m.measureHere(${size})));`;
  const node = [process.execPath, '--input-type=module', '-e', script];
  const command = existsSync('/usr/bin/taskset') ? ['/usr/bin/taskset', '-c', '0', ...node] : node;
  const r = spawnSync(command[0], command.slice(1), { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) return null;
  return JSON.parse(r.stdout) as { ms: number; extraMb: number; loadMb: number };
}

/** The child's side of measureIsolated. */
export function measureHere(size: number): { ms: number; extraMb: number; loadMb: number } {
  const deps: DiffDeps = { segmenter: loadJiebaSegmenter(), toSimplified: loadToSimplified() };
  deps.segmenter.cut('加强政策解读');
  deps.toSimplified('加強政策解讀');
  const data = synthesise(size);
  const loaded = process.resourceUsage().maxRSS;
  const inputs = [
    { name: 'old', register: data.old },
    { name: 'new', register: data.new },
  ];
  diffRegisters(inputs, DEFAULT_DIFF_OPTIONS, deps);
  const ms = time(() => void diffRegisters(inputs, DEFAULT_DIFF_OPTIONS, deps));
  return { ms: round(ms), extraMb: round((process.resourceUsage().maxRSS - loaded) / 1024), loadMb: round(loaded / 1024) };
}

export async function runDiffBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  // The budget: a 300 × 300 diff within 2 s and 400 MB on one core, beyond the segmenter's load.
  const isolated = measureIsolated(300);
  if (isolated) {
    rows.push({ name: 'diff: 300 × 300 on one core (taskset), second run (budget 2,000 ms)', value: isolated.ms, unit: 'ms' });
    rows.push({
      name: 'diff: 300 × 300 peak memory beyond the loaded segmenter (budget 400 MB)',
      value: isolated.extraMb,
      unit: 'MB',
    });
    rows.push({ name: 'diff: resident memory with nodejieba + opencc loaded', value: isolated.loadMb, unit: 'MB' });
  }
  let deps: DiffDeps | null = null;
  // nodejieba reads its dictionaries on the first cut: time the load with one cut and one conversion.
  const load = time(() => {
    deps = { segmenter: loadJiebaSegmenter(), toSimplified: loadToSimplified() };
    deps.segmenter.cut('加强政策解读');
    deps.toSimplified('加強政策解讀');
  });
  rows.push({ name: 'diff: load nodejieba + opencc (once per process)', value: round(load), unit: 'ms' });
  const loaded = deps!;
  const dir = mkdtempSync(path.join(tmpdir(), 'workplan-bench-diff-'));
  try {
    for (const size of [300, 3000]) {
      const data = synthesise(size);
      let result = diffRegisters(
        [
          { name: 'old', register: data.old },
          { name: 'new', register: data.new },
        ],
        DEFAULT_DIFF_OPTIONS,
        loaded,
      );
      const align = time(
        () =>
          void (result = diffRegisters(
            [
              { name: 'old', register: data.old },
              { name: 'new', register: data.new },
            ],
            DEFAULT_DIFF_OPTIONS,
            loaded,
          )),
      );
      rows.push({ name: `diff: align ${size} × ${size} tasks`, value: round(align), unit: 'ms' });
      const pairs = result.comparisons[0].entries.filter((e) => e.kind === 'pair');
      const hits = pairs.filter((e) => data.planted.get(e.old!.text) === e.new!.text).length;
      rows.push({ name: `diff: ${size} planted pairs found (recall)`, value: round(hits / data.planted.size, 3), unit: 'ratio' });
      rows.push({
        name: `diff: ${size} pairs correct (precision)`,
        value: round(hits / Math.max(1, pairs.length), 3),
        unit: 'ratio',
      });
      writeFileSync(path.join(dir, `old-${size}.json`), JSON.stringify(data.old));
      writeFileSync(path.join(dir, `new-${size}.json`), JSON.stringify(data.new));
      const command = await timeAsync(
        async () => void (await runCommand(dir, [`old-${size}.json`, `new-${size}.json`, '--format', 'json'], () => loaded)),
      );
      rows.push({
        name: `diff: whole command ${size} × ${size} (read, validate, align, JSON)`,
        value: round(command),
        unit: 'ms',
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
