import { MapBuilder, composeMaps, toSource, type MappedText } from '../core/source-map.js';
import type { LineVerdict } from './engine.js';
import type { Removal } from './types.js';

/** Line boundaries of a text: start offsets and end offsets (before the '\n'). */
export interface Lines {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

export function splitLines(text: string): Lines {
  const starts: number[] = [0];
  const ends: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    ends.push(i);
    starts.push(i + 1);
  }
  ends.push(text.length);
  return { starts, ends };
}

/** Audit entries in source offsets: one per rule hit, text as the cleaner saw it. */
export function collectRemovals(input: MappedText, lines: Lines, verdicts: readonly LineVerdict[]): Removal[] {
  const out: Removal[] = [];
  verdicts.forEach((v, i) => {
    const base = lines.starts[i];
    for (const r of v.removals) {
      const first = r.spans[0];
      const last = r.spans[r.spans.length - 1];
      const text = r.spans.map(([s, e]) => input.text.slice(base + s, base + e)).join('');
      out.push({
        rule: r.rule,
        reason: r.reason,
        text,
        start: toSource(input.map, base + first[0]),
        // Map the last removed character, not the offset after it, which may sit past a map anchor.
        end: toSource(input.map, base + last[1] - 1) + 1,
      });
    }
  });
  return out;
}

/**
 * Documents from the kept text. Lines before the first compilation marker go to the first
 * document (or nowhere when nothing of them is kept); blank lines next to removed lines collapse
 * so that removing debris does not open new paragraph breaks.
 */
export function buildDocuments(input: MappedText, lines: Lines, verdicts: readonly LineVerdict[]): MappedText[] {
  const groups: number[][] = [[]];
  verdicts.forEach((v, i) => {
    if (v.splits) groups.push([]);
    groups[groups.length - 1].push(i);
  });
  if (groups.length > 1) {
    const [head, first, ...rest] = groups;
    groups.splice(0, groups.length, [...head, ...first], ...rest);
  }
  return groups.map((group) => buildOne(input, lines, verdicts, group));
}

function buildOne(input: MappedText, lines: Lines, verdicts: readonly LineVerdict[], group: readonly number[]): MappedText {
  // Output lines: indexes of input lines, -1-free; blank lines are kept lines with no content.
  const emitted: number[] = [];
  let afterRemoved = false;
  for (const i of group) {
    const v = verdicts[i];
    const blank = v.removals.length === 0 && v.kept.length === 0;
    if (!blank && v.kept.length === 0) {
      afterRemoved = true;
      continue;
    }
    if (blank) {
      const last = emitted[emitted.length - 1];
      const lastBlank = last === undefined || verdicts[last].kept.length === 0;
      if (afterRemoved && lastBlank) continue;
      emitted.push(i);
      continue;
    }
    afterRemoved = false;
    emitted.push(i);
  }
  // Leading and trailing blank lines carry nothing (index arithmetic: shift() would be quadratic).
  let first = 0;
  while (first < emitted.length && verdicts[emitted[first]].kept.length === 0) first++;
  let last = emitted.length;
  while (last > first && verdicts[emitted[last - 1]].kept.length === 0) last--;
  const builder = new MapBuilder();
  for (let k = first; k < last; k++) {
    const i = emitted[k];
    if (k > first) {
      const nl = lines.ends[emitted[k - 1]];
      builder.keep(input.text, nl, nl + 1);
    }
    const base = lines.starts[i];
    for (const [s, e] of verdicts[i].kept) builder.keep(input.text, base + s, base + e);
  }
  const built = builder.build();
  return { text: built.text, map: composeMaps(input.map, built.map) };
}
