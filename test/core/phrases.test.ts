import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyCase, phraseSet } from '../../src/core/phrases.js';

describe('phraseSet', () => {
  const set = phraseSet([
    { before: '为', words: ['大家', '您'], after: '整理的' },
    { words: ['小编', 'x'] },
    { before: `${anyCase('Powered')}\\s+`, words: [anyCase('By')] },
  ]);

  it.each<[string, boolean, boolean]>([
    ['下面是为大家整理的材料', true, true],
    ['为您整理的', true, true],
    ['为群众整理的', false, false],
    ['本文由小编提供', true, true],
    ['POWERED   bY acme', true, true],
    ['by the way', false, true], // a cue word alone: the pattern decides
    ['推进政务公开', false, false],
  ])('%s', (line, matches, cued) => {
    expect(set.pattern().test(line)).toBe(matches);
    expect(set.cue().test(line)).toBe(cued);
  });

  it('never rejects by its cue a line its pattern matches', () => {
    const piece = fc.constantFrom('为', '大家', '您', '整理的', '小编', 'x', 'Powered', 'POWERED', ' ', 'By', 'bY', '群众', '。');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (ps) => {
        const line = ps.join('');
        if (set.pattern().test(line)) expect(set.cue().test(line)).toBe(true);
      }),
    );
  });
});
