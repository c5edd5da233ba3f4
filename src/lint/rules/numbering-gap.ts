import type { Finding, Rule } from '../rule.js';
import { markerAt, numberedGroups, type ItemGroup, type NumberedItem } from '../numbered.js';
import { formatMarker } from '../marker.js';
import { children } from '../tree.js';

export type Continuation = 'restart' | 'continue' | 'auto';

export interface NumberingGapOptions {
  readonly continuation: Continuation;
}

export const numberingGap: Rule<NumberingGapOptions> = {
  id: 'numbering-gap',
  description: 'Printed numbers at one level skip, repeat or step back (一、二、四)',
  rationale:
    'A gap or repeat in the printed numbering usually means an item was lost or duplicated when the notice was copied, or that the writer renumbered by hand; either way the task register would not match the document people cite by number.',
  defaultSeverity: 'error',
  defaults: { continuation: 'auto' },
  options: {
    continuation: {
      description:
        "How a section's children are numbered: 'restart' at 1 in every section, 'continue' from the previous section (some plans run (五)…(七) under 二、), or 'auto': whichever most sections of the document do.",
      enum: ['restart', 'continue', 'auto'],
    },
  },
  examples: {
    ok: ['2019年工作要点\n一、甲\n二、乙\n三、丙', '工作要点\n一、甲\n(一)子甲\n(二)子乙\n二、乙\n(三)子丙\n(四)子丁'],
    notOk: [
      { input: '2019年工作要点\n一、甲\n二、乙\n四、丁', output: ['4:1: Expected `三、`, found `四、`: `三、` is missing'] },
      { input: '2019年工作要点\n一、甲\n二、乙\n二、丙', output: ['4:1: `二、` repeats the previous number'] },
    ],
  },
  *check(subject, options) {
    for (const doc of children(subject.tree)) {
      const groups = numberedGroups(doc);
      const continues = decideContinuation(groups, options.continuation);
      const last = new Map<number, number>();
      for (const group of groups) {
        const start = continues.has(group.level) && group.parent !== null ? (last.get(group.level) ?? 0) + 1 : 1;
        yield* checkGroup(group, start);
        last.set(group.level, Math.max(last.get(group.level) ?? 0, group.items[group.items.length - 1].marker.ordinal));
      }
    }
  },
};

/** Levels whose numbering runs on across parent sections. */
function decideContinuation(groups: readonly ItemGroup[], mode: Continuation): Set<number> {
  const levels = new Set(groups.map((g) => g.level));
  if (mode === 'restart') return new Set();
  if (mode === 'continue') return levels;
  const votes = new Map<number, number>();
  const last = new Map<number, number>();
  for (const group of groups) {
    const prev = last.get(group.level);
    const first = group.items[0].marker.ordinal;
    if (prev !== undefined && group.parent !== null) {
      if (first === prev + 1) votes.set(group.level, (votes.get(group.level) ?? 0) + 1);
      else if (first === 1) votes.set(group.level, (votes.get(group.level) ?? 0) - 1);
    }
    last.set(group.level, group.items[group.items.length - 1].marker.ordinal);
  }
  return new Set([...levels].filter((level) => (votes.get(level) ?? 0) > 0));
}

function* checkGroup(group: ItemGroup, start: number): Generator<Finding> {
  let prev: NumberedItem | null = null;
  for (const item of group.items) {
    // At the top of a document, a fresh 一、 after others starts a new numbered block (an
    // attachment, or a second plan glued into the same file), not a numbering mistake.
    if (group.parent === null && prev !== null && item.marker.ordinal === 1 && prev.marker.ordinal > 1) {
      prev = item;
      continue;
    }
    const expected = prev === null ? start : prev.marker.ordinal + 1;
    if (item.marker.ordinal !== expected) {
      const want = show(item, expected);
      const reason =
        prev !== null && item.marker.ordinal === prev.marker.ordinal
          ? `\`${item.marker.value}\` repeats the previous number`
          : prev !== null && item.marker.ordinal < prev.marker.ordinal
            ? `Expected \`${want}\`, found \`${item.marker.value}\`: the numbering steps back`
            : `Expected \`${want}\`, found \`${item.marker.value}\`: ${missing(item, expected)}`;
      yield at(item, reason, want);
    }
    prev = item;
  }
}

function missing(item: NumberedItem, expected: number): string {
  if (item.marker.ordinal < expected) return 'the numbering steps back';
  const count = item.marker.ordinal - expected;
  return count === 1
    ? `\`${show(item, expected)}\` is missing`
    : `\`${show(item, expected)}\` to \`${show(item, item.marker.ordinal - 1)}\` are missing`;
}

function show(item: NumberedItem, ordinal: number): string {
  return item.marker.style ? formatMarker(item.marker.style, ordinal) : String(ordinal);
}

function at(item: NumberedItem, reason: string, expected: string): Finding {
  return { at: markerAt(item), reason, actual: item.marker.value, expected: [expected] };
}
