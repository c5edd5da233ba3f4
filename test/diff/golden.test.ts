import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseInput } from '../../src/pipeline.js';
import { diffRegisters } from '../../src/diff/diff-registers.js';
import { DEFAULT_DIFF_OPTIONS } from '../../src/diff/types.js';
import type { Register } from '../../src/core/register.js';
import { realDeps } from './real-deps.js';

const ROOT = path.resolve(__dirname, '../..');
interface Side {
  id: string;
  anchor: string;
}
interface Golden {
  old: string;
  new: string;
  pairs: { old: Side; new: Side }[];
  acceptableMerges: { old: string; new: string }[];
}
const golden = parseYaml(readFileSync(path.join(ROOT, 'fixtures/diff-000-002/expected.alignment.yaml'), 'utf8')) as Golden;
const register = (file: string): Register =>
  parseInput(new Uint8Array(readFileSync(path.join(ROOT, file))), { path: file }).register;
const oldRegister = register(golden.old);
const newRegister = register(golden.new);

/** The id of the one task whose text contains the anchor (the golden names tasks by their words). */
function idOf(r: Register, side: Side): string {
  const hits = r.documents.flatMap((d) => d.tasks).filter((t) => t.text.includes(side.anchor));
  expect(
    hits.map((t) => t.id),
    side.anchor,
  ).toHaveLength(1);
  return hits[0].id;
}

const result = diffRegisters(
  [
    { name: 'old', register: oldRegister },
    { name: 'new', register: newRegister },
  ],
  DEFAULT_DIFF_OPTIONS,
  realDeps(),
);
const found = new Set(result.comparisons[0].entries.filter((e) => e.kind === 'pair').map((e) => `${e.old!.id}→${e.new!.id}`));
const expected = new Set(golden.pairs.map((p) => `${idOf(oldRegister, p.old)}→${idOf(newRegister, p.new)}`));
const correct = [...found].filter((p) => expected.has(p)).length;
const precision = correct / found.size;
const recall = correct / expected.size;

describe('golden alignment 黄冈 2019 ↔ 江西 2019 (traditional)', () => {
  it('finds every anchored task under the id the golden records', () => {
    for (const p of golden.pairs) {
      expect(idOf(oldRegister, p.old)).toBe(p.old.id);
      expect(idOf(newRegister, p.new)).toBe(p.new.id);
    }
  });

  it.each([
    ['precision', () => precision],
    ['recall', () => recall],
  ])('%s is at least 0.9', (_name, value) => {
    expect(value()).toBeGreaterThanOrEqual(0.9);
  });

  it('reports merges only where the golden allows them', () => {
    const allowed = new Set(golden.acceptableMerges.map((m) => `${m.old}→${m.new}`));
    const merges = result.comparisons[0].entries.filter((e) => e.kind === 'merged' || e.kind === 'split');
    for (const m of merges) expect(allowed.has(`${m.old!.id}→${m.new!.id}`), `${m.kind} ${m.old!.id}→${m.new!.id}`).toBe(true);
  });

  it('does not call tasks moved when their whole section was renamed with them', () => {
    const moved = result.comparisons[0].entries.filter(
      (e) => e.classes.includes('moved') && expected.has(`${e.old!.id}→${e.new!.id}`),
    );
    expect(moved.map((e) => e.old!.id)).toEqual([]);
  });

  it('compares unit names across scripts', () => {
    // 3.3 民生: 教育 and 卫健 units exist on both sides only in different scripts and prefixes.
    const pair = result.comparisons[0].entries.find((e) => e.old?.id === '3.3' && e.kind === 'pair');
    expect(pair?.classes).toContain('units-changed');
    expect(pair?.units?.leadsAdded).toContain('省教育廳');
  });
});
