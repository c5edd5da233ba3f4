import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAnnotations, parseUnits } from '../../src/extract/index.js';

/** A seed with its lines glued together: the worst case of a body collapsed onto one line. */
function collapsed(seed: string): string {
  return readFileSync(new URL(`../../fixtures/${seed}/input.txt`, import.meta.url), 'utf8').replace(/\n/g, '');
}

// Counted by hand from the seeds (each group ending in 牵头/落实/负责…, each `[责任单位:`, plus the
// bare lists: 000 `(市财政局)`, 004's twelve `(各县、区政府,…)`-style groups).
describe('annotations in the seeds', () => {
  it.each<[string, number]>([
    ['seed-000-huanggang-2019', 36],
    ['seed-001-content-farm-compilation', 62],
    ['seed-002-jiangxi-2019-traditional', 13],
    ['seed-003-hangzhou-2018', 31],
    ['seed-004-lianyungang-2020', 12],
  ])('%s has %i, each with units', (seed, count) => {
    const found = findAnnotations(collapsed(seed));
    expect(found).toHaveLength(count);
    for (const a of found) {
      const parse = parseUnits(a.inner);
      expect(parse.ok).toBe(true);
      expect(parse.leads.length + parse.owners.length).toBeGreaterThan(0);
    }
  });

  it('finds none in the 驻马店 plan (a plan without units)', () => {
    const text = collapsed('seed-001-content-farm-compilation');
    const plan = text.slice(0, text.indexOf('【篇二】'));
    expect(plan).toContain('驻马店');
    expect(findAnnotations(plan)).toEqual([]);
  });

  it('reads 杭州 labels with the shared 各区、县(市)政府', () => {
    const found = findAnnotations(collapsed('seed-003-hangzhou-2018'));
    const owners = found.flatMap((a) => parseUnits(a.inner).owners);
    expect(owners).toContain('各区、县(市)政府');
    expect(owners).not.toContain('县(市)政府');
    expect(owners).not.toContain('各区');
  });
});
