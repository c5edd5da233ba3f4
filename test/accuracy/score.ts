/**
 * Accuracy of a register against its golden register, measure by measure. Pure functions on the
 * plain JSON shape of a register (as read from expected.register.yaml or printed by parse), so the
 * same scoring serves `npm run accuracy` and the golden-fixture test of real notices.
 *
 * Every measure is a count of hits out of a total; a measure with total 0 does not apply to that
 * document (no tasks to match, nothing to strip) and is left out of totals rather than counted as 1.
 */

/** The parts of a register the measures read; everything else is only compared by full equality. */
export interface ScoredRegister {
  readonly stripped?: readonly { readonly line: number; readonly text: string }[];
  readonly documents?: readonly ScoredDocument[];
}

export interface ScoredDocument {
  readonly title?: string | null;
  readonly date?: string | null;
  readonly notice?: { readonly title?: string | null; readonly docNumber?: string | null; readonly date?: string | null } | null;
  readonly sections?: readonly { readonly level?: number; readonly title?: string }[];
  readonly tasks?: readonly ScoredTask[];
}

export interface ScoredTask {
  readonly text: string;
  readonly leads?: readonly string[];
  readonly owners?: readonly string[];
  readonly deadlines?: readonly { readonly text: string; readonly date: string | null }[];
}

export interface Count {
  readonly hit: number;
  readonly total: number;
}

/** The measures, in the order the report prints them. */
export const MEASURES = [
  'title',
  'meta',
  'sections',
  'tasksP',
  'tasksR',
  'text',
  'leads',
  'owners',
  'deadlines',
  'debrisP',
  'debrisR',
] as const;
export type Measure = (typeof MEASURES)[number];
export type Scores = Readonly<Record<Measure, Count>>;

/** What each measure counts, for the report's legend. */
export const MEASURE_HELP: Readonly<Record<Measure, string>> = {
  title: 'documents whose plan title is right',
  meta: 'notice date, 文号 and notice title right (fields set on either side)',
  sections: 'level-1 sections matched by title, out of the larger of expected and actual',
  tasksP: 'tasks precision: actual tasks matched to an expected task by text',
  tasksR: 'tasks recall: expected tasks matched by an actual task',
  text: 'matched tasks whose text is exactly right',
  leads: 'matched tasks whose leads are right',
  owners: 'matched tasks whose owners are right',
  deadlines: 'matched tasks whose deadlines (text and date) are right',
  debrisP: 'stripped precision: actual stripped spans whose text should be stripped from their line',
  debrisR: 'stripped recall: expected stripped spans whose text was stripped from their line',
};

/** Width-folded (NFKC) and without white space: how two strings are compared. */
export function norm(s: string | null | undefined): string {
  return (s ?? '').normalize('NFKC').replace(/\s+/gu, '');
}

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  const chars = [...s];
  if (chars.length === 1) out.set(chars[0], 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Dice coefficient over character bigrams (1 for equal strings, 0 for nothing in common). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  let common = 0;
  let size = 0;
  for (const [g, n] of x) {
    common += Math.min(n, y.get(g) ?? 0);
    size += n;
  }
  for (const n of y.values()) size += n;
  return size === 0 ? 0 : (2 * common) / size;
}

/** Texts at least this similar are the same task written differently (a glued unit, a lost clause). */
export const MATCH_THRESHOLD = 0.7;

/**
 * One-to-one matching of actual to expected items by text: the most similar pairs first, ties
 * broken by nearness of position, pairs below the threshold never matched. Returns [expected, actual]
 * index pairs in expected order.
 */
export function matchByText(
  expected: readonly string[],
  actual: readonly string[],
  threshold = MATCH_THRESHOLD,
): [number, number][] {
  const e = expected.map(norm);
  const a = actual.map(norm);
  const pairs: { i: number; j: number; sim: number }[] = [];
  for (let i = 0; i < e.length; i++) {
    for (let j = 0; j < a.length; j++) {
      const sim = e[i] === a[j] ? 1 : similarity(e[i], a[j]);
      if (sim >= threshold) pairs.push({ i, j, sim });
    }
  }
  const rel = (i: number, n: number): number => (n <= 1 ? 0 : i / (n - 1));
  pairs.sort(
    (p, q) =>
      q.sim - p.sim ||
      Math.abs(rel(p.i, e.length) - rel(p.j, a.length)) - Math.abs(rel(q.i, e.length) - rel(q.j, a.length)) ||
      p.i - q.i ||
      p.j - q.j,
  );
  const usedE = new Set<number>();
  const usedA = new Set<number>();
  const out: [number, number][] = [];
  for (const p of pairs) {
    if (usedE.has(p.i) || usedA.has(p.j)) continue;
    usedE.add(p.i);
    usedA.add(p.j);
    out.push([p.i, p.j]);
  }
  return out.sort((p, q) => p[0] - q[0]);
}

function sameUnits(x: readonly string[] | undefined, y: readonly string[] | undefined): boolean {
  const a = (x ?? []).map(norm).sort();
  const b = (y ?? []).map(norm).sort();
  return a.length === b.length && a.every((u, i) => u === b[i]);
}

function sameDeadlines(x: ScoredTask['deadlines'], y: ScoredTask['deadlines']): boolean {
  const a = (x ?? []).map((d) => `${norm(d.text)}@${d.date ?? ''}`);
  const b = (y ?? []).map((d) => `${norm(d.text)}@${d.date ?? ''}`);
  return a.length === b.length && a.every((u, i) => u === b[i]);
}

const ZERO: Count = { hit: 0, total: 0 };

function count(hit: number, total: number): Count {
  return { hit, total };
}

/** Plan titles, document by document in input order; a missing or extra document counts as wrong. */
function titles(e: readonly ScoredDocument[], a: readonly ScoredDocument[]): Count {
  const total = Math.max(e.length, a.length);
  let hit = 0;
  for (let i = 0; i < Math.min(e.length, a.length); i++) if (norm(e[i].title) === norm(a[i].title)) hit++;
  return count(hit, total);
}

/** Notice date (the document's date when there is no notice), 文号 and notice title, where either side sets one. */
function meta(e: readonly ScoredDocument[], a: readonly ScoredDocument[]): Count {
  let hit = 0;
  let total = 0;
  const fields = (d: ScoredDocument | undefined): (string | null | undefined)[] => [
    d?.notice?.date ?? d?.date,
    d?.notice?.docNumber,
    d?.notice?.title,
  ];
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    const x = fields(e[i]);
    const y = fields(a[i]);
    for (let k = 0; k < x.length; k++) {
      if (!x[k] && !y[k]) continue;
      total++;
      if (norm(x[k]) === norm(y[k])) hit++;
    }
  }
  return count(hit, total);
}

/** Level-1 sections of all documents, matched one to one by title, out of the larger count. */
function sections(e: readonly ScoredDocument[], a: readonly ScoredDocument[]): Count {
  const top = (ds: readonly ScoredDocument[]): string[] => ds.flatMap((d) => (d.sections ?? []).map((s) => s.title ?? ''));
  const x = top(e);
  const y = top(a);
  return count(matchByText(x, y, 1).length, Math.max(x.length, y.length));
}

/**
 * Stripped text line by line, robust to how a rule cuts a line into spans: an expected span is
 * recalled when its text lies within what was stripped from its line (the line's actual spans joined),
 * and an actual span is precise when its text lies within what should have been stripped from it. The
 * rule id is left to full equality (names may still change).
 */
function debris(e: ScoredRegister['stripped'], a: ScoredRegister['stripped']): { p: Count; r: Count } {
  const byLine = (spans: ScoredRegister['stripped']): Map<number, string> => {
    const out = new Map<number, string>();
    for (const s of spans ?? []) out.set(s.line, (out.get(s.line) ?? '') + norm(s.text));
    return out;
  };
  const want = byLine(e);
  const got = byLine(a);
  const within = (s: { line: number; text: string }, lines: Map<number, string>): boolean =>
    (lines.get(s.line) ?? '\u0000').includes(norm(s.text));
  const recalled = (e ?? []).filter((s) => within(s, got)).length;
  const precise = (a ?? []).filter((s) => within(s, want)).length;
  return { p: count(precise, (a ?? []).length), r: count(recalled, (e ?? []).length) };
}

/** Scores an actual register against the expected one. */
export function scoreRegister(expected: ScoredRegister, actual: ScoredRegister): Scores {
  const e = expected.documents ?? [];
  const a = actual.documents ?? [];
  const et = e.flatMap((d) => d.tasks ?? []);
  const at = a.flatMap((d) => d.tasks ?? []);
  const matched = matchByText(
    et.map((t) => t.text),
    at.map((t) => t.text),
  );
  const on = (ok: (x: ScoredTask, y: ScoredTask) => boolean): Count =>
    count(matched.filter(([i, j]) => ok(et[i], at[j])).length, matched.length);
  const d = debris(expected.stripped, actual.stripped);
  return {
    title: titles(e, a),
    meta: meta(e, a),
    sections: sections(e, a),
    tasksP: count(matched.length, at.length),
    tasksR: count(matched.length, et.length),
    text: on((x, y) => norm(x.text) === norm(y.text)),
    leads: on((x, y) => sameUnits(x.leads, y.leads)),
    owners: on((x, y) => sameUnits(x.owners, y.owners)),
    deadlines: on((x, y) => sameDeadlines(x.deadlines, y.deadlines)),
    debrisP: d.p,
    debrisR: d.r,
  };
}

/** Sum of several documents' scores (micro-average: every item weighs the same). */
export function addScores(all: readonly Scores[]): Scores {
  const out = Object.fromEntries(MEASURES.map((m) => [m, ZERO])) as Record<Measure, Count>;
  for (const s of all) for (const m of MEASURES) out[m] = count(out[m].hit + s[m].hit, out[m].total + s[m].total);
  return out;
}

/** The rate of a count, or null when the measure does not apply. */
export function rate(c: Count): number | null {
  return c.total === 0 ? null : c.hit / c.total;
}

/** True when every measure that applies is perfect. */
export function perfect(s: Scores): boolean {
  return MEASURES.every((m) => s[m].hit === s[m].total);
}
