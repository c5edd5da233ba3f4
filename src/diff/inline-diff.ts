import type { InlinePart } from './types.js';

/** A token to compare (`key`, in the common script) and to show (`text`, the side's own). */
export interface DiffToken {
  readonly key: string;
  readonly text: string;
}

/** Above this many cells the LCS table would be too big: the middle is shown as one replacement. */
const MAX_CELLS = 4_000_000;

/**
 * Word-level diff by longest common subsequence over tokens, after trimming the common prefix and
 * suffix. Equal runs show the new side's text. Adjacent parts of the same kind are merged.
 */
export function inlineDiff(oldTokens: readonly DiffToken[], newTokens: readonly DiffToken[]): InlinePart[] {
  let start = 0;
  while (start < oldTokens.length && start < newTokens.length && oldTokens[start].key === newTokens[start].key) start++;
  let endOld = oldTokens.length;
  let endNew = newTokens.length;
  while (endOld > start && endNew > start && oldTokens[endOld - 1].key === newTokens[endNew - 1].key) {
    endOld--;
    endNew--;
  }
  const parts: InlinePart[] = [];
  const push = (op: InlinePart['op'], text: string): void => appendPart(parts, op, text);
  for (let i = 0; i < start; i++) push('equal', newTokens[i].text);
  const a = oldTokens.slice(start, endOld);
  const b = newTokens.slice(start, endNew);
  if (a.length * b.length > MAX_CELLS) {
    for (const t of a) push('delete', t.text);
    for (const t of b) push('insert', t.text);
  } else {
    for (const [op, t] of lcsScript(a, b)) push(op, t.text);
  }
  for (let j = endNew; j < newTokens.length; j++) push('equal', newTokens[j].text);
  return parts;
}

function lcsScript(a: readonly DiffToken[], b: readonly DiffToken[]): [InlinePart['op'], DiffToken][] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  // table[i][j] = LCS length of a[i..] and b[j..], filled backwards so the walk goes forwards.
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i].key === b[j].key
          ? table[(i + 1) * width + j + 1] + 1
          : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  const out: [InlinePart['op'], DiffToken][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i].key === b[j].key) {
      out.push(['equal', b[j]]);
      i++;
      j++;
    } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) out.push(['delete', a[i++]]);
    else out.push(['insert', b[j++]]);
  }
  while (i < n) out.push(['delete', a[i++]]);
  while (j < m) out.push(['insert', b[j++]]);
  return out;
}

/**
 * Tokens of a text for the diff: words of its simplified form (`keys`), shown in the original
 * script when the conversion kept the length (opencc converts character by character).
 */
export function toDiffTokens(original: string, simplifiedWords: readonly string[]): DiffToken[] {
  const simplified = simplifiedWords.join('');
  const aligned = simplified.length === original.length;
  const out: DiffToken[] = [];
  let offset = 0;
  for (const w of simplifiedWords) {
    out.push({ key: w, text: aligned ? original.slice(offset, offset + w.length) : w });
    offset += w.length;
  }
  return out;
}

/** Below this share of unchanged text, a word diff is noise: the diff goes clause by clause. */
const HEAVY_REWRITE = 0.4;
/** Clauses this similar (bigram Jaccard) are one clause reworded. */
const SAME_CLAUSE = 0.35;

interface Sided {
  /** Simplified text (compared). */
  readonly key: string;
  /** The side's own text (shown). */
  readonly text: string;
}

/**
 * Inline diff of two tasks' texts: word by word, or, when the task was heavily rewritten,
 * clause by clause — clauses that carry over (reworded or not) are diffed word by word, the others
 * shown whole as deleted or inserted, so the reader sees which sentences survived.
 */
export function taskInlineDiff(
  o: { text: string; ref: { text: string } },
  n: { text: string; ref: { text: string } },
  segmenter: { cut(text: string): string[] },
): { parts: InlinePart[]; clauses: boolean } {
  const words = inlineDiff(toDiffTokens(o.ref.text, segmenter.cut(o.text)), toDiffTokens(n.ref.text, segmenter.cut(n.text)));
  const equal = words.filter((p) => p.op === 'equal').reduce((s, p) => s + p.text.length, 0);
  const total = Math.max(o.text.length, n.text.length, 1);
  if (equal / total >= HEAVY_REWRITE) return { parts: words, clauses: false };
  const a = clausesOf(o.text, o.ref.text);
  const b = clausesOf(n.text, n.ref.text);
  if (a.length < 2 && b.length < 2) return { parts: words, clauses: false };
  const parts: InlinePart[] = [];
  const push = (op: InlinePart['op'], text: string): void => appendPart(parts, op, text);
  for (const step of clauseScript(a, b)) {
    if (step.op === 'match') {
      for (const p of inlineDiff(
        toDiffTokens(step.a.text, segmenter.cut(step.a.key)),
        toDiffTokens(step.b.text, segmenter.cut(step.b.key)),
      ))
        push(p.op, p.text);
    } else push(step.op, step.c.text);
  }
  return { parts, clauses: true };
}

/** Clauses with their closing punctuation, in both scripts (aligned when the conversion kept the length). */
function clausesOf(simplified: string, original: string): Sided[] {
  const shown = simplified.length === original.length ? original : simplified;
  const out: Sided[] = [];
  const re = /[^。；;！？!?\n]+[。；;！？!?\n]*/gu;
  for (const m of simplified.matchAll(re)) out.push({ key: m[0], text: shown.slice(m.index, m.index + m[0].length) });
  return out;
}

type ClauseStep = { op: 'match'; a: Sided; b: Sided } | { op: 'delete' | 'insert'; c: Sided };

/** LCS over clauses, two clauses being equal when they are the same clause reworded. */
function clauseScript(a: readonly Sided[], b: readonly Sided[]): ClauseStep[] {
  const grams = (s: Sided): Set<string> => {
    const chars = [...s.key].filter((ch) => /[\p{L}\p{N}]/u.test(ch));
    const out = new Set<string>();
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
    return out;
  };
  const ga = a.map(grams);
  const gb = b.map(grams);
  const same = (i: number, j: number): boolean => {
    let inter = 0;
    for (const g of ga[i]) if (gb[j].has(g)) inter++;
    const union = ga[i].size + gb[j].size - inter;
    return union > 0 && inter / union >= SAME_CLAUSE;
  };
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  const table = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i * w + j] = same(i, j) ? table[(i + 1) * w + j + 1] + 1 : Math.max(table[(i + 1) * w + j], table[i * w + j + 1]);
  const out: ClauseStep[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(i, j) && table[i * w + j] === table[(i + 1) * w + j + 1] + 1) out.push({ op: 'match', a: a[i++], b: b[j++] });
    else if (table[(i + 1) * w + j] >= table[i * w + j + 1]) out.push({ op: 'delete', c: a[i++] });
    else out.push({ op: 'insert', c: b[j++] });
  }
  while (i < n) out.push({ op: 'delete', c: a[i++] });
  while (j < m) out.push({ op: 'insert', c: b[j++] });
  return out;
}

/** Adds a part, joined to the last one when it has the same op; empty text adds nothing. */
function appendPart(parts: InlinePart[], op: InlinePart['op'], text: string): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last && last.op === op) parts[parts.length - 1] = { op, text: last.text + text };
  else parts.push({ op, text });
}
