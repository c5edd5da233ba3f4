import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/pipeline.js';
import { taskTablesFromLines } from '../../src/tables/index.js';

function ms(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

// Each header line used to read every line below it again and find no task: 2000 / 4000 / 8000
// tab header lines took 0.7 / 2.7 / 11 s. A header whose rows would be those of the empty header
// above it is now passed over.
describe('runs of separated header lines', () => {
  it.each([
    ['repeated tab header lines', '序号\t重点任务\t牵头单位\n'],
    ['tab header lines with rows without task text', '序号\t重点任务\t牵头单位\n1\t\n'],
    ['markdown header lines with rules', '| 序号 | 重点任务 | 牵头单位 |\n|---|---|---|\n'],
    ['header lines spelled differently, blank lines between', '序号\t重点任务\t牵头单位\n序 号\t重點任務\t牵头单位\n\n'],
  ])('%s: parse time grows linearly', (_name, unit) => {
    parseInput(unit.repeat(200)); // warm
    const small = ms(() => parseInput(unit.repeat(2000)));
    const large = ms(() => parseInput(unit.repeat(8000)));
    // Generous bounds: quadratic growth would take 16x (seconds at this size), linear about 4x.
    expect(large).toBeLessThan(1500);
    expect(large).toBeLessThan(12 * small + 200);
  });

  it('a table under the last of the repeated headers is still read', () => {
    const lines = [...Array.from({ length: 3000 }, () => '序号\t重点任务\t牵头单位'), '1\t做好政策解读工作\t市政府办'];
    let tables: ReturnType<typeof taskTablesFromLines> = [];
    expect(ms(() => (tables = taskTablesFromLines(lines)))).toBeLessThan(1000);
    expect(tables.map((t) => [t.headerIndex, t.rows.map((r) => [r.text, r.leadText, r.rowIndex])])).toEqual([[0, [['做好政策解读工作', '市政府办', 3000]]]]);
  });
});
