import type { Register } from '../core/register.js';
import { alignTasks } from './align.js';
import { buildLineage } from './lineage.js';
import { summarize } from './summary.js';
import { collectTasks, type DiffTask, type ToSimplified } from './tasks.js';
import type { Segmenter } from './tokens.js';
import type { Comparison, DiffInput, DiffOptions, DiffResult } from './types.js';
import { buildUnitIndex, normalizeUnit } from './units.js';
import { parseWarnings } from './quality.js';

export interface DiffDeps {
  readonly segmenter: Segmenter;
  /** Converts any script to simplified (identity for simplified text). */
  readonly toSimplified: ToSimplified;
}

export interface NamedRegister {
  readonly name: string;
  readonly register: Register;
}

/** Compares registers in order (oldest first): each with the next, plus lineage for more than two. */
export function diffRegisters(inputs: readonly NamedRegister[], options: DiffOptions, deps: DiffDeps): DiffResult {
  const taskLists: DiffTask[][] = inputs.map((i) => collectTasks(i.register, deps.toSimplified));
  const segmenter = memoSegmenter(deps.segmenter);
  const comparisons: Comparison[] = [];
  for (let k = 0; k + 1 < inputs.length; k++) {
    const [a, b] = [taskLists[k], taskLists[k + 1]];
    // One identity per unit across the pair (aliases folded), over the names both plans use.
    const index = buildUnitIndex([...a, ...b].flatMap((t) => [...t.leads, ...t.owners]));
    const identity = (name: string): string => index.canon(normalizeUnit(deps.toSimplified(name)));
    const alignment = alignTasks(a, b, options, segmenter, index);
    comparisons.push({
      old: k,
      new: k + 1,
      entries: alignment.entries,
      sections: alignment.sections,
      rolesCompared: alignment.rolesCompared,
      unitsCompared: alignment.unitsCompared,
      summary: summarize(alignment.entries, { old: a.map((t) => t.ref), new: b.map((t) => t.ref) }, identity, index),
    });
  }
  const described: DiffInput[] = inputs.map((input, k) => ({
    name: input.name,
    documents: input.register.documents.length,
    tasks: taskLists[k].length,
    script: input.register.source.script,
    // The plan's own title, else the notice's (a notice that only attaches the plan).
    title:
      input.register.documents[0]?.title ?? input.register.documents[0]?.notice?.title ?? input.register.pageMeta.title ?? null,
    year: input.register.documents[0]?.year ?? null,
    warnings: parseWarnings(input.register),
  }));
  return {
    diffVersion: '1.0',
    options,
    inputs: described,
    comparisons,
    ...(inputs.length > 2 ? { lineage: buildLineage(comparisons, inputs.length) } : {}),
  };
}

/** Each text is cut once: scoring and the inline diffs both need the words of every task. */
function memoSegmenter(segmenter: Segmenter): Segmenter {
  const cache = new Map<string, string[]>();
  return {
    cut: (text) => {
      let words = cache.get(text);
      if (!words) cache.set(text, (words = segmenter.cut(text)));
      return words;
    },
  };
}
