import { isRegexSpace } from '../core/zh/index.js';
import type { PageMeta } from '../core/register.js';
import type { CleanRule, Hit, LineContext } from './types.js';

/** A span of one line, in line offsets, end exclusive. */
export type Span = readonly [start: number, end: number];

/** One removal inside a line: the spans of the line it covers (kept text it was read from). */
export interface LineRemoval {
  readonly rule: string;
  readonly reason: string;
  readonly spans: readonly Span[];
}

export interface LineVerdict {
  /** What is still kept of the line, in line offsets; empty when the whole line went. */
  readonly kept: readonly Span[];
  readonly removals: readonly LineRemoval[];
  readonly splits: boolean;
  /** The rule whose hit opened a tail block on this line, if any. */
  readonly tailRule: CleanRule | null;
  readonly meta: readonly PageMeta[];
}

/** Rules re-run on what is left of a line after a removal; this bounds the rounds. */
const MAX_ROUNDS = 12;

/** /\s/.test(line[i]), without making a one-character string per test. */
export function isSpaceAt(line: string, i: number): boolean {
  return isRegexSpace(line.charCodeAt(i));
}

export function trimSpans(line: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const [s0, e0] of spans) if (e0 > s0) out.push([s0, e0]);
  // Leading and trailing whitespace of what is left is not content.
  while (out.length > 0) {
    const [s, e] = out[0];
    let t = s;
    while (t < e && isSpaceAt(line, t)) t++;
    if (t < e) {
      out[0] = [t, e];
      break;
    }
    out.shift();
  }
  while (out.length > 0) {
    const [s, e] = out[out.length - 1];
    let t = e;
    while (t > s && isSpaceAt(line, t - 1)) t--;
    if (t > s) {
      out[out.length - 1] = [s, t];
      break;
    }
    out.pop();
  }
  return out;
}

/** Maps [start, end) of the concatenated kept text back to line spans. */
function toLineSpans(kept: readonly Span[], start: number, end: number): Span[] {
  const out: Span[] = [];
  let base = 0;
  for (const [s, e] of kept) {
    const len = e - s;
    const from = Math.max(start, base);
    const to = Math.min(end, base + len);
    if (to > from) out.push([s + (from - base), s + (to - base)]);
    base += len;
  }
  return out;
}

export function subtractSpans(kept: readonly Span[], removed: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const [s, e] of kept) {
    let cur = s;
    for (const [rs, re] of removed) {
      if (re <= cur || rs >= e) continue;
      if (rs > cur) out.push([cur, rs]);
      cur = Math.max(cur, re);
    }
    if (cur < e) out.push([cur, e]);
  }
  return out;
}

/** Applies the rules to one line until none hits what is left of it. */
export function classifyLine(line: string, rules: readonly CleanRule[], ctx: LineContext): LineVerdict {
  let kept = trimSpans(line, [[0, line.length]]);
  const removals: LineRemoval[] = [];
  const meta: PageMeta[] = [];
  let splits = false;
  let tailRule: CleanRule | null = null;
  for (let round = 0; round < MAX_ROUNDS && kept.length > 0; round++) {
    const text = kept.length === 1 ? line.slice(kept[0][0], kept[0][1]) : kept.map(([s, e]) => line.slice(s, e)).join('');
    let hits: readonly Hit[] = [];
    let rule: CleanRule | null = null;
    for (const candidate of rules) {
      hits = candidate.match(text, ctx);
      if (hits.length > 0) {
        rule = candidate;
        break;
      }
    }
    if (!rule) break;
    const removedNow: Span[] = [];
    for (const hit of hits) {
      const spans = toLineSpans(kept, hit.start ?? 0, hit.end ?? text.length);
      if (spans.length === 0) continue;
      removals.push({ rule: rule.id, reason: hit.reason, spans });
      removedNow.push(...spans);
      if (hit.meta) meta.push(hit.meta);
      if (hit.splits) splits = true;
      if (hit.opensTail && hit.start === undefined) tailRule = rule;
    }
    if (removedNow.length === 0) break;
    removedNow.sort((a, b) => a[0] - b[0]);
    kept = trimSpans(line, subtractSpans(kept, removedNow));
  }
  // Most lines are kept whole and hit no rule: their verdict shares its arrays with every other
  // such line of that length (a notice of 350,000 lines held ~200 bytes of arrays per line).
  if (removals.length === 0 && meta.length === 0 && !splits && tailRule === null) {
    if (kept.length === 0) return BLANK;
    if (kept.length === 1 && kept[0][0] === 0 && kept[0][1] === line.length) return untouched(line.length);
  }
  return { kept, removals: removals.length === 0 ? NONE : removals, splits, tailRule, meta: meta.length === 0 ? NONE : meta };
}

const NONE: readonly never[] = Object.freeze([]);
const BLANK: LineVerdict = Object.freeze({ kept: NONE, removals: NONE, splits: false, tailRule: null, meta: NONE });
const UNTOUCHED = new Map<number, LineVerdict>();

/** The shared, frozen verdict of a line of `length` chars that no rule touched. */
function untouched(length: number): LineVerdict {
  let verdict = UNTOUCHED.get(length);
  if (verdict === undefined) {
    verdict = Object.freeze({
      kept: Object.freeze([Object.freeze([0, length] as const)]) as readonly Span[],
      removals: NONE,
      splits: false,
      tailRule: null,
      meta: NONE,
    });
    // Bounded: lengths past a few thousand are rare, and each verdict is small.
    if (UNTOUCHED.size < 4096) UNTOUCHED.set(length, verdict);
  }
  return verdict;
}

/**
 * Tail blocks: the short lines after a related-list heading or a footer line are removed too,
 * but only when nothing but such lines and other debris follows up to the end of the page (or
 * the next document), so a heading in the middle of a page never eats the plan after it.
 */
export function applyTails(lines: readonly string[], verdicts: LineVerdict[]): void {
  for (let i = 0; i < verdicts.length; i++) {
    const rule = verdicts[i].tailRule;
    if (!rule?.tailItem) continue;
    const items: number[] = [];
    let reachedEnd = true;
    let j = i + 1;
    for (; j < verdicts.length; j++) {
      const v = verdicts[j];
      if (v.splits) break;
      if (lines[j].trim().length === 0) continue;
      if (v.kept.length === 0) continue;
      // A line another rule touched (a gloss cut out of `發(fā)布會`) is an item when what is left is one.
      const kept = v.kept.map(([s, e]) => lines[j].slice(s, e)).join('');
      if (!rule.tailItem(kept.trim())) {
        reachedEnd = false;
        break;
      }
      items.push(j);
    }
    // Headings between i and j would stop at the same line: skip them either way.
    const next = j - 1;
    if (!reachedEnd) {
      i = next;
      continue;
    }
    for (const k of items) {
      const v = verdicts[k];
      verdicts[k] = {
        kept: [],
        removals: [...v.removals, { rule: rule.id, reason: `Item of a ${rule.id} block at the end of the page`, spans: v.kept }],
        splits: false,
        tailRule: null,
        meta: v.meta,
      };
    }
    i = next;
  }
}
