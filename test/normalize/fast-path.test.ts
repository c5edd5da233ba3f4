import { describe, expect, it } from 'vitest';
import { foldWidth, isSpaceLike, isZeroWidth } from '../../src/core/zh/index.js';
import { mayNormalize } from '../../src/normalize/normalize-text.js';

// normalizeText copies chars for which mayNormalize is false without looking at them: that is only
// right while mayNormalize covers every char the per-char path changes or judges.
describe('mayNormalize covers every char normalizeLine acts on', () => {
  it.each([
    ['space-like', isSpaceLike],
    ['zero-width', isZeroWidth],
    ['width-folded', (code: number) => foldWidth(code) !== code],
    ['tab and CR', (code: number) => code === 9 || code === 13],
  ])('%s', (_name, acts) => {
    const missed: string[] = [];
    for (let code = 0; code < 0x10000; code++) if (acts(code) && !mayNormalize(code)) missed.push(code.toString(16));
    expect(missed).toEqual([]);
  });

  it.each([['一'], ['a'], ['。'], ['('], ['“']])('copies %s as it is', (ch) => {
    expect(mayNormalize(ch.charCodeAt(0))).toBe(false);
  });
});
