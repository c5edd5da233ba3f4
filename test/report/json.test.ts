import { describe, expect, it } from 'vitest';
import { reporters } from '../../src/report/index.js';
import { noPaint } from '../../src/cli/paint.js';
import { sample } from './results.js';

describe('json', () => {
  const parsed = JSON.parse(reporters.json(sample, { paint: noPaint }));

  it('keeps every file, in order, with its messages', () => {
    expect(parsed.map((r: { file: string }) => r.file)).toEqual(['notices/杭州 2018.txt', 'clean.txt', 'odd,name:1.txt']);
    expect(parsed[1].messages).toEqual([]);
  });

  it('writes the contract fields in a fixed order', () => {
    expect(Object.keys(parsed[0].messages[0])).toEqual([
      'ruleId',
      'severity',
      'line',
      'column',
      'endLine',
      'endColumn',
      'message',
    ]);
    expect(parsed[0].messages[1]).toEqual({
      ruleId: 'lint/numbering-gap',
      severity: 'error',
      line: 42,
      column: 3,
      endLine: 42,
      endColumn: 5,
      message: 'Expected `三、`, found `四、`: `三、` is missing',
    });
  });

  it('gives null positions for a whole-file message', () => {
    expect(parsed[2].messages[1]).toMatchObject({
      line: null,
      column: null,
      endLine: null,
      endColumn: null,
      message: 'whole file',
    });
  });

  it('is stable: the same input gives the same bytes', () => {
    expect(reporters.json(sample, { paint: noPaint })).toBe(reporters.json(structuredClone(sample), { paint: noPaint }));
  });
});
