/**
 * Lines as the next stage reads them. joinBrokenLines (after cleaning) rejoins kept lines a bad
 * copy broke; a rule that misses each piece may hit the joined line (`r>〔` + `p>切` reads as a
 * menu chain), and cleaning the pipeline's output would then strip more. So the kept text is
 * joined here as the pipeline will join it, every line made of several input lines is classified
 * again, and what a rule removes from it is removed from the input lines it came from. Repeated
 * while that changes anything (a removal makes new neighbours), a few rounds at most.
 */
import { identity, toSource, type MappedText } from '../core/source-map.js';
import { readDocument } from '../normalize/index.js';
import { buildDocuments, type Lines } from './assemble.js';
import { lineIndexAt } from '../core/position.js';
import { classifyLine, subtractSpans, trimSpans, type LineVerdict, type Span } from './engine.js';
import type { CleanRule } from './types.js';

const MAX_ROUNDS = 4;

/**
 * Returns the documents as the pipeline reads them (readDocument), built from the final verdicts,
 * with maps into `text`; null when the rounds ran out while removals still changed them.
 */
export function rejudgeJoinedLines(
  text: string,
  lines: Lines,
  texts: readonly string[],
  verdicts: LineVerdict[],
  rules: readonly CleanRule[],
  memo: Map<string, unknown>,
): MappedText[] | null {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let changed = false;
    const docs = buildDocuments(identity(text), lines, verdicts).map(readDocument);
    for (const { text: read, joined } of docs) {
      if (!joined) continue; // no join, nothing new to judge
      for (let ls = 0; ls <= read.text.length; ) {
        const nl = read.text.indexOf('\n', ls);
        const le = nl < 0 ? read.text.length : nl;
        if (le > ls) changed = rejudge(read, ls, le, lines, texts, verdicts, rules, memo) || changed;
        ls = le + 1;
      }
    }
    if (!changed) return docs.map((d) => d.text);
  }
  return null;
}

/** Input line holding a text offset. */
function lineAt(lines: Lines, offset: number): number {
  return lineIndexAt(lines.starts, offset);
}

function rejudge(
  read: MappedText,
  ls: number,
  le: number,
  lines: Lines,
  texts: readonly string[],
  verdicts: LineVerdict[],
  rules: readonly CleanRule[],
  memo: Map<string, unknown>,
): boolean {
  const first = lineAt(lines, toSource(read.map, ls));
  if (lineAt(lines, toSource(read.map, le - 1)) === first) return false; // one input line: judged already
  const verdict = classifyLine(read.text.slice(ls, le), rules, { lines: texts, index: first, memo });
  if (verdict.removals.length === 0) return false;
  let changed = false;
  for (const removal of verdict.removals) {
    // Removed characters of the joined line, per input line, as line spans of still-kept text.
    const perLine = new Map<number, Span[]>();
    for (const [s, e] of removal.spans) {
      for (let o = ls + s; o < ls + e; o++) {
        const at = toSource(read.map, o);
        const line = lineAt(lines, at);
        const col = at - lines.starts[line];
        const spans = perLine.get(line) ?? [];
        const last = spans[spans.length - 1];
        if (last && last[1] === col) spans[spans.length - 1] = [last[0], col + 1];
        else spans.push([col, col + 1]);
        perLine.set(line, spans);
      }
    }
    for (const [line, spans] of perLine) {
      const v = verdicts[line];
      const removed = spans.flatMap((sp) => intersect(v.kept, sp));
      if (removed.length === 0) continue;
      const kept = trimSpans(
        texts[line],
        subtractSpans(
          v.kept,
          removed.toSorted((a, b) => a[0] - b[0]),
        ),
      );
      verdicts[line] = { ...v, kept, removals: [...v.removals, { rule: removal.rule, reason: removal.reason, spans: removed }] };
      changed = true;
    }
  }
  // What the page states about itself (a breadcrumb's trail), and a compilation split, go with the first line.
  if (changed)
    verdicts[first] = {
      ...verdicts[first],
      splits: verdicts[first].splits || verdict.splits,
      meta: [...verdicts[first].meta, ...verdict.meta],
    };
  return changed;
}

function intersect(kept: readonly Span[], [s, e]: Span): Span[] {
  const out: Span[] = [];
  for (const [ks, ke] of kept) {
    const from = Math.max(ks, s);
    const to = Math.min(ke, e);
    if (to > from) out.push([from, to]);
  }
  return out;
}
