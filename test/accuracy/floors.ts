/**
 * Accuracy floors of the real-notice fixtures (fixtures/real-*\/accuracy-floor.yaml): the rate each
 * measure reached when the floor was recorded. The golden test fails when a measure falls below its
 * floor, so a golden register the parser does not meet yet is still a test that can fail; recording
 * only raises floors unless asked to lower them. Pure: reading and writing the file is the caller's.
 */
import { MEASURES, rate, type Measure, type Scores } from './score.js';

/**
 * The rate floor of each measure, and `exact` once the parser gave the golden register itself: from
 * then on the register must stay equal to its golden (measures do not see every field).
 */
export type Floors = Partial<Record<Measure, number>> & { readonly exact?: true };

/** A rate rounded down to three decimals, so a floor recorded from a run never exceeds that run. */
export function floorOf(r: number): number {
  return Math.floor(r * 1000 + 1e-9) / 1000;
}

/** Reads the floors out of a parsed accuracy-floor.yaml; anything that is not a known measure with a rate in [0, 1] is an error. */
export function readFloors(value: unknown): Floors {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error('accuracy floors must be a mapping of measure to rate');
  const out: Partial<Record<Measure, number>> & { exact?: true } = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'exact') {
      if (v !== true) throw new Error("'exact' must be true (or left out)");
      out.exact = true;
      continue;
    }
    if (!(MEASURES as readonly string[]).includes(k)) throw new Error(`unknown accuracy measure '${k}'`);
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw new Error(`accuracy floor of '${k}' must be a number from 0 to 1`);
    out[k as Measure] = v;
  }
  return out;
}

/**
 * New floors from measured scores: each measure that applies goes to its measured rate if that is
 * higher (or, with `lower`, to the measured rate whatever it is). A measure that does not apply keeps
 * its old floor (dropped with `lower`). `exact` (the register equals its golden) is kept once set,
 * unless `lower`.
 */
export function recordFloors(old: Floors, scores: Scores, lower = false, exact = false): Floors {
  const out: Partial<Record<Measure, number>> & { exact?: true } = {};
  if (exact || (!lower && old.exact)) out.exact = true;
  for (const m of MEASURES) {
    const r = rate(scores[m]);
    const measured = r === null ? undefined : floorOf(r);
    const before = old[m];
    const next = lower ? measured : measured === undefined ? before : Math.max(before ?? 0, measured);
    if (next !== undefined) out[m] = next;
  }
  return out;
}

export interface Shortfall {
  readonly measure: Measure;
  readonly floor: number;
  readonly rate: number;
  readonly hit: number;
  readonly total: number;
}

/** The measures that fall below their floor (a measure that does not apply this time is not below). */
export function belowFloors(scores: Scores, floors: Floors): Shortfall[] {
  const out: Shortfall[] = [];
  for (const m of MEASURES) {
    const f = floors[m];
    const r = rate(scores[m]);
    if (f === undefined || r === null) continue;
    if (r < f) out.push({ measure: m, floor: f, rate: r, hit: scores[m].hit, total: scores[m].total });
  }
  return out;
}

/** The floors file as written: a comment on how it is made, then one measure a line, in report order. */
export function floorsYaml(floors: Floors): string {
  const lines = [
    '# Accuracy floors of this real-notice fixture: each measure of `npm run accuracy` must stay at or above',
    '# its floor (test/fixtures.test.ts). Recorded by `node dist/test/accuracy/run.js --record-floors`,',
    '# which only raises floors (`--lower` to lower them). The golden register is never touched.',
  ];
  if (floors.exact) lines.push('exact: true # the register equals its golden, and must stay so');
  for (const m of MEASURES) if (floors[m] !== undefined) lines.push(`${m}: ${floors[m]}`);
  return lines.join('\n') + '\n';
}
