import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseInput } from '../../src/pipeline.js';
import { taskTablesFromLines } from '../../src/tables/index.js';
import { checkLines, checkSchema } from '../properties/checks.js';

/** A notice head whose second line holds a '|', so the text is searched for task tables. */
const HEAD = ['关于印发工作要点的通知', '首页 | 政务公开'];

describe('a cell-per-line table whose last row lost a cell', () => {
  // The category line before a row shorter than the header used to pass a missing cell to the
  // cell guesses (TypeError: reading 'trim' of undefined). Empty cells vanish when a table is
  // flattened one cell per line, so a short row is still a row, under the line that groups it.
  const lines = ['序号', '重点任务', '完成时限', '1', '做好政策解读工作', '2019年底前', '其他事项', '3', '做好网站建设工作'];

  it('reads the short row under its group line', () => {
    const tables = taskTablesFromLines(lines);
    expect(
      tables.map((t) => [t.headerIndex, t.endIndex, t.rows.map((r) => [r.seq, r.category, r.text, r.deadlineText])]),
    ).toEqual([
      [
        0,
        9,
        [
          ['1', null, '做好政策解读工作', '2019年底前'],
          ['3', '其他事项', '做好网站建设工作', ''],
        ],
      ],
    ]);
  });

  it('parses through parseInput with both rows as tasks and nothing lost', () => {
    const out = parseInput([...HEAD, ...lines].join('\n'));
    const tasks = out.register.documents.flatMap((d) => d.tasks);
    expect(tasks.map((t) => [t.id, t.text, t.deadlines.map((d) => d.date)])).toEqual([
      ['1', '做好政策解读工作', ['2019-12-31']],
      ['2.1', '做好网站建设工作', []],
    ]);
    expect(checkSchema(out)).toBeNull();
    expect(checkLines(out)).toBeNull();
  });

  it('reads the time cell once it is there', () => {
    const out = parseInput([...HEAD, ...lines, '2020年底前'].join('\n'));
    const tasks = out.register.documents.flatMap((d) => d.tasks);
    expect(tasks.map((t) => [t.text, t.deadlines.map((d) => d.date)])).toEqual([
      ['做好政策解读工作', ['2019-12-31']],
      ['做好网站建设工作', ['2020-12-31']],
    ]);
  });
});

/**
 * Random one-cell-per-line tables: header words, then rows of cells that mostly fit their
 * columns (so the rows are read), some cut short or too long, some after a category line.
 */
const HEADER_WORDS = ['序号', '重点任务', '牵头单位', '责任单位', '完成时限'];
const FITTING: Record<string, readonly string[]> = {
  序号: ['1', '2', '3', '一、'],
  重点任务: ['做好政策解读工作', '加强平台建设', '做好网站建设工作'],
  牵头单位: ['市政府办', '市发改委、市财政局'],
  责任单位: ['各区人民政府', '市司法局'],
  完成时限: ['2019年底前', '长期', '2020年6月'],
};
const ODD_CELL = fc.oneof(
  fc.constantFrom('', '重点任务', '其他事项', '一、'),
  fc.string({ unit: fc.constantFrom(...'做好工作市局年月底前123 '), maxLength: 8 }),
);
const header = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.shuffledSubarray(HEADER_WORDS.slice(2), { minLength: 1 }).map((rest) => ['序号', '重点任务', ...rest]),
  },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...HEADER_WORDS), { minLength: 2, maxLength: 6 }) },
);
const row = (words: readonly string[]) =>
  fc
    .record({
      category: fc.option(fc.constantFrom('其他事项', '二、保障措施', '三、其他工作', ''), { freq: 2 }),
      cells: fc.tuple(...words.map((w) => fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...FITTING[w]) }, ODD_CELL))),
      length: fc.oneof(
        { weight: 2, arbitrary: fc.constant(words.length) },
        fc.integer({ min: 1, max: words.length - 1 }),
        fc.nat(words.length + 2),
      ),
    })
    .map(({ category, cells, length }) => [...(category === null ? [] : [category]), ...[...cells, ...cells].slice(0, length)]);
const cellPerLineTable = header.chain((words) =>
  fc
    .record({
      rows: fc.array(row(words), { maxLength: 5 }),
      // A category line and a row cut short at the end of the text (the crash above).
      tail: fc.option(
        fc.integer({ min: 1, max: words.length - 1 }).map((k) => ['其他事项', ...words.slice(0, k).map((w) => FITTING[w][0])]),
      ),
      head: fc.boolean(),
      newline: fc.boolean(),
    })
    .map(
      ({ rows, tail, head, newline }) =>
        [...(head ? HEAD : []), ...words, ...rows.flat(), ...(tail ?? [])].join('\n') + (newline ? '\n' : ''),
    ),
);

describe('one-cell-per-line tables of any shape', () => {
  it('parseInput never throws on them', () => {
    fc.assert(
      fc.property(cellPerLineTable, (text) => {
        if (text.trim() === '') return;
        expect(() => parseInput(text)).not.toThrow();
      }),
      { numRuns: 400, seed: 20261124 },
    );
    // Every text is searched for tables now (a cell-per-line table has no separator); 400 parses
    // take seconds on a busy machine, which is not what this test is about.
  }, 60_000);
});
