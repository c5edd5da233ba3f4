import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  extractTables,
  findTaskTables,
  headerKind,
  recognizeTaskTable,
  tableToTasks,
  taskTableFromLines,
} from '../../src/tables/index.js';

const FIXTURE = path.resolve(__dirname, '../../fixtures/html-task-table/input.html');

describe('headerKind', () => {
  it.each([
    ['序号', 'seq'],
    ['序  號', 'seq'],
    ['工作任务', 'task'],
    ['重點任務', 'task'],
    ['具体措施', 'task'],
    ['工作內容', 'task'],
    ['牵头单位', 'lead'],
    ['牽頭單位', 'lead'],
    ['责任单位', 'owner'],
    ['配合单位', 'partner'],
    ['完成时限', 'deadline'],
    ['時間節點', 'deadline'],
    ['时间安排', 'deadline'],
    ['工作要求', 'requirement'],
    ['重点领域', 'category'],
    ['一级指标', 'category'],
    ['任务类别', 'category'],
    ['建立政策解读台账,做到应解读尽解读', null],
    ['市发改委', null],
  ])('%s → %s', (cell, kind) => {
    expect(headerKind(cell)).toBe(kind);
  });
});

describe('extractTables', () => {
  it('copies row- and column-spanning cells into every slot', () => {
    const html =
      '<table><tr><td colspan="2">标题</td><td>x</td></tr><tr><td rowspan="2">A</td><td>b</td><td>c</td></tr><tr><td>d</td><td>e</td></tr></table>';
    expect(extractTables(html)).toEqual([
      {
        rows: [
          ['标题', '标题', 'x'],
          ['A', 'b', 'c'],
          ['A', 'd', 'e'],
        ],
      },
    ]);
  });
  it('keeps nested tables apart and cell paragraphs as lines', () => {
    const html = '<table><tr><td>外<table><tr><td><p>甲</p><p>乙</p></td></tr></table></td></tr></table>';
    const grids = extractTables(html);
    expect(grids).toHaveLength(2);
    expect(grids[1].rows).toEqual([['甲\n乙']]);
  });
  it('caps absurd spans', () => {
    const grids = extractTables('<table><tr><td colspan="100000" rowspan="100000">x</td></tr><tr><td>y</td></tr></table>');
    expect(grids[0].rows[0].length).toBeLessThanOrEqual(256);
    expect(grids[0].rows).toHaveLength(2);
  });
});

describe('recognizeTaskTable', () => {
  it('reads the fixture with a spanning category and lead', () => {
    const [grid] = extractTables(readFileSync(FIXTURE, 'utf8'));
    const table = recognizeTaskTable(grid.rows);
    expect(table?.columns).toEqual({ seq: 0, category: 1, task: 2, lead: 3, owner: 4, deadline: 5, partner: undefined });
    expect(table?.rows.map((r) => [r.seq, r.category, r.leadText, r.ownerText, r.deadlineText])).toEqual([
      ['1', '一、加强政策解读', '市政府办公室', '市发改委、市财政局', '2021年6月底前'],
      ['2', '一、加强政策解读', '市政府办公室', '各区人民政府', '年底前'],
      ['3', '二、推进基层政务公开', '市司法局', '各县、市、区人民政府', '2021年9月30日前'],
    ]);
  });
  it.each([
    [
      'a table of numbers',
      [
        ['年份', '数量'],
        ['2019', '3'],
      ],
    ],
    [
      'a header without units or time',
      [
        ['序号', '工作任务'],
        ['1', '做好公开'],
      ],
    ],
    ['a header with no rows', [['序号', '工作任务', '牵头单位']]],
  ])('leaves %s as text', (_name, rows) => {
    expect(recognizeTaskTable(rows)).toBeNull();
  });
  it('finds the header under a title row and takes full-width rows as categories', () => {
    const rows = [
      ['重点任务分解表', '重点任务分解表', '重点任务分解表', '重点任务分解表'],
      ['序号', '重点任务', '责任单位', '时间节点'],
      ['一、优化营商环境', '一、优化营商环境', '一、优化营商环境', '一、优化营商环境'],
      ['1', '压缩审批时限', '市场监管局', '6月底前'],
      ['序号', '重点任务', '责任单位', '时间节点'],
      ['2', '推行电子证照', '市政务服务中心\n市大数据局', '年内'],
    ];
    const table = recognizeTaskTable(rows);
    expect(table?.headerIndex).toBe(1);
    expect(table?.rows.map((r) => [r.seq, r.category, r.categoryIndex, r.text, r.ownerText, r.rowIndex])).toEqual([
      ['1', '一、优化营商环境', 2, '压缩审批时限', '市场监管局', 3],
      ['2', '一、优化营商环境', 2, '推行电子证照', '市政务服务中心、市大数据局', 5],
    ]);
  });
  it('prefers the lower row of a two-level header and merges a task spanning rows', () => {
    const rows = [
      ['序号', '工作任务', '责任单位', '责任单位', '完成时限'],
      ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
      ['1', '推进数据共享', '市大数据局', '市发改委', '年底前'],
      ['1', '推进数据共享', '市大数据局', '市财政局', '年底前'],
    ];
    const table = recognizeTaskTable(rows);
    expect(table?.columns).toMatchObject({ lead: 2, owner: 3 });
    expect(table?.rows).toHaveLength(1);
    expect(table?.rows[0].ownerText).toBe('市发改委、市财政局');
  });
});

describe('taskTableFromLines', () => {
  const tab = [
    '通知正文。',
    '序号\t类别\t工作任务\t牵头单位\t完成时限',
    '1\t公开\t做好政策解读。\t市政府办公室\t6月底前',
    '2\t回应关切。\t年底前',
    '3\t服务\t优化办事指南。\t市政务办\t9月底前',
    '其他正文。',
  ];
  it('reads a tab-separated table, filling cells lost to row spans from the row above', () => {
    const table = taskTableFromLines(tab);
    expect(table?.headerIndex).toBe(1);
    expect(table?.endIndex).toBe(5);
    expect(table?.rows.map((r) => [r.seq, r.category, r.text, r.leadText, r.deadlineText, r.rowIndex])).toEqual([
      ['1', '公开', '做好政策解读。', '市政府办公室', '6月底前', 2],
      ['2', '公开', '回应关切。', '市政府办公室', '年底前', 3],
      ['3', '服务', '优化办事指南。', '市政务办', '9月底前', 4],
    ]);
  });
  it('reads a |-separated table with a rule line and a category line', () => {
    const lines = [
      '| 序号 | 工作任务 | 责任单位 | 完成时限 |',
      '|---|---|---|---|',
      '一、加强解读',
      '| 1 | 做好解读。 | 市司法局 | 年底前 |',
    ];
    const table = taskTableFromLines(lines);
    expect(table?.rows.map((r) => [r.seq, r.category, r.text, r.ownerText])).toEqual([
      ['1', '一、加强解读', '做好解读。', '市司法局'],
    ]);
  });
  it('reads one cell per line', () => {
    const lines = [
      '序号',
      '工作任务',
      '牵头单位',
      '完成时限',
      '1',
      '做好政策解读。',
      '市政府办公室',
      '6月底前',
      '2',
      '回应社会关切。',
      '市委宣传部',
      '年底前',
      '各部门要抓好落实。',
    ];
    const table = taskTableFromLines(lines);
    expect(table?.rows.map((r) => [r.seq, r.text, r.leadText, r.deadlineText, r.rowIndex])).toEqual([
      ['1', '做好政策解读。', '市政府办公室', '6月底前', 4],
      ['2', '回应社会关切。', '市委宣传部', '年底前', 8],
    ]);
    expect(table?.endIndex).toBe(12);
  });
  it('finds nothing in ordinary paragraphs', () => {
    expect(taskTableFromLines(['一、总体要求', '(一)做好公开。(市政府办公室牵头)', '工作任务很重。'])).toBeNull();
  });
});

describe('tableToTasks', () => {
  it('turns the fixture into sections and tasks', () => {
    const [grid] = extractTables(readFileSync(FIXTURE, 'utf8'));
    const table = recognizeTaskTable(grid.rows)!;
    const { sections, tasks } = tableToTasks(table, 2021, (i) => i + 100);
    expect(sections.map((s) => [s.id, s.marker, s.level, s.ordinal, s.title, s.line])).toEqual([
      ['1', '一、', 1, 1, '加强政策解读', 101],
      ['2', '二、', 1, 2, '推进基层政务公开', 103],
    ]);
    expect(tasks.map((t) => [t.id, t.sectionId, t.marker, t.text, t.leads, t.owners, t.unitsText, t.deadlines, t.line])).toEqual([
      [
        '1.1',
        '1',
        '1',
        '建立政策解读台账,做到应解读尽解读。',
        ['市政府办公室'],
        ['市发改委', '市财政局'],
        '牵头单位:市政府办公室;责任单位:市发改委、市财政局',
        [{ text: '2021年6月底前', date: '2021-06-30' }],
        101,
      ],
      [
        '1.2',
        '1',
        '2',
        '围绕市场主体关切开展政策吹风。',
        ['市政府办公室'],
        ['各区人民政府'],
        '牵头单位:市政府办公室;责任单位:各区人民政府',
        [{ text: '年底前', date: '2021-12-31' }],
        102,
      ],
      [
        '2.1',
        '2',
        '3',
        '编制基层政务公开事项目录。',
        ['市司法局'],
        ['各县、市、区人民政府'],
        '牵头单位:市司法局;责任单位:各县、市、区人民政府',
        [{ text: '2021年9月30日前', date: '2021-09-30' }],
        103,
      ],
    ]);
  });
  it('numbers tasks 1, 2 without categories and keeps a time cell findDeadlines does not know', () => {
    const table = taskTableFromLines([
      '序号\t工作任务\t责任单位\t完成时限',
      '1\t做好公开。\t市财政局\t长期坚持',
      '2\t回应关切。\t\t',
    ])!;
    const { sections, tasks } = tableToTasks(table, null, (i) => i + 1, { normalize: (t) => t.replace(/，/g, ',') });
    expect(sections).toEqual([]);
    expect(tasks.map((t) => [t.id, t.sectionId, t.owners, t.unitsText, t.deadlines, t.line])).toEqual([
      ['1', null, ['市财政局'], '责任单位:市财政局', [{ text: '长期坚持', date: null }], 2],
      ['2', null, [], null, [], 3],
    ]);
  });
});

describe('findTaskTables', () => {
  it('locates HTML rows on the lines of the page text', () => {
    const html = readFileSync(FIXTURE, 'utf8');
    const text = [
      '2021年某市政务公开重点任务分解表',
      '序号\t类别\t工作任务\t牵头单位\t责任单位\t完成时限',
      '1\t一、加强政策解读\t建立政策解读台账,做到应解读尽解读。\t市政府办公室\t市发改委、市财政局\t2021年6月底前',
      '2\t围绕市场主体关切开展政策吹风。\t各区人民政府\t年底前',
      '3\t二、推进基层政务公开\t编制基层政务公开事项目录。\t市司法局\t各县、市、区人民政府\t2021年9月30日前',
    ].join('\n');
    const [found] = findTaskTables({ html, text });
    expect([found.firstLine, found.lastLine]).toEqual([2, 5]);
    expect(found.table.rows.map((r) => found.lineOf(r.rowIndex))).toEqual([3, 4, 5]);
  });
});
