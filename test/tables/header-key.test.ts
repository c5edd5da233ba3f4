import { describe, expect, it } from 'vitest';
import { headerColumns, headerKey, headerKind } from '../../src/tables/header.js';
import { splitCells, taskTablesFromLines } from '../../src/tables/index.js';

/*
 * A header cell's key drops every space (what /\s/ matches: NBSP, ideographic space, line
 * separator, BOM) and folds the traditional forms the header words use; a cell longer than a
 * header names nothing. Read against the column heads of published task tables.
 */
describe('header keys', () => {
  it.each<[string, string, string | null]>([
    ['序  號', '序号', 'seq'],
    ['重點\u3000任務', '重点任务', 'task'],
    ['牽頭單位', '牵头单位', 'lead'],
    [' 完成\t時限 ', '完成时限', 'deadline'],
    ['\u00a0責任單位\u2028', '责任单位', 'owner'],
    ['\ufeff序号', '序号', 'seq'],
    ['No.', 'No.', 'seq'],
    ['备注', '备注', 'note'],
    ['牵头单位（部门）', '牵头单位（部门）', 'lead'],
    ['责任单位及责任人', '责任单位及责任人', 'owner'],
    // Eleven characters: data or a title, not a column name.
    ['牵头单位及责任领导人员', '牵头单位及责任领导人员', null],
    // A zero-width space is no /\s/ space: the cell stays as it is, and names nothing.
    ['\u200b序号', '\u200b序号', null],
    // Astral characters and lone surrogates are kept as they are.
    ['𠀋號', '𠀋号', null],
    ['\ud800序号', '\ud800序号', null],
    ['市发改委', '市发改委', null],
    ['一、细化公开内容', '一、细化公开内容', null],
  ])('%j', (cell, key, kind) => {
    expect(headerKey(cell)).toBe(key);
    expect(headerKind(cell)).toBe(kind);
  });
});

describe('header columns', () => {
  it.each<[string[], Record<string, number> | null]>([
    [
      ['序号', '重点任务', '牵头单位', '责任单位', '配合单位', '完成时限'],
      { seq: 0, task: 1, lead: 2, owner: 3, partner: 4, deadline: 5 },
    ],
    // Blank cells are not counted; a 备注 column is named but not kept.
    [['', '重点任务', ' ', '完成时限'], { task: 1, deadline: 3 }],
    [['序号', '工作任务', '备注'], null], // neither units nor time
    // Exactly half of the filled cells named: still a header; fewer: not.
    [['重点任务', '牵头单位', '备注一', '备注二'], { task: 0, lead: 1 }],
    [['重点任务', '牵头单位', '备注一', '备注二', '备注三'], null],
    // 重点任务 | 工作内容: the detail column holds the task, the other groups the rows.
    [['序号', '重点任务', '工作内容', '责任单位'], { seq: 0, category: 1, task: 2, owner: 3 }],
    [['类别', '重点任务', '工作内容', '责任单位'], { category: 0, task: 1, owner: 3 }],
    // A partner column alone holds the units; a second owner column is the partner, a third is dropped.
    [['序号', '工作任务', '配合单位'], { seq: 0, task: 1, owner: 2 }],
    [['序号', '工作任务', '责任单位', '协办单位', '责任部门'], { seq: 0, task: 1, owner: 2, partner: 3 }],
  ])('%j', (cells, columns) => {
    expect(headerColumns(cells)).toEqual(columns);
  });

  it('stops on a long line split at its bars, header words or not', () => {
    const spam = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? '重点任务' : '久久中文字幕人妻丝袜')).join('| ');
    expect(headerColumns(splitCells(spam))).toBeNull();
  });
});

describe('text tables found in plain text', () => {
  const rows = ['1\t做好政策解读工作\t市政府办\t2019年底前', '2\t加强政务公开平台建设\t市发改委\t长期坚持'];
  it.each([
    ['tab-separated', ['序号\t重点任务\t牵头单位\t完成时限', ...rows]],
    [
      'bar-separated with edge bars',
      ['|序号|重点任务|牵头单位|完成时限|', '|---|---|---|---|', ...rows.map((r) => `|${r.replaceAll('\t', '|')}|`)],
    ],
    ['spaced traditional header', ['序  號\t重點任務\t牽頭單位\t完成時限', ...rows]],
  ])('%s', (_name, lines) => {
    const prose = ['关于印发2019年政务公开工作要点的通知', '　　各县（市、区）人民政府：', ''];
    const [table] = taskTablesFromLines([...prose, ...lines, '', '附件：任务分解表']);
    expect(table.headerIndex).toBe(prose.length);
    expect(table.rows.map((r) => r.text)).toEqual(['做好政策解读工作', '加强政务公开平台建设']);
  });

  it('reads a cell-per-line table whose header lines are indented', () => {
    const lines = [
      '　　序号',
      '　　重点任务',
      '　　牵头单位',
      '1',
      '做好政策解读工作',
      '市政府办',
      '2',
      '加强政务公开平台建设',
      '市发改委',
    ];
    const [table] = taskTablesFromLines(lines);
    expect(table.headerIndex).toBe(0);
    expect(table.rows.map((r) => r.text)).toEqual(['做好政策解读工作', '加强政务公开平台建设']);
  });
});
