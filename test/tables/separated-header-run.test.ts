import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/pipeline.js';
import { taskTablesFromLines } from '../../src/tables/index.js';

// Each header line used to read every line below it again and find no task: 2000 / 4000 / 8000
// tab header lines took 0.7 / 2.7 / 11 s. A header whose rows would be those of the empty header
// above it is now passed over.
describe('runs of separated header lines', () => {
  // Timing is in `npm run bench` (hostile rows tab-header-lines, tab-header-empty-rows, pipe-header-lines, header-spellings), not here.
  it.each([
    ['repeated tab header lines', '序号\t重点任务\t牵头单位\n'],
    ['tab header lines with rows without task text', '序号\t重点任务\t牵头单位\n1\t\n'],
    ['markdown header lines with rules', '| 序号 | 重点任务 | 牵头单位 |\n|---|---|---|\n'],
    ['header lines spelled differently, blank lines between', '序号\t重点任务\t牵头单位\n序 号\t重點任務\t牵头单位\n\n'],
  ])('%s: 8,000 of them parse to no task', (_name, unit) => {
    const text = unit.repeat(8000);
    const { register } = parseInput(text);
    expect(register.documents).toHaveLength(1);
    expect(register.documents[0].tasks).toEqual([]);
    expect(register.documents[0].endLine).toBeGreaterThanOrEqual(text.split('\n').filter((l) => l.trim() !== '').length);
    expect(register.warnings.map((w) => w.code)).toContain('no-tasks');
  });

  it('a table under the last of the repeated headers is still read', () => {
    const lines = [...Array.from({ length: 3000 }, () => '序号\t重点任务\t牵头单位'), '1\t做好政策解读工作\t市政府办'];
    const tables = taskTablesFromLines(lines);
    expect(tables.map((t) => [t.headerIndex, t.rows.map((r) => [r.text, r.leadText, r.rowIndex])])).toEqual([
      [0, [['做好政策解读工作', '市政府办', 3000]]],
    ]);
  });
});
