import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, scanBrackets, splitTopLevel } from '../../src/extract/annotation/brackets.js';

const spans = (text: string) => scanBrackets(text).map((g) => [text.slice(g.start, g.end), g.depth, g.balanced]);

describe('scanBrackets', () => {
  it.each<[string, string, (string | number | boolean)[][]]>([
    ['one pair', '甲(乙)丙', [['(乙)', 0, true]]],
    ['full-width pair', '甲（乙）丙', [['（乙）', 0, true]]],
    [
      'nesting',
      '(各市、縣〔區〕人民政府)',
      [
        ['(各市、縣〔區〕人民政府)', 0, true],
        ['〔區〕', 1, true],
      ],
    ],
    [
      'mismatched kinds',
      '〔相关乡镇(街道)负责落实)',
      [
        ['〔相关乡镇(街道)负责落实)', 0, true],
        ['(街道)', 1, true],
      ],
    ],
    [
      'square and lenticular',
      '[甲]【乙】',
      [
        ['[甲]', 0, true],
        ['【乙】', 0, true],
      ],
    ],
    ['unclosed at the end', '做好。(市政管局牵', [['(市政管局牵', 0, false]]],
    ['stray closer ignored', '甲)乙(丙)', [['(丙)', 0, true]]],
    ['no brackets', '甲乙丙', []],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('stops recording below MAX_DEPTH but keeps pairing the closers', () => {
    const n = MAX_DEPTH + 10;
    const text = '('.repeat(n) + ')'.repeat(n) + '(甲)';
    const groups = scanBrackets(text);
    expect(groups).toHaveLength(MAX_DEPTH + 1);
    expect(groups[0]).toMatchObject({ start: 0, end: 2 * n, balanced: true });
    expect(groups.at(-1)).toMatchObject({ start: 2 * n, end: 2 * n + 3, depth: 0, balanced: true });
  });
});

describe('splitTopLevel', () => {
  it('never splits inside brackets', () => {
    const text = '各县(市、区)政府、市直部门';
    expect(splitTopLevel(text, '、').map(([a, b]) => text.slice(a, b))).toEqual(['各县(市、区)政府', '市直部门']);
  });
});
