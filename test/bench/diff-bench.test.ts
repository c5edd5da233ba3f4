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
    process.stdout.write(`${rows.map((r) => `${r.name}\t${r.value} ${r.unit}`).join('\n')}\n`);
    for (const r of rows.filter((x) => x.unit === 'ratio')) expect(r.value, r.name).toBeGreaterThan(0.9);
  }, 300_000);
});
