import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { identity, toSource } from '../../src/core/source-map.js';
import { normalizeText } from '../../src/normalize/normalize-text.js';
import { foldWidth } from '../../src/core/zh/index.js';

// Width folding replaces chars one for one. A run of 4,096 chars or more is assembled in a UTF-16
// buffer instead of from pieces (mapped-writer.ts): both must give the same text and a map that
// sends every offset to itself.
describe('MappedWriter runs, short and long', () => {
  const char = fc.constantFrom('ａ', 'Ｚ', '１', '，', '（', '）', 'a', '政', '务', '公', '开');
  it('folds a one-line text of any length char for char (property)', () => {
    fc.assert(
      fc.property(fc.array(char, { minLength: 1, maxLength: 9000 }), (chars) => {
        const text = chars.join('');
        const out = normalizeText(identity(text));
        expect(out.text).toBe(Array.from(text, (c) => String.fromCharCode(foldWidth(c.charCodeAt(0)))).join(''));
        for (const at of [0, Math.floor(text.length / 2), text.length - 1]) expect(toSource(out.map, at)).toBe(at);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the map of a long line with spaces dropped between its folded chars', () => {
    const unit = '推进（政务） 公开，';
    const text = unit.repeat(1000);
    const out = normalizeText(identity(text));
    expect(out.text).toBe('推进(政务)公开,'.repeat(1000));
    const k = out.text.lastIndexOf('公');
    expect(text[toSource(out.map, k)]).toBe('公');
  });
});
