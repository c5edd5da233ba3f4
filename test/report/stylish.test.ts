import { describe, expect, it } from 'vitest';
import { reporters } from '../../src/report/index.js';
import { noPaint } from '../../src/cli/paint.js';
import { displayWidth as width } from '../../src/core/display-width.js';
import { message, sample } from './results.js';

describe('stylish', () => {
  it('prints nothing when there is nothing to report', () => {
    expect(reporters.stylish([{ file: 'a.txt', messages: [] }], { paint: noPaint })).toBe('');
  });

  it('groups by file with aligned rows and a summary', () => {
    const out = reporters.stylish(sample, { paint: noPaint });
    const lines = out.split('\n');
    expect(lines).toContain('notices/杭州 2018.txt');
    expect(lines).not.toContain('clean.txt');
    expect(out).toContain('   2:1  error    Debris left in the text (page-meta): `时间:2018-06-19`');
    expect(out).toMatch(/ 42:3 {2}error {4}Expected `三、`, found `四、`: `三、` is missing +lint\/numbering-gap/);
    expect(out).toMatch(/ 21:1 {2}warning {2}Task/);
    expect(out).toContain('second line, with: colon');
    expect(lines.filter((l) => l.includes('\r'))).toEqual([]);
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 5 problems (3 errors, 2 warnings)');
  });

  it.each([
    [[message('a', 'error', 'x', 1)], '✖ 1 problem (1 error, 0 warnings)'],
    [[message('a', 'warning', 'x', 1), message('b', 'warning', 'y', 2)], '✖ 2 problems (0 errors, 2 warnings)'],
  ])('summary %#', (messages, summary) => {
    expect(
      reporters
        .stylish([{ file: 'f', messages }], { paint: noPaint })
        .trimEnd()
        .split('\n')
        .at(-1),
    ).toBe(summary);
  });

  it('colours through the paint it is given', () => {
    const tag = (name: string) => (s: string) => `<${name}>${s}</${name}>`;
    const paint = {
      red: tag('r'),
      yellow: tag('y'),
      green: tag('g'),
      cyan: tag('c'),
      dim: tag('d'),
      bold: tag('b'),
      underline: tag('u'),
    };
    const out = reporters.stylish(sample, { paint });
    expect(out).toContain('<u>notices/杭州 2018.txt</u>');
    expect(out).toContain('<r>error  </r>');
    expect(out).toContain('<y>warning</y>');
    expect(out).toContain('<b><r>✖ 5 problems');
  });

  it.each([
    ['abc', 3],
    ['政务公开', 8],
    ['1.做好', 6],
  ])('width of %j is %i', (text, cells) => {
    expect(width(text)).toBe(cells);
  });
});
