/**
 * Diff accuracy against the hand alignments in fixtures/diff-*\/expected.alignment.yaml: precision and
 * recall of the old → new links the diff reports (pairs, merges, splits), class accuracy on the matched
 * pairs, and how many of the gold's merges were found. `npm run accuracy` prints it with the other
 * accuracy tables; `node dist/test/accuracy/diff.accuracy.js` prints it alone.
 *
 * Gold tasks are named by anchors (words of the task text, compared without punctuation), so a gold
 * item maps to whichever parsed task holds it: when a parser groups several table rows into one task,
 * their links collapse into one link between the groups.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { Register } from '../../src/core/register.js';
import { parseInput } from '../../src/pipeline.js';
import {
  DEFAULT_DIFF_OPTIONS,
  diffRegisters,
  loadJiebaSegmenter,
  loadToSimplified,
  type DiffDeps,
  type DiffResult,
} from '../../src/diff/index.js';

/** Classes compared for class accuracy: what a pair says changed (unchanged = none of them). */
const SCORED_CLASSES = ['reworded', 'moved', 'units-changed', 'deadline-changed'] as const;

interface GoldLink {
  readonly old: string;
  readonly new: string;
  readonly classes?: readonly string[];
}

/** A gold alignment in one shape, whichever of the two fixture formats it came from. */
export interface Gold {
  readonly name: string;
  readonly oldFile: string;
  readonly newFile: string;
  readonly links: readonly GoldLink[];
  readonly possibly: readonly { old: string; new: string }[];
  /** New-side anchors whose task merges two or more old items. */
  readonly merges: readonly string[];
  /** Anchors are task ids (the older fixture format) instead of words. */
  readonly byId: boolean;
}

export interface GoldFigures {
  readonly name: string;
  readonly goldLinks: number;
  readonly reported: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  readonly classPairs: number;
  readonly classRight: number;
  readonly classAccuracy: number;
  readonly merges: number;
  readonly mergesFound: number;
  /** Gold links among the `possible` candidates listed for review. */
  readonly inPossible: number;
  readonly unresolved: readonly string[];
  /** False when one plan names no units: units-changed was not judged, nor scored. */
  readonly unitsCompared: boolean;
  readonly wrong: readonly string[];
  readonly missed: readonly string[];
  readonly classMisses: readonly string[];
}

/** Letters and digits only: anchors survive full/half-width punctuation and line breaks. */
function compact(text: string): string {
  let out = '';
  for (const ch of text) if (/[\p{L}\p{N}]/u.test(ch)) out += ch;
  return out;
}

export function readGold(dir: string): Gold {
  const raw = parseYaml(readFileSync(path.join(dir, 'expected.alignment.yaml'), 'utf8')) as Record<string, unknown>;
  const name = path.basename(dir);
  if (Array.isArray(raw.tasks)) {
    const tasks = raw.tasks as { new: string; from: GoldLink[] & { old: string }[]; possibly?: string[] }[];
    const side = (s: unknown): string => path.join(dir, (s as { file: string }).file);
    return {
      name,
      oldFile: side(raw.old),
      newFile: side(raw.new),
      links: tasks.flatMap((t) => t.from.map((f) => ({ old: f.old, new: t.new, classes: f.classes }))),
      possibly: tasks.flatMap((t) => (t.possibly ?? []).map((old) => ({ old, new: t.new }))),
      merges: tasks.filter((t) => t.from.length >= 2).map((t) => t.new),
      byId: false,
    };
  }
  // The older format: one-to-one pairs by anchor, acceptable merges by id.
  const root = path.resolve(dir, '../..');
  const pairs = raw.pairs as { old: { anchor: string }; new: { anchor: string } }[];
  const merges = (raw.acceptableMerges ?? []) as { old: string; new: string }[];
  return {
    name,
    oldFile: path.join(root, raw.old as string),
    newFile: path.join(root, raw.new as string),
    links: pairs.map((p) => ({ old: p.old.anchor, new: p.new.anchor })),
    possibly: merges.map((m) => ({ old: `#${m.old}`, new: `#${m.new}` })),
    merges: [],
    byId: false,
  };
}

function parseFile(file: string): Register {
  return parseInput(new Uint8Array(readFileSync(file)), { path: file }).register;
}

/** Ids of the parsed tasks holding an anchor (`#id` names a task by id). */
function tasksOf(register: Register, anchor: string): string[] {
  const tasks = register.documents.flatMap((d) => d.tasks);
  if (anchor.startsWith('#')) return tasks.filter((t) => t.id === anchor.slice(1)).map((t) => t.id);
  const key = compact(anchor);
  return tasks.filter((t) => compact(t.text).includes(key)).map((t) => t.id);
}

export function scoreGold(gold: Gold, deps: DiffDeps): { figures: GoldFigures; result: DiffResult } {
  return scoreRegisters(gold, parseFile(gold.oldFile), parseFile(gold.newFile), deps);
}

/** Scores the diff of two registers (parsed from the gold's files, or built otherwise) against the gold. */
export function scoreRegisters(
  gold: Gold,
  oldR: Register,
  newR: Register,
  deps: DiffDeps,
): { figures: GoldFigures; result: DiffResult } {
  const result = diffRegisters(
    [
      { name: path.basename(gold.oldFile), register: oldR },
      { name: path.basename(gold.newFile), register: newR },
    ],
    DEFAULT_DIFF_OPTIONS,
    deps,
  );
  const entries = result.comparisons[0].entries;
  const unresolved: string[] = [];
  const resolve = (r: Register, anchor: string): string | null => {
    const ids = tasksOf(r, anchor);
    if (ids.length !== 1) {
      unresolved.push(`${anchor} (${ids.length} tasks)`);
      return null;
    }
    return ids[0];
  };
  const key = (o: string, n: string): string => `${o}→${n}`;
  // Gold links between parsed tasks; several gold links may collapse into one.
  const expected = new Map<string, Set<string> | null>();
  const label = new Map<string, string>();
  for (const l of gold.links) {
    const o = resolve(oldR, l.old);
    const n = resolve(newR, l.new);
    if (o === null || n === null) {
      expected.set(`unresolved:${l.old}→${l.new}`, null);
      continue;
    }
    const k = key(o, n);
    label.set(k, `${o} ${short(l.old)} → ${n} ${short(l.new)}`);
    const classes = l.classes ? new Set(l.classes) : null;
    // Collapsed links with different classes are not scored for classes.
    expected.set(k, expected.has(k) && !sameSet(expected.get(k) ?? null, classes) ? null : classes);
  }
  const acceptable = new Set<string>();
  for (const p of gold.possibly) {
    const o = tasksOf(oldR, p.old);
    const n = tasksOf(newR, p.new);
    for (const a of o) for (const b of n) acceptable.add(key(a, b));
  }
  const reported = new Map<string, (typeof entries)[number]>();
  for (const e of entries) {
    if ((e.kind === 'pair' || e.kind === 'merged' || e.kind === 'split') && e.old && e.new)
      reported.set(key(e.old.id, e.new.id), e);
  }
  const possibleKeys = new Set(entries.flatMap((e) => (e.possible ?? []).map((p) => key(e.old?.id ?? p.id, e.new?.id ?? p.id))));
  let correct = 0;
  let counted = 0;
  const wrong: string[] = [];
  for (const [k, e] of reported) {
    if (expected.has(k)) {
      correct++;
      counted++;
    } else if (!acceptable.has(k)) {
      counted++;
      wrong.push(`${e.kind} ${k} ${short(e.old!.text)} → ${short(e.new!.text)}`);
    }
  }
  const missed = [...expected.keys()].filter((k) => !reported.has(k)).map((k) => label.get(k) ?? k);
  let classPairs = 0;
  let classRight = 0;
  const classMisses: string[] = [];
  // When one plan names no units at all the diff cannot judge units-changed (it says so): the
  // classes are scored on what it could judge.
  const judged = SCORED_CLASSES.filter((c) => c !== 'units-changed' || result.comparisons[0].unitsCompared) as readonly string[];
  for (const [k, gold] of expected) {
    const e = reported.get(k);
    if (!gold || !e || e.kind !== 'pair') continue;
    classPairs++;
    const classes = new Set([...gold].filter((c) => judged.includes(c)));
    const got = new Set(e.classes.filter((c) => judged.includes(c)));
    if (sameSet(got, classes)) classRight++;
    else classMisses.push(`${k}: got [${[...got].join(', ')}], expected [${[...classes].join(', ')}]`);
  }
  let mergesFound = 0;
  for (const m of gold.merges) {
    const n = tasksOf(newR, m);
    const olds = new Set(gold.links.filter((l) => l.new === m).flatMap((l) => tasksOf(oldR, l.old)));
    const linked = [...olds].filter((o) => n.length === 1 && reported.has(key(o, n[0])));
    if (linked.length >= Math.min(2, olds.size)) mergesFound++;
  }
  const inPossible = [...expected.keys()].filter((k) => !reported.has(k) && possibleKeys.has(k)).length;
  const figures: GoldFigures = {
    name: gold.name,
    goldLinks: expected.size,
    reported: counted,
    correct,
    precision: counted === 0 ? 0 : correct / counted,
    recall: expected.size === 0 ? 0 : correct / expected.size,
    classPairs,
    classRight,
    classAccuracy: classPairs === 0 ? 1 : classRight / classPairs,
    merges: gold.merges.length,
    mergesFound,
    inPossible,
    unresolved,
    unitsCompared: result.comparisons[0].unitsCompared,
    wrong,
    missed,
    classMisses,
  };
  return { figures, result };
}

function sameSet(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): boolean {
  if (a === null || b === null) return a === b;
  return a.size === b.size && [...a].every((x) => b.has(x));
}

function short(text: string): string {
  const chars = [...text.replace(/\s+/g, '')];
  return chars.length <= 14 ? chars.join('') : `${chars.slice(0, 13).join('')}…`;
}

export function goldDirs(root: string): string[] {
  const fixtures = path.join(root, 'fixtures');
  return readdirSync(fixtures)
    .filter((d) => d.startsWith('diff-') && existsSync(path.join(fixtures, d, 'expected.alignment.yaml')))
    .sort()
    .map((d) => path.join(fixtures, d));
}

const pct = (x: number): string => x.toFixed(2);

export default async function report(root: string): Promise<string> {
  const deps: DiffDeps = { segmenter: loadJiebaSegmenter(), toSimplified: loadToSimplified() };
  const rows = goldDirs(root).map((dir) => scoreGold(readGold(dir), deps).figures);
  const head = [
    'pair',
    'gold links',
    'reported',
    'correct',
    'precision',
    'recall',
    'classes right',
    'merges found',
    'gold in possible',
  ];
  const body = rows.map((r) => [
    r.name,
    String(r.goldLinks),
    String(r.reported),
    String(r.correct),
    pct(r.precision),
    pct(r.recall),
    `${r.classRight}/${r.classPairs} (${pct(r.classAccuracy)})${r.unitsCompared ? '' : ' ¹'}`,
    `${r.mergesFound}/${r.merges}`,
    String(r.inPossible),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => [...b[i]].length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i] + (c.length - [...c].length)))
      .join('  ')
      .trimEnd();
  const out = [line(head), ...body.map(line)];
  if (rows.some((r) => !r.unitsCompared)) out.push('¹ one plan names no units as parsed: units-changed not judged, not scored');
  for (const r of rows) {
    const notes = [
      ...r.unresolved.map((u) => `unresolved anchor ${u}`),
      ...r.missed.map((m) => `missed ${m}`),
      ...r.wrong.map((w) => `wrong ${w}`),
      ...r.classMisses.map((c) => `classes ${c}`),
    ];
    if (notes.length > 0) out.push('', `${r.name}:`, ...notes.map((n) => `  ${n}`));
  }
  return out.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  report(root).then(
    (text) => process.stdout.write(`${text}\n`),
    (error: unknown) => {
      process.stderr.write(`diff accuracy: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(2);
    },
  );
}
