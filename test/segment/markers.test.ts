import { describe, expect, it } from 'vitest';
import { matchMarker, readMarker } from '../../src/segment/markers.js';
import { parseChineseNumeral } from '../../src/core/zh/index.js';

describe('matchMarker', () => {
  it.each([
    ['一、讲求实效', 1, 1, '一、'],
    ['十二、加强', 1, 12, '十二、'],
    ['(一)清单式公开', 2, 1, '(一)'],
    ['(十六)建立健全', 2, 16, '(十六)'],
    ['（五）深入推进', 2, 5, '（五）'],
    ['〔三〕推进', 2, 3, '〔三〕'],
    ['1.依法积极', 3, 1, '1.'],
    ['3. 着力做好', 3, 3, '3.'],
    ['11、本单位', 3, 11, '11、'],
    ['2．推进', 3, 2, '2．'],
    ['1.“12.4”国家宪法日', 3, 1, '1.'],
    ['(1)建立健全', 4, 1, '(1)'],
    ['(12)做好', 4, 12, '(12)'],
    ['①做好', 4, 1, '①'],
    ['⑩加强', 4, 10, '⑩'],
  ])('%s → level %i, ordinal %i', (text, level, ordinal, marker) => {
    const m = matchMarker(text, 0);
    expect(m).toMatchObject({ level, ordinal, marker, start: 0 });
    expect(text.slice(m!.end)).toMatch(/^[^\s]/);
  });

  it.each([
    ['1.5亿元'],
    ['2.0版本'],
    ['12.4”国家宪法日'],
    ['2017年10月底前'],
    ['〔2018〕84号'],
    ['(2018)12号'],
    ['一、二季度'],
    ['2019、2020年'],
    ['1、2月份'],
    ['(以下统称“五公开”)'],
    ['一是加强'],
    ['(IPv6)改造'],
    ['1234.加强'],
    ['0.加强'],
  ])('%s is not a marker', (text) => {
    expect(matchMarker(text, 0)).toBeNull();
  });
});

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十三', 23],
    ['九十九', 99],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十', 110],
  ])('%s → %i', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });
  it.each([['一二'], ['十十'], ['零'], [''], ['百']])('%s → null', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });
});

describe('readMarker (a marker printed on its own: a table cell, a category heading)', () => {
  it.each([
    ['一、', 1, 1, { open: '', kind: 'han', close: '、' }],
    ['十六、', 1, 16, { open: '', kind: 'han', close: '、' }],
    ['(五)', 2, 5, { open: '(', kind: 'han', close: ')' }],
    ['（十一）', 2, 11, { open: '(', kind: 'han', close: ')' }],
    ['3. ', 3, 3, { open: '', kind: 'arabic', close: '.' }],
    ['12．', 3, 12, { open: '', kind: 'arabic', close: '.' }],
    ['1、', 3, 1, { open: '', kind: 'arabic', close: '、' }],
    ['(1)', 4, 1, { open: '(', kind: 'arabic', close: ')' }],
    ['2)', 4, 2, { open: '', kind: 'arabic', close: ')' }],
    ['③', 4, 3, { open: '', kind: 'circled', close: '' }],
  ])('%j → level %i, ordinal %i', (marker, level, ordinal, style) => {
    expect(readMarker(marker)).toEqual({ level, ordinal, style });
  });

  it.each(['', '甲、', '2019年', '一', '12', 'abc.', '(甲)', '⑴'])('%j is not a marker', (marker) => {
    expect(readMarker(marker)).toBeNull();
  });
});
