import { describe, expect, it } from 'vitest';
import { runDiffBench, synthesise } from './diff.js';

describe('diff benchmark module', () => {
  it('synthesises registers of the asked size with planted pairs', () => {
    const data = synthesise(300);
    expect(data.old.documents[0].tasks).toHaveLength(300);
    expect(data.new.documents[0].tasks).toHaveLength(300);
    expect(data.planted.size).toBeGreaterThan(240);
  });

  it('returns rows and finds the planted pairs', async () => {
    const rows = await runDiffBench();
    expect(rows.filter((r) => r.unit === 'ms').length).toBe(6);
    expect(rows.filter((r) => r.unit === 'MB').length).toBe(2);
    // Recall over the planted pairs; precision is lower by design of the data: an added task built
    // from the same seed sentences as a removed one is a genuine look-alike, and gets matched.
    for (const r of rows.filter((x) => x.name.includes('recall'))) expect(r.value, r.name).toBeGreaterThan(0.95);
    for (const r of rows.filter((x) => x.name.includes('precision'))) expect(r.value, r.name).toBeGreaterThan(0.85);
  }, 300_000);
});
