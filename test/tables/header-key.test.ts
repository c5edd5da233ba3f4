import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { headerColumns, headerKey, headerKind } from '../../src/tables/header.js';
import { splitCells, taskTablesFromLines } from '../../src/tables/index.js';

/**
 * Header keys as first written (code points, `/\s/`, a fold map): the char-code version with its
 * early exits must give the same keys, kinds and columns.
 */
const PAIRS = '號号務务點点體体內内牽牵頭头單单責责時时間间節节類类別别領领級级標标項项內内門门協协辦办與与參参實实';
const FOLD = new Map(Array.from({ length: PAIRS.length / 2 }, (_, i) => [PAIRS[2 * i], PAIRS[2 * i + 1]]));
const refKey = (cell: string): string => Array.from(cell).filter((ch) => !/\s/.test(ch)).map((ch) => FOLD.get(ch) ?? ch).join('');

function refColumns(cells: readonly string[]) {
  const found: Record<string, number> = {};
  const tasks: number[] = [];
  let named = 0;
  let filled = 0;
  cells.forEach((cell, i) => {
    if (refKey(cell).length === 0) return;
    filled++;
    const kind = refKey(cell).length > 10 ? null : headerKind(refKey(cell));
    if (kind === null) return;
    named++;
    if (kind === 'task') tasks.push(i);
    if (found[kind] === undefined) found[kind] = i;
    else if (kind === 'owner' && found.partner === undefined) found.partner = i;
  });
  if (found.task === undefined) return null;
  if (found.lead === undefined && found.owner === undefined && found.partner === undefined && found.deadline === undefined) return null;
  if (named * 2 < filled) return null;
  // 重点任务 | 工作内容: the detail column holds the task, the other groups the rows.
  const detail = (i: number) => /(内容|措施|举措|事项|具体)/.test(refKey(cells[i]));
  if (tasks.length > 1 && found.category === undefined && detail(tasks[1]) && !detail(tasks[0])) {
    found.category = tasks[0];
    found.task = tasks[1];
  }
  const owner = found.owner ?? found.partner;
  const partner = found.owner === undefined ? undefined : found.partner;
  delete found.note;
  return { ...found, task: found.task, owner, partner };
}

const spaces = [' ', '\t', '\u3000', '\u00a0', '\u2028', '\u200a', '\ufeff', '\u1680', '\n', '\u200b'];
const pieces = ['序号', '序', '號', 'No.', '重点任务', '重點任務', '具体措施', '牵头单位', '牽頭單位', '责任单位', '責任單位', '配合单位', '完成时限', '時間節點', '类别', '類別', '工作要求',
  '市发改委', '做好信息公开工作', '2019年底前', '𠀋', '😀', '\ud800', 'a', '|', ...PAIRS];
const cell = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...spaces)), { maxLength: 12 }).map((xs) => xs.join(''));

describe('header keys read by char code', () => {
  it('give the keys and kinds of the code-point reading', () => {
    fc.assert(
      fc.property(cell, (c) => {
        expect(headerKey(c)).toBe(refKey(c));
        const key = refKey(c);
        expect(headerKind(c)).toBe(key.length > 10 ? null : headerKind(key));
      }),
      { numRuns: 5000 },
    );
  });

  it('give the columns of keying every cell in full (same keys, same key order)', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 12 }), (cells) => {
        expect(JSON.stringify(headerColumns(cells))).toBe(JSON.stringify(refColumns(cells)));
      }),
      { numRuns: 5000 },
    );
  });

  it('stop on a long line split at its bars, header words or not', () => {
    const spam = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? '重点任务' : '久久中文字幕人妻丝袜')).join('| ');
    expect(headerColumns(splitCells(spam))).toBeNull();
    expect(refColumns(splitCells(spam))).toBeNull();
    // Exactly half of the filled cells named: still a header.
    expect(headerColumns(['重点任务', '牵头单位', '备注一', '备注二'])).toEqual(refColumns(['重点任务', '牵头单位', '备注一', '备注二']));
  });
});

describe('text tables found in plain text', () => {
  const rows = ['1\t做好政策解读工作\t市政府办\t2019年底前', '2\t加强政务公开平台建设\t市发改委\t长期坚持'];
  it.each([
    ['tab-separated', ['序号\t重点任务\t牵头单位\t完成时限', ...rows]],
    ['bar-separated with edge bars', ['|序号|重点任务|牵头单位|完成时限|', '|---|---|---|---|', ...rows.map((r) => `|${r.replaceAll('\t', '|')}|`)]],
    ['spaced traditional header', ['序  號\t重點任務\t牽頭單位\t完成時限', ...rows]],
  ])('%s', (_name, lines) => {
    const prose = ['关于印发2019年政务公开工作要点的通知', '　　各县（市、区）人民政府：', ''];
    const [table] = taskTablesFromLines([...prose, ...lines, '', '附件：任务分解表']);
    expect(table.headerIndex).toBe(prose.length);
    expect(table.rows.map((r) => r.text)).toEqual(['做好政策解读工作', '加强政务公开平台建设']);
  });

  it('reads a cell-per-line table whose header lines are indented', () => {
    const lines = ['　　序号', '　　重点任务', '　　牵头单位', '1', '做好政策解读工作', '市政府办', '2', '加强政务公开平台建设', '市发改委'];
    const [table] = taskTablesFromLines(lines);
    expect(table.headerIndex).toBe(0);
    expect(table.rows.map((r) => r.text)).toEqual(['做好政策解读工作', '加强政务公开平台建设']);
  });
});
