import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/pipeline.js';
import { taskTablesFromLines } from '../../src/tables/index.js';

const read = (lines: readonly string[]) =>
  taskTablesFromLines(lines).map((t) => [t.headerIndex, t.header, t.rows.map((r) => [r.text, r.rowIndex])]);

describe('cell-per-line headers inside a run of header words', () => {
  // A header of n lines needs a first row of n filled, non-header lines after the run: the
  // longer headers of the run are passed over without reading them, the rest as before.
  it.each([
    [
      'run longer than the row after it',
      ['重点任务', '牵头单位', '序号', '重点任务', '牵头单位', '1', '做好政策解读工作', '市政府办', '', '三、其他'],
      [[2, ['序号', '重点任务', '牵头单位'], [['做好政策解读工作', 5]]]],
    ],
    [
      'run ending the text but for one row',
      ['重点任务', '牵头单位', '序号', '重点任务', '牵头单位', '1', '做好政策解读工作', '市政府办'],
      [[2, ['序号', '重点任务', '牵头单位'], [['做好政策解读工作', 5]]]],
    ],
    [
      'rows long enough for the whole run',
      ['重点任务', '牵头单位', '序号', '重点任务', '牵头单位', '1', '做好政策解读工作', '市政府办', '2', '加强政务公开平台建设', '市发改委', '', '三、其他'],
      [[0, ['重点任务', '牵头单位', '序号', '重点任务', '牵头单位'], [['做好政策解读工作', 6]]]],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(read(lines)).toEqual(expected);
  });

  it('reads a long run of header words once (it was quadratic)', () => {
    const lines = Array.from({ length: 60_000 }, (_, i) => ['序号', '重点任务', '牵头单位'][i % 3]);
    const t0 = performance.now();
    expect(taskTablesFromLines(lines)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('keeps a parse with such a run linear', () => {
    const text = '关于印发工作要点的通知\n首页 | 政务公开\n' + '序号\n重点任务\n牵头单位\n'.repeat(5000) + '一、做好信息公开。\n';
    const t0 = performance.now();
    parseInput(text);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
