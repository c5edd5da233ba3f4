import { describe, expect, it } from 'vitest';
import { diffRegisters } from '../../src/diff/diff-registers.js';
import { DEFAULT_DIFF_OPTIONS, type DiffEntry } from '../../src/diff/types.js';
import { makeRegister } from './make-register.js';
import { realDeps } from './real-deps.js';

const sections = { '1': '加强政策解读', '2': '强化平台建设', '3': '完善公开制度' };

const oldRegister = makeRegister(sections, [
  { id: '1.1', section: '1', text: '围绕减税降费、稳就业等重大政策措施,做好政策解读和舆情回应。', leads: ['市发改委'] },
  { id: '1.2', section: '1', text: '推进政府网站集约化建设,完成网站迁移和IPv6改造。' },
  { id: '2.1', section: '2', text: '办好政府公报电子版,实现电子版与纸质版同步发行。' },
  { id: '2.2', section: '2', text: '建立政务新媒体分级备案制度,对僵尸账号立即关停。', leads: ['市政管局'] },
  {
    id: '3.1',
    section: '3',
    text: '县级以上政府部门要于1月31日前公开政府信息公开年度报告。',
    deadlines: [{ text: '1月31日前', date: '2019-01-31' }],
  },
  { id: '3.2', section: '3', text: '组织开展第三方评估,定期通报评估结果并纳入绩效考核。' },
  {
    id: '3.3',
    section: '3',
    text: '做好农村危房改造、保障性住房分配信息公开。加快历史征地信息补录进度,优化征地信息共享平台功能。',
  },
]);

const newRegister = makeRegister(sections, [
  { id: '1.1', section: '1', text: '开展“减证便民”专项行动,公布保留的证明事项清单。' },
  { id: '1.2', section: '1', text: '围绕减税降费、稳就业等重大政策措施,做好政策解读和舆情回应。', leads: ['市发改委'] },
  { id: '2.1', section: '2', text: '推进政府网站集约化建设,完成网站迁移和IPv6改造。' },
  { id: '2.2', section: '2', text: '办好政府公报电子版,实现电子版与纸质版同步发行,逐步推行政府公报移动端展示。' },
  { id: '2.3', section: '2', text: '建立政务新媒体分级备案制度,对僵尸账号立即关停。', leads: ['市委网信办'] },
  {
    id: '3.1',
    section: '3',
    text: '县级以上政府部门要于2月底前公开政府信息公开年度报告。',
    deadlines: [{ text: '2月底前', date: '2019-02-28' }],
  },
  { id: '3.2', section: '3', text: '做好农村危房改造、保障性住房分配信息公开。' },
  { id: '3.3', section: '3', text: '加快历史征地信息补录进度,优化征地信息共享平台功能。' },
]);

const result = diffRegisters(
  [
    { name: 'old', register: oldRegister },
    { name: 'new', register: newRegister },
  ],
  DEFAULT_DIFF_OPTIONS,
  realDeps(),
);
const entries = result.comparisons[0].entries;
const byOld = (id: string): DiffEntry | undefined =>
  entries.find((e) => e.old?.id === id && (e.kind === 'pair' || e.kind === 'removed' || e.kind === 'merged'));
const byNew = (id: string): DiffEntry | undefined => entries.find((e) => e.new?.id === id);

describe('diff classes on hand-written registers', () => {
  it.each([
    ['renumbered, otherwise unchanged', '1.1', '1.2', 'unchanged'],
    ['moved to another section', '1.2', '2.1', 'moved'],
    ['reworded', '2.1', '2.2', 'reworded'],
    ['lead unit changed', '2.2', '2.3', 'units-changed'],
    ['deadline changed', '3.1', '3.1', 'deadline-changed'],
  ])('%s: %s → %s is %s', (_name, from, to, cls) => {
    const e = byOld(from);
    expect(e?.kind).toBe('pair');
    expect(e?.new?.id).toBe(to);
    expect(e?.classes).toContain(cls);
    expect(e?.score).toBeGreaterThan(0.3);
  });

  it('marks the renumbered pair as renumbered but not moved', () => {
    expect(byOld('1.1')?.renumbered).toBe(true);
    expect(byOld('1.1')?.classes).toEqual(['unchanged']);
  });

  it('does not call the sibling of a moved task moved', () => {
    expect(byOld('2.1')?.classes).not.toContain('moved');
  });

  it('reports the unit change both ways', () => {
    expect(byOld('2.2')?.units).toEqual({
      leadsAdded: ['市委网信办'],
      leadsRemoved: ['市政管局'],
      ownersAdded: [],
      ownersRemoved: [],
    });
  });

  it('reports the old and new deadline', () => {
    expect(byOld('3.1')?.deadlines).toEqual({ old: ['1月31日前'], new: ['2月底前'] });
  });

  it('gives the reworded pair a word-level inline diff', () => {
    const inline = byOld('2.1')?.inline ?? [];
    expect(
      inline
        .filter((p) => p.op === 'insert')
        .map((p) => p.text)
        .join(''),
    ).toContain('移动端展示');
    expect(
      inline
        .filter((p) => p.op !== 'insert')
        .map((p) => p.text)
        .join(''),
    ).toBe(oldRegister.documents[0].tasks[2].text);
    expect(
      inline
        .filter((p) => p.op !== 'delete')
        .map((p) => p.text)
        .join(''),
    ).toBe(newRegister.documents[0].tasks[3].text);
  });

  it.each([['added', '1.1']])('new task %s: %s', (kind, id) => {
    expect(byNew(id)?.kind).toBe(kind);
    expect(byNew(id)?.score).toBeNull();
  });

  it('finds the removed task', () => {
    expect(byOld('3.2')?.kind).toBe('removed');
  });

  it('finds the split: one old task answering to two new ones', () => {
    const split = entries.filter((e) => e.kind === 'split');
    expect(split).toHaveLength(1);
    expect(split[0].old?.id).toBe('3.3');
    expect(['3.2', '3.3']).toContain(split[0].new?.id);
    expect(['3.2', '3.3']).toContain(split[0].partner?.id);
    expect(split[0].new?.id).not.toBe(split[0].partner?.id);
  });

  it('accounts for every task exactly once on each side', () => {
    const oldIds = entries
      .filter((e) => e.kind !== 'split' && e.kind !== 'added')
      .map((e) => e.old!.id)
      .sort();
    const newIds = entries
      .filter((e) => e.kind !== 'merged' && e.kind !== 'removed')
      .map((e) => e.new!.id)
      .sort();
    expect(oldIds).toEqual(oldRegister.documents[0].tasks.map((t) => t.id).sort());
    expect(newIds).toEqual(newRegister.documents[0].tasks.map((t) => t.id).sort());
  });

  it('counts classes, sections and units in the summary', () => {
    const s = result.comparisons[0].summary;
    expect(s.classes.added).toBe(1);
    expect(s.classes.removed).toBe(1);
    expect(s.classes.split).toBe(1);
    expect(s.units).toContainEqual({
      unit: '市委网信办',
      oldTasks: 0,
      newTasks: 1,
      oldLeads: 0,
      newLeads: 1,
      added: 1,
      removed: 0,
    });
    expect(s.units).toContainEqual({
      unit: '市政管局',
      oldTasks: 1,
      newTasks: 0,
      oldLeads: 1,
      newLeads: 0,
      added: 0,
      removed: 1,
    });
    expect(s.sections.map((x) => x.section)).toEqual(['加强政策解读', '强化平台建设', '完善公开制度']);
  });

  it('finds a merge: two old tasks answering to one new one', () => {
    const merged = diffRegisters(
      [
        { name: 'new', register: newRegister },
        { name: 'old', register: oldRegister },
      ],
      DEFAULT_DIFF_OPTIONS,
      realDeps(),
    );
    const m = merged.comparisons[0].entries.filter((e) => e.kind === 'merged');
    expect(m).toHaveLength(1);
    expect(m[0].new?.id).toBe('3.3');
  });
});

describe('cross-script pairs', () => {
  const traditional = makeRegister(
    { '1': '加強政策解讀' },
    [
      { id: '1.1', section: '1', text: '圍繞減稅降費、穩就業等重大政策措施,做好政策解讀和輿情回應。', leads: ['市發改委'] },
      { id: '1.2', section: '1', text: '推進政府網站集約化建設,完成網站遷移和IPv6改造。' },
    ],
    { script: 'traditional' },
  );
  const simplified = makeRegister({ '1': '加强政策解读' }, [
    { id: '1.1', section: '1', text: '推进政府网站集约化建设,完成网站迁移和IPv6改造。' },
    { id: '1.2', section: '1', text: '围绕减税降费、稳就业等重大政策措施,做好政策解读和舆情回应。', leads: ['市发改委'] },
  ]);
  const r = diffRegisters(
    [
      { name: 't', register: traditional },
      { name: 's', register: simplified },
    ],
    DEFAULT_DIFF_OPTIONS,
    realDeps(),
  );
  const e = r.comparisons[0].entries;

  it.each([
    ['1.1', '1.2'],
    ['1.2', '1.1'],
  ])('matches traditional %s with simplified %s as unchanged', (from, to) => {
    const pair = e.find((x) => x.old?.id === from);
    expect(pair?.new?.id).toBe(to);
    expect(pair?.classes).toEqual(['unchanged']);
    expect(pair?.score).toBeGreaterThan(0.95);
  });

  it('shows each side in its own script', () => {
    const pair = e.find((x) => x.old?.id === '1.1');
    expect(pair?.old?.text).toContain('減稅降費');
    expect(pair?.new?.text).toContain('减税降费');
  });
});
