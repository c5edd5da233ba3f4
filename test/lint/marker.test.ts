import { describe, expect, it } from 'vitest';
import { formatMarker, hanToNumber, numberToHan, parseMarker } from '../../src/lint/marker.js';

describe('parseMarker', () => {
  it.each([
    ['一、', 1, 1, '一、'],
    ['十六、', 1, 16, '一、'],
    ['(五)', 2, 5, '(一)'],
    ['（十一）', 2, 11, '(一)'],
    ['3. ', 3, 3, '1.'],
    ['12．', 3, 12, '1.'],
    ['1、', 3, 1, '1、'],
    ['(1)', 4, 1, '(1)'],
    ['2)', 4, 2, '1)'],
    ['③', 4, 3, '①'],
  ])('%j → level %i, ordinal %i, style %j', (marker, level, ordinal, style) => {
    const parsed = parseMarker(marker);
    expect(parsed).not.toBeNull();
    expect(parsed?.level).toBe(level);
    expect(parsed?.ordinal).toBe(ordinal);
    expect(formatMarker(parsed!.style, 1)).toBe(style);
  });

  it.each(['', '甲、', '2019年', '一', '12', 'abc.', '(甲)'])('%j is not a marker', (marker) => {
    expect(parseMarker(marker)).toBeNull();
  });
});

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十三', 23],
    ['一百零五', 105],
    ['一百一十', 110],
  ])('%s ⇄ %i', (han, n) => {
    expect(hanToNumber(han)).toBe(n);
    expect(numberToHan(n)).toBe(han);
  });

  it.each(['一一', '甲', '', '十十十十十十十'])('%j is no numeral', (text) => {
    expect(hanToNumber(text)).toBeNull();
  });
});
