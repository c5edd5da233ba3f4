import type { TaskFeatures } from './features.js';
import { containment } from './tokens.js';

/** How much more of the matched task the extra one must explain to count as its other half. */
const MIN_GAIN = 0.1;

export interface ExtraLink {
  /** The unmatched task. */
  readonly extra: number;
  /** The matched task (other side) it answers to. */
  readonly target: number;
  /** The target's own partner (same side as `extra`). */
  readonly partner: number;
  /** Share of the extra task's bigrams found in the target. */
  readonly coverage: number;
}

/**
 * Unmatched tasks that are mostly covered by a matched task of the other side whose partner
 * leaves part of it unexplained: the two together answer to one (split or merge). Looks only at
 * candidate pairs, so it stays near-linear.
 */
export function findExtras(
  unmatched: readonly number[],
  candidatesOf: (extra: number) => readonly number[],
  partnerOf: (target: number) => number | undefined,
  extraF: readonly TaskFeatures[],
  targetF: readonly TaskFeatures[],
  minCoverage: number,
): ExtraLink[] {
  const out: ExtraLink[] = [];
  for (const extra of unmatched) {
    let best: ExtraLink | null = null;
    for (const target of candidatesOf(extra)) {
      const partner = partnerOf(target);
      if (partner === undefined) continue;
      const coverage = containment(extraF[extra].bigrams, targetF[target].bigrams);
      if (coverage < minCoverage || (best && coverage <= best.coverage)) continue;
      const t = targetF[target].bigrams;
      const byPartner = containment(t, extraF[partner].bigrams);
      const both = containment(t, new Set([...extraF[partner].bigrams, ...extraF[extra].bigrams]));
      if (both - byPartner < MIN_GAIN) continue;
      best = { extra, target, partner, coverage };
    }
    if (best) out.push(best);
  }
  return out;
}
