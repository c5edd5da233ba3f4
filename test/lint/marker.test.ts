import { describe, expect, it } from 'vitest';
import { formatMarker, numberToHan } from '../../src/lint/marker.js';

describe('formatMarker', () => {
  it.each([
    [{ open: '', kind: 'han', close: '、' }, 3, '三、'],
    [{ open: '(', kind: 'han', close: ')' }, 11, '(十一)'],
    [{ open: '', kind: 'arabic', close: '.' }, 12, '12.'],
    [{ open: '(', kind: 'arabic', close: ')' }, 1, '(1)'],
    [{ open: '', kind: 'circled', close: '' }, 3, '③'],
  ] as const)('%j, %i → %s', (style, ordinal, printed) => {
    expect(formatMarker(style, ordinal)).toBe(printed);
  });
});

describe('numberToHan', () => {
  it.each([
    [0, '〇'],
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [23, '二十三'],
    [105, '一百零五'],
    [110, '一百一十'],
  ])('%i → %s', (n, han) => {
    expect(numberToHan(n)).toBe(han);
  });
});
