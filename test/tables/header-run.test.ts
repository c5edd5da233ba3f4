import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/pipeline.js';
import { taskTablesFromLines } from '../../src/tables/index.js';

const read = (lines: readonly string[]) =>
  taskTablesFromLines(lines).map((t) => [t.headerIndex, t.rows.map((r) => [r.text, r.rowIndex])]);

describe('cell-per-line headers inside a run of header words', () => {
  // Timing of the long runs is in `npm run bench` (hostile rows header-words, header-word-run), not here.
  // A header names each column once: a run that repeats a column word holds something else
  // (a title, a first header line) before the header, which is the run's tail.
  it.each([
    [
      'run repeating its words, a heading after the row',
      ['重点任务', '牵头单位', '序号', '重点任务', '牵头单位', '1', '做好政策解读工作', '市政府办', '', '三、其他'],
      [[2, [['做好政策解读工作', 5]]]],
    ],
    [
      'run ending the text but for one row',
      ['重点任务', '牵头单位', '序号', '重点任务', '牵头单位', '1', '做好政策解读工作', '市政府办'],
      [[2, [['做好政策解读工作', 5]]]],
    ],
    [
      'two rows under the tail of the run',
      [
        '重点任务',
        '牵头单位',
        '序号',
        '重点任务',
        '牵头单位',
        '1',
        '做好政策解读工作',
        '市政府办',
        '2',
        '加强政务公开平台建设',
        '市发改委',
        '',
        '三、其他',
      ],
      [
        [
          2,
          [
            ['做好政策解读工作', 5],
            ['加强政务公开平台建设', 8],
          ],
        ],
      ],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(read(lines)).toEqual(expected);
  });

  it('finds no table in a run of 60,000 header words (it was quadratic)', () => {
    const lines = Array.from({ length: 60_000 }, (_, i) => ['序号', '重点任务', '牵头单位'][i % 3]);
    expect(taskTablesFromLines(lines)).toEqual([]);
  });

  it('finds no table in a run of 8,000 header words followed by as many filled lines (it was quadratic)', () => {
    // Every line of the run could start a header reaching to the run's end, each read against
    // the lines below: 8,000 took 14 s. A header is now the whole run or one of its last 16 lines on.
    const run = (k: number) => [
      ...Array.from({ length: k }, (_, i) => ['序号', '重点任务', '牵头单位'][i % 3]),
      ...Array.from({ length: k }, (_, i) => `第${i}行内容`),
    ];
    expect(taskTablesFromLines(run(800))).toEqual([]);
    expect(taskTablesFromLines(run(8000))).toEqual([]);
  });

  it('finds wide headers: nine columns whole, and after a title word the columns below it', () => {
    const words = ['序号', '类别', '重点任务', '工作要求', '牵头单位', '责任单位', '配合单位', '完成时限', '备注'];
    const row = ['1', '公开', '做好政策解读', '及时解读', '市政府办', '市发改委', '市财政局', '年底前'];
    const shape = (lines: string[]) =>
      taskTablesFromLines(lines).map((t) => [
        t.headerIndex,
        t.rows.map((r) => [r.seq, r.text, r.leadText, r.ownerText, r.deadlineText]),
      ]);
    const rows = [...row, ...row.map((c) => (c === '1' ? '2' : c))];
    const expected = [
      ['1', '做好政策解读', '市政府办', '市发改委、市财政局', '年底前'],
      ['2', '做好政策解读', '市政府办', '市发改委、市财政局', '年底前'],
    ];
    expect(shape([...words, ...rows])).toEqual([[0, expected]]);
    expect(shape(['序号', ...words, ...rows])).toEqual([[1, expected]]);
  });

  it('parses a text with such a run: the task after it is read, the run is no table', () => {
    const text = '关于印发工作要点的通知\n首页 | 政务公开\n' + '序号\n重点任务\n牵头单位\n'.repeat(5000) + '一、做好信息公开。\n';
    const { register } = parseInput(text);
    expect(register.documents.flatMap((d) => d.tasks.map((t) => [t.text, t.line]))).toEqual([['做好信息公开。', 15_003]]);
  });
});
