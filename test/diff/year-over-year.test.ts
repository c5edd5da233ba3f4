import { beforeAll, describe, expect, it } from 'vitest';
import { diffRegisters } from '../../src/diff/diff-registers.js';
import { DEFAULT_DIFF_OPTIONS, type DiffEntry, type DiffResult } from '../../src/diff/types.js';
import { makeRegister } from './make-register.js';
import { realDeps, warmRealDeps, WARM_TIMEOUT } from './real-deps.js';

// A made-up county water plan and its rewrite a year later (not copied from any notice): sections
// renamed and regrouped, tasks reworded around the boilerplate every task shares (加强, 推进, 落实,
// 做好), two tasks merged (one deadline lost on the way), one split in two, one dropped, one new.
const oldPlan = makeRegister(
  { '1': '加强河湖日常管护', '2': '强化水污染防治', '3': '完善工作保障' },
  [
    {
      id: '1.1',
      section: '1',
      text: '加强河道巡查,县级河长每季度巡河不少于1次,乡级河长每月巡河不少于1次,建立巡查台账,发现问题及时交办。',
      owners: ['县河长办'],
    },
    {
      id: '1.2',
      section: '1',
      text: '完善河道巡查制度,明确巡查频次、巡查内容和问题移交程序,年底前完成。',
      owners: ['县水利局(县河长办)'],
      deadlines: [{ text: '年底前', date: '2020-12-31' }],
    },
    { id: '1.3', section: '1', text: '用好巡河App,推动巡河轨迹、问题照片实时上传,做好巡河数据统计分析。', owners: ['县水利局'] },
    {
      id: '2.1',
      section: '2',
      text: '推进城镇污水处理厂提标改造,完成城东污水处理厂扩建工程,新建污水管网12公里;加快农村生活污水治理,完成30个行政村治理任务。',
      owners: ['县住建局', '县生态环境局'],
    },
    {
      id: '2.2',
      section: '2',
      text: '落实畜禽养殖禁养区管理,依法关闭或搬迁禁养区内养殖场,做好养殖废弃物资源化利用。',
      owners: ['县农业农村局'],
    },
    { id: '2.3', section: '2', text: '做好采砂管理,严厉打击非法采砂行为,规范砂石码头建设。', owners: ['县自然资源局'] },
    { id: '3.1', section: '3', text: '落实河长制工作经费,将河湖管护经费纳入县级财政预算。', owners: ['县财政局'] },
    {
      id: '3.2',
      section: '3',
      text: '加强河长制工作考核,考核结果作为领导干部综合考核评价的重要依据。',
      owners: ['县委组织部', '县河长办'],
    },
  ],
  { year: 2020 },
);

const newPlan = makeRegister(
  { '1': '全面推行河湖长制', '2': '打好碧水保卫战', '3': '强化组织保障' },
  [
    {
      id: '1.1',
      section: '1',
      text: '深入推进河湖长制,县级河长每季度至少巡河1次,乡级河长每月至少巡河1次,巡查、记录、通报同步进行,问题当日交办。',
      owners: ['县河长办', '各乡镇人民政府'],
    },
    {
      id: '1.2',
      section: '1',
      text: '推进巡河制度与巡河App融合,明确巡查频次和问题移交程序,巡河轨迹、问题照片实时上传。',
      owners: ['县河长办'],
    },
    { id: '1.3', section: '1', text: '开展“美丽河湖”创建,年内建成2条县级美丽河湖示范段。', owners: ['县水利局'] },
    {
      id: '2.1',
      section: '2',
      text: '完成城东污水处理厂扩建工程并投入运行,新建城镇污水管网8公里,提高污水收集率。',
      owners: ['县住建局'],
    },
    {
      id: '2.2',
      section: '2',
      text: '巩固农村生活污水治理成果,新增完成25个行政村治理任务,落实设施运维管理。',
      owners: ['县生态环境局'],
    },
    {
      id: '2.3',
      section: '2',
      text: '严格畜禽养殖禁养区管理,防止已关闭养殖场复养,推进养殖废弃物资源化利用。',
      owners: ['县农业农村局'],
    },
    { id: '3.1', section: '3', text: '保障河湖长制工作经费,县级财政预算足额安排河湖管护经费。', owners: ['县财政局'] },
    {
      id: '3.2',
      section: '3',
      text: '严格河湖长制考核,考核结果作为领导干部综合考核评价和干部任用的重要依据。',
      owners: ['县委组织部', '县河长办'],
    },
  ],
  { year: 2021 },
);

let result: DiffResult;
let entries: readonly DiffEntry[];
beforeAll(() => {
  warmRealDeps();
  result = diffRegisters(
    [
      { name: '2020', register: oldPlan },
      { name: '2021', register: newPlan },
    ],
    DEFAULT_DIFF_OPTIONS,
    realDeps(),
  );
  entries = result.comparisons[0].entries;
}, WARM_TIMEOUT);

const links = (): string[] =>
  entries.filter((e) => e.kind === 'pair' || e.kind === 'merged' || e.kind === 'split').map((e) => `${e.old!.id}→${e.new!.id}`);

describe('a plan rewritten a year later', () => {
  it.each([
    ['the reworded patrol task', '1.1→1.1'],
    ['the sewage works, split', '2.1→2.1'],
    ['the rural sewage, split off', '2.1→2.2'],
    ['the livestock task', '2.2→2.3'],
    ['the funding task', '3.1→3.1'],
    ['the assessment task', '3.2→3.2'],
    ['the patrol rules, merged', '1.2→1.2'],
    ['the patrol app, merged', '1.3→1.2'],
  ])('follows %s (%s)', (_name, link) => {
    expect(links()).toContain(link);
  });

  it('reports no link the plans do not support', () => {
    const expected = new Set(['1.1→1.1', '2.1→2.1', '2.1→2.2', '2.2→2.3', '3.1→3.1', '3.2→3.2', '1.2→1.2', '1.3→1.2']);
    expect(links().filter((l) => !expected.has(l))).toEqual([]);
  });

  it('calls the dropped and the new task removed and added', () => {
    expect(entries.find((e) => e.old?.id === '2.3')?.kind).toBe('removed');
    expect(entries.find((e) => e.new?.id === '1.3')?.kind).toBe('added');
  });

  it('reports the merge with the deadline it dropped', () => {
    const merged = entries.find((e) => e.kind === 'merged');
    const pair = entries.find((e) => e.kind === 'pair' && e.new?.id === '1.2');
    // Whichever old task is the pair, the 年底前 of 1.2 is reported: as a dropped deadline or a changed one.
    const said = [...(merged?.dropped?.deadlines ?? []), ...(pair?.deadlines?.old ?? [])];
    expect(said).toContain('年底前');
  });

  it('maps the renamed sections and moves nothing', () => {
    const sections = result.comparisons[0].sections;
    expect(sections.map((s) => [s.status, s.old, s.new[0]?.title])).toEqual([
      ['renamed', '加强河湖日常管护', '全面推行河湖长制'],
      ['renamed', '强化水污染防治', '打好碧水保卫战'],
      ['renamed', '完善工作保障', '强化组织保障'],
    ]);
    expect(entries.filter((e) => e.classes.includes('moved'))).toEqual([]);
  });

  it('classes the reworded pairs reworded and says whose units changed', () => {
    const first = entries.find((e) => e.kind === 'pair' && e.old?.id === '1.1');
    expect(first?.classes).toContain('reworded');
    expect(first?.scope).toEqual({ old: [], new: ['各乡镇人民政府'] });
    const funding = entries.find((e) => e.kind === 'pair' && e.old?.id === '3.1');
    expect(funding?.classes).not.toContain('units-changed');
  });

  it('treats a unit and its bracketed second name as one, and lists the alias', () => {
    expect(result.comparisons[0].summary.aliases).toContainEqual(['县水利局', '县水利局(县河长办)', '县河长办']);
  });
});
