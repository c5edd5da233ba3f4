import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import type { Register, RegisterDocument, Task } from '../../src/core/register.js';
import { readXlsxSheet, readXlsxTasks, registersToXlsx, registerToXlsx, TASK_HEADER, taskRows } from '../../src/xlsx/index.js';
import { serializeRegister } from '../../src/register/index.js';
import { parseInput } from '../../src/pipeline.js';

const ROOT = path.resolve(__dirname, '../..');

function task(over: Partial<Task>): Task {
  return {
    id: '1',
    sectionId: null,
    marker: null,
    title: null,
    text: '',
    leads: [],
    owners: [],
    separately: false,
    unitsText: null,
    deadlines: [],
    targets: [],
    line: 1,
    column: 1,
    ...over,
  };
}

function doc(index: number, over: Partial<RegisterDocument>): RegisterDocument {
  return {
    index,
    title: null,
    notice: null,
    issuer: null,
    date: null,
    year: null,
    disclosure: null,
    preamble: null,
    closing: null,
    record: null,
    script: 'simplified',
    sections: [],
    tasks: [],
    line: 1,
    endLine: 1,
    ...over,
  };
}

const SECTIONS = [
  {
    id: '1',
    marker: '一、',
    level: 1 as const,
    ordinal: 1,
    title: '加强政策解读',
    intro: null,
    line: 8,
    sections: [
      { id: '1.1', marker: '(一)', level: 2 as const, ordinal: 1, title: '做好政策文件解读', intro: null, line: 9, sections: [] },
    ],
  },
];

const REGISTER: Register = {
  schemaVersion: '1.0',
  source: {
    path: 'notice.txt',
    sha256: 'ab'.repeat(32),
    encoding: 'utf-8',
    format: 'text',
    script: 'simplified',
    outputScript: 'original',
  },
  pageMeta: { source: '某市人民政府网' },
  stripped: [{ line: 2, rule: 'seo-spam', reason: 'spam keywords', text: '=HYPERLINK("x")' }],
  warnings: [{ line: 12, code: 'unclosed-annotation', message: 'annotation not closed' }],
  documents: [
    doc(1, {
      title: '2021年某市政务公开工作要点',
      date: '2021-03-01',
      year: 2021,
      sections: SECTIONS,
      line: 1,
      endLine: 20,
      tasks: [
        task({
          id: '1.1',
          sectionId: '1.1',
          text: '做好政策文件解读。严格落实解读方案。',
          leads: ['市政府办公室'],
          owners: ['各区人民政府', '市直各部门'],
          deadlines: [
            { text: '6月底前', date: '2021-06-30' },
            { text: '年底前', date: '2021-12-31' },
          ],
          line: 9,
        }),
        task({ id: '1.2', sectionId: '1', text: '+1 公式样的文字', line: 11 }),
        task({ id: '2', text: '各部门抓好落实。', line: 15 }),
      ],
    }),
  ],
};

describe('registerToXlsx', () => {
  it('writes the task sheet cell by cell', async () => {
    const rows = await readXlsxTasks(await registerToXlsx(REGISTER));
    expect(rows).toEqual([
      [...TASK_HEADER],
      [
        '1',
        '1.1',
        '一、加强政策解读',
        '做好政策文件解读。严格落实解读方案。',
        '市政府办公室',
        '各区人民政府；市直各部门',
        '6月底前；年底前',
        '2021-12-31',
        '9',
      ],
      ['2', '1.2', '一、加强政策解读', '+1 公式样的文字', '', '', '', '', '11'],
      ['3', '2', '', '各部门抓好落实。', '', '', '', '', '15'],
    ]);
  });

  it('types its cells: 序号 and 行号 numbers, 编号 text (1.10 stays 1.10), 完成日期 a date', async () => {
    const ten = {
      ...REGISTER,
      documents: [
        {
          ...REGISTER.documents[0],
          tasks: [
            task({ id: '1.10', sectionId: '1', text: '第十项。', deadlines: [{ text: '年底前', date: '2021-12-31' }], line: 11 }),
          ],
        },
      ],
    };
    const ExcelJS = createRequire(import.meta.url)('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await registerToXlsx(ten));
    const row = wb.worksheets[0].getRow(2);
    expect(row.getCell(1).value).toBe(1);
    expect(row.getCell(2).value).toBe('1.10');
    expect(row.getCell(8).value).toEqual(new Date('2021-12-31T00:00:00Z'));
    expect(row.getCell(8).numFmt).toBe('yyyy-mm-dd');
    expect(row.getCell(9).value).toBe(11);
  });

  it('has the columns of the CSV, in its order', async () => {
    const rows = await readXlsxTasks(await registerToXlsx(REGISTER));
    const csvHeader = serializeRegister(REGISTER, 'csv')
      .slice(1)
      .split('\r\n')[0]
      .split(',')
      .map((c) => c.replace(/"/g, ''));
    expect(rows[0]).toEqual(csvHeader);
  });

  it('merges several notices into one task sheet with a 文件 column', async () => {
    const bytes = await registersToXlsx([
      { register: REGISTER, file: 'a.txt' },
      { register: REGISTER, file: 'b.html' },
    ]);
    const rows = await readXlsxTasks(bytes);
    expect(rows[0].slice(0, 4)).toEqual(['文件', '文档', '序号', '编号']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['a.txt', 'a.txt', 'a.txt', 'b.html', 'b.html', 'b.html']);
    expect((await readXlsxSheet(bytes, '警告'))[2]).toEqual(['b.html', '12', 'unclosed-annotation', 'annotation not closed']);
  });

  it('writes metadata, stripped lines and warnings', async () => {
    const bytes = await registerToXlsx(REGISTER);
    const meta = await readXlsxSheet(bytes, '文档信息');
    expect(meta[0]).toEqual(['项目', '文档1']);
    expect(meta).toContainEqual(['文件', 'notice.txt']);
    expect(meta).toContainEqual(['网页 source', '某市人民政府网']);
    expect(meta).toContainEqual(['标题', '2021年某市政务公开工作要点']);
    expect(meta).toContainEqual(['任务数', '3']);
    expect(await readXlsxSheet(bytes, '删除内容')).toEqual([
      ['行号', '规则', '原因', '删除内容'],
      ['2', 'seo-spam', 'spam keywords', '=HYPERLINK("x")'],
    ]);
    expect(await readXlsxSheet(bytes, '警告')).toEqual([
      ['行号', '代码', '说明'],
      ['12', 'unclosed-annotation', 'annotation not closed'],
    ]);
  });

  it('formats the task sheet for a clerk: bold frozen header, filter, wrapped text', async () => {
    const bytes = await registerToXlsx(REGISTER);
    const ExcelJS = createRequire(import.meta.url)('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('任务');
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(2).getCell(3).alignment?.wrapText).toBe(true);
    expect(ws.getColumn(3).width).toBeGreaterThan(ws.getColumn(1).width);
    expect(wb.created.toISOString()).toBe('2021-03-01T00:00:00.000Z');
  });

  it('gives one task sheet per document, in order, named by the document', async () => {
    const two: Register = {
      ...REGISTER,
      documents: [REGISTER.documents[0], doc(2, { tasks: [task({ id: '1', text: '第二篇任务。', line: 30 })] })],
    };
    const bytes = await registerToXlsx(two);
    expect((await readXlsxTasks(bytes, 2))[1]).toEqual(['1', '1', '', '第二篇任务。', '', '', '', '', '30']);
    const ExcelJS = createRequire(import.meta.url)('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes);
    expect(wb.worksheets.map((w: { name: string }) => w.name)).toEqual([
      '1、2021年某市政务公开工作要点',
      '任务2',
      '文档信息',
      '删除内容',
      '警告',
    ]);
  });

  it('is deterministic', async () => {
    const a = await registerToXlsx(REGISTER);
    expect(await registerToXlsx(REGISTER)).toEqual(a);
    // Zip entry times are the register's date, not the clock (DOS times: local, 2 s steps).
    const require = createRequire(import.meta.url);
    const JSZip = createRequire(require.resolve('exceljs'))('jszip');
    const zip = await JSZip.loadAsync(a);
    const dates = Object.values(zip.files as Record<string, { date: Date }>).map((f) => f.date.getTime());
    expect(new Set(dates).size).toBe(1);
    expect(Math.abs(dates[0] - Date.UTC(2021, 2, 1))).toBeLessThanOrEqual(14 * 3600 * 1000);
  });
});

describe('seed 003 (杭州 2018) as a workbook', () => {
  it('reads back cell by cell as its register', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(ROOT, 'fixtures/seed-003-hangzhou-2018/input.txt')));
    const { register } = parseInput(bytes, { path: 'fixtures/seed-003-hangzhou-2018/input.txt' });
    const [document] = register.documents;
    expect(document.tasks.length).toBeGreaterThan(10);
    const rows = await readXlsxTasks(await registerToXlsx(register));
    expect(rows).toEqual([
      [...TASK_HEADER],
      ...taskRows(document).map((r) => r.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : String(c)))),
    ]);
    const direct = document.tasks.map((t, i) => [
      String(i + 1),
      t.id,
      t.text,
      t.leads.join('；'),
      t.owners.join('；'),
      String(t.line),
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[3], r[4], r[5], r[8]])).toEqual(direct);
    const stripped = await readXlsxSheet(await registerToXlsx(register), '删除内容');
    expect(stripped.slice(1)).toEqual(register.stripped.map((s) => [String(s.line), s.rule, s.reason, s.text]));
  });
});
