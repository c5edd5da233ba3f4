import { describe, expect, it } from 'vitest';
import { addScores, MEASURES } from './score.js';
import { cell, formatTable, percent, scoresTable } from './table.js';

describe('accuracy tables', () => {
  it('writes counts, rates, and a dash where a measure does not apply', () => {
    expect(cell({ hit: 3, total: 4 })).toBe('3/4');
    expect(cell({ hit: 0, total: 0 })).toBe('–');
    expect(percent({ hit: 1, total: 3 })).toBe('33.3%');
    expect(percent({ hit: 0, total: 0 })).toBe('–');
  });

  it('pads columns to their widest cell', () => {
    expect(
      formatTable(
        ['name', 'n'],
        [
          ['a', '10'],
          ['bbb', '2'],
        ],
      ).split('\n'),
    ).toEqual(['name   n', '----  --', 'a     10', 'bbb    2']);
  });

  it('has a column per measure and total and rate rows', () => {
    const s = { ...addScores([]), leads: { hit: 1, total: 2 } };
    const lines = scoresTable([{ name: 'doc', scores: s }], s).split('\n');
    expect(lines[0].split(/\s+/)).toEqual(['fixture', ...MEASURES]);
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(['fixture', lines[1].split(/\s+/)[0], 'doc', 'total', 'rate']);
    expect(lines[4]).toContain('50.0%');
  });
});
