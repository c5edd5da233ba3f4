import { describe, expect, it } from 'vitest';
import { diffRegisters } from '../../src/diff/diff-registers.js';
import { DEFAULT_DIFF_OPTIONS } from '../../src/diff/types.js';
import { formatDiffHuman } from '../../src/diff/format-human.js';
import { formatDiffMarkdown } from '../../src/diff/format-markdown.js';
import { makeRegister } from './make-register.js';
import { realDeps } from './real-deps.js';

const A = '推进政府网站集约化建设,完成网站迁移和IPv6改造。';
const B = '办好政府公报电子版,实现电子版与纸质版同步发行。';
const C = '建立政务新媒体分级备案制度,对僵尸账号立即关停。';
const s = { '1': '平台建设' };
const r2019 = makeRegister(s, [
  { id: '1.1', section: '1', text: A },
  { id: '1.2', section: '1', text: B },
]);
const r2020 = makeRegister(s, [
  { id: '1.1', section: '1', text: B },
  { id: '1.2', section: '1', text: C },
]);
const r2021 = makeRegister(s, [
  { id: '1.1', section: '1', text: C },
  { id: '1.2', section: '1', text: B + '逐步推行政府公报移动端展示。' },
]);
const result = diffRegisters(
  [
    { name: '2019', register: r2019 },
    { name: '2020', register: r2020 },
    { name: '2021', register: r2021 },
  ],
  DEFAULT_DIFF_OPTIONS,
  realDeps(),
);

describe('lineage over a series', () => {
  it('compares each input with the next', () => {
    expect(result.comparisons.map((c) => [c.old, c.new])).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it.each([
    ['A: dropped in 2020', ['1.1', null, null], [['removed'], null]],
    ['B: renumbered, then reworded', ['1.2', '1.1', '1.2'], [['unchanged'], ['reworded']]],
    ['C: new in 2020', [null, '1.2', '1.1'], [['added'], ['unchanged']]],
  ])('%s', (_name, ids, steps) => {
    expect(result.lineage).toContainEqual(expect.objectContaining({ ids, steps }));
  });

  it('has no lineage for two inputs', () => {
    const two = diffRegisters(
      [
        { name: 'a', register: r2019 },
        { name: 'b', register: r2020 },
      ],
      DEFAULT_DIFF_OPTIONS,
      realDeps(),
    );
    expect(two.lineage).toBeUndefined();
  });

  it.each([
    ['human', formatDiffHuman(result)],
    ['markdown', formatDiffMarkdown(result)],
  ])('the %s view shows every comparison and the lineage', (_name, text) => {
    expect(text).toContain('2019');
    expect(text).toContain('2021');
    expect(text).toMatch(/Lineage/);
    expect(text).toContain('移动端展示');
  });
});
