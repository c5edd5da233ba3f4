import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { composeMaps, identity, MapBuilder, toSource, type MappedText } from '../../src/core/source-map.js';
import { indexLines, pointAt } from '../../src/core/position.js';

/** A test transform: drops every `x` and writes `AB` for every `y`. */
function dropX(input: MappedText): MappedText {
  const b = new MapBuilder();
  const s = input.text;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === 'x' || s[i] === 'y') {
      b.keep(s, start, i);
      if (s[i] === 'y') b.put('AB', i, i + 1);
      start = i + 1;
    }
  }
  b.keep(s, start, s.length);
  const out = b.build();
  return { text: out.text, map: composeMaps(input.map, out.map) };
}

describe('source maps', () => {
  it('identity maps every offset to itself', () => {
    expect(toSource(identity('abc').map, 2)).toBe(2);
  });

  it.each([
    ['axbxc', 'abc', [0, 2, 4]],
    ['xxab', 'ab', [2, 3]],
    ['ab', 'ab', [0, 1]],
  ])('dropping x from %s keeps each kept character mapped', (src, out, offsets) => {
    const r = dropX(identity(src));
    expect(r.text).toBe(out);
    expect([...out].map((_, i) => toSource(r.map, i))).toEqual(offsets);
  });

  it('composes through two transforms', () => {
    const first = dropX(identity('1x2y3'));
    expect(first.text).toBe('12AB3');
    const shifted = { text: first.text.replace('1', ''), map: first.map };
    const b = new MapBuilder();
    b.keep(first.text, 1, first.text.length);
    const second = b.build();
    const composed = composeMaps(first.map, second.map);
    expect(second.text).toBe(shifted.text);
    expect(toSource(composed, 0)).toBe(2); // '2'
    expect(toSource(composed, 3)).toBe(4); // '3'
  });

  it('property: every kept character maps back to itself', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'x', 'y', '\n', '中') }),
        fc.string({ unit: fc.constantFrom('a', 'x', '文') }),
        (s1, s2) => {
          const src = s1 + s2;
          const once = dropX(identity(src));
          const twice = dropX({ text: once.text.replace(/A|B/g, 'x').replace(/x/g, 'x'), map: once.map });
          for (const r of [once, twice]) {
            for (let i = 0; i < r.text.length; i++) {
              const c = r.text[i];
              if (c !== 'A' && c !== 'B') expect(src[toSource(r.map, i)]).toBe(c);
            }
          }
        },
      ),
    );
  });
});

describe('positions', () => {
  it.each([
    [0, 1, 1],
    [2, 1, 3],
    [3, 2, 1],
    [5, 3, 1],
  ])('offset %i is line %i column %i', (offset, line, column) => {
    expect(pointAt(indexLines('ab\nc\nd'), offset)).toEqual({ line, column, offset });
  });
});
