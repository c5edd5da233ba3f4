import { beforeAll, describe, expect, it } from 'vitest';
import { diffRegisters } from '../../src/diff/diff-registers.js';
import { DEFAULT_DIFF_OPTIONS, type DiffEntry } from '../../src/diff/types.js';
import { makeRegister, type TaskSpec } from './make-register.js';
import { realDeps, warmRealDeps, WARM_TIMEOUT } from './real-deps.js';

beforeAll(() => warmRealDeps(), WARM_TIMEOUT);

function diff(
  oldTasks: TaskSpec[],
  newTasks: TaskSpec[],
  sections: Record<string, string> = { '1': '重点任务' },
): readonly DiffEntry[] {
  const oldR = makeRegister(sections, oldTasks, { year: 2020 });
  const newR = makeRegister(sections, newTasks, { year: 2021 });
  return diffRegisters(
    [
      { name: 'old', register: oldR },
      { name: 'new', register: newR },
    ],
    DEFAULT_DIFF_OPTIONS,
    realDeps(),
  ).comparisons[0].entries;
}

const summary = (entries: readonly DiffEntry[]): string[] =>
  entries.map((e) => `${e.kind} ${e.old?.id ?? '-'}→${e.new?.id ?? '-'}`).sort();

describe('a plan compared with itself', () => {
  // Tasks that give the word segmenter nothing to hold on to: digits and punctuation only, Latin
  // only, one character, an empty-looking bracket. A self-diff still pairs each with itself.
  const tasks: TaskSpec[] = [
    { id: '1', section: '1', text: '2021' },
    { id: '2', section: '1', text: '(1)、。' },
    { id: '3', section: '1', text: 'IPv6' },
    { id: '4', section: '1', text: '略' },
    { id: '5', section: '1', text: 'PPP' },
    { id: '6', section: '1', text: '完善河道巡查制度,明确巡查频次和问题移交程序。', owners: ['县水利局'] },
    { id: '7', section: '1', text: '——' },
  ];

  it('reports every task unchanged, those without word tokens too', () => {
    const entries = diff(tasks, tasks);
    expect(summary(entries)).toEqual(tasks.map((t) => `pair ${t.id}→${t.id}`).sort());
    for (const e of entries) expect(e.classes).toEqual(['unchanged']);
  });

  it('pairs two tasks of identical text even when one plan repeats it', () => {
    const entries = diff(
      [{ id: '1', section: '1', text: '2021' }],
      [
        { id: '1', section: '1', text: '2021' },
        { id: '2', section: '1', text: '2021' },
      ],
    );
    expect(entries.filter((e) => e.kind === 'pair').map((e) => `${e.old!.id}→${e.new!.id}`)).toEqual(['1→1']);
    // The repeat is reported, as added or as a split of the one old task, never lost.
    expect(['added', 'split']).toContain(entries.find((e) => e.new?.id === '2')?.kind);
  });
});

describe('a pair needs evidence', () => {
  it('does not pair two unrelated leftover tasks of a tiny plan, and lists them as possible', () => {
    // One task continues; the other two have nothing in common but the genre's words.
    const entries = diff(
      [
        { id: '1', section: '1', text: '推进城镇污水处理厂提标改造,完成城东污水处理厂扩建工程。' },
        { id: '2', section: '1', text: '做好采砂管理工作,严厉打击非法采砂行为。' },
      ],
      [
        { id: '1', section: '1', text: '完成城东污水处理厂扩建工程并投入运行,提高污水收集率。' },
        { id: '2', section: '1', text: '规范防汛物资管理,开展防汛应急演练。' },
      ],
    );
    expect(summary(entries)).toEqual(['added -→2', 'pair 1→1', 'removed 2→-']);
    const removed = entries.find((e) => e.kind === 'removed')!;
    const added = entries.find((e) => e.kind === 'added')!;
    // Weak candidates are not dropped silently: listed for a person to confirm (when any score at all).
    expect(removed.possible?.map((p) => p.id) ?? []).not.toContain('1');
    expect(added.possible?.map((p) => p.id) ?? []).not.toContain('1');
  });

  it('does not pair two one-task plans about different things', () => {
    const entries = diff(
      [{ id: '1', section: '1', text: '加强校园周边环境管理。' }],
      [{ id: '1', section: '1', text: '加强农村公路养护管理。' }],
    );
    expect(summary(entries)).toEqual(['added -→1', 'removed 1→-']);
  });

  it('still pairs a short reworded task whose key term carries over', () => {
    const entries = diff(
      [{ id: '1', section: '1', text: '加强校园食品安全监管。' }],
      [{ id: '1', section: '1', text: '严格落实校园食品安全责任。' }],
    );
    expect(summary(entries)).toEqual(['pair 1→1']);
  });
});

describe('a merge that hinges on one phrase inside a long paragraph', () => {
  // Made up: the new plan folds a short old task into a long paragraph of another; all they share
  // is one phrase that no other task of either plan uses (有机肥加工中心).
  const oldTasks: TaskSpec[] = [
    { id: '1', section: '1', text: '推进城镇污水处理厂提标改造,完成城东污水处理厂扩建工程,新建污水管网12公里。' },
    { id: '2', section: '1', text: '推动畜禽粪污资源化利用整县推进,建成有机肥加工中心1处,粪污综合利用率达到80%以上。' },
    { id: '3', section: '1', text: '推进化肥农药减量增效,开展农药包装废弃物回收处置,实施农膜回收行动。' },
    { id: '4', section: '1', text: '做好采砂管理,严厉打击非法采砂行为,规范砂石码头建设。' },
  ];
  const newTasks: TaskSpec[] = [
    { id: '1', section: '1', text: '完成城东污水处理厂扩建工程并投入运行,新建城镇污水管网8公里,提高污水收集率。' },
    {
      id: '2',
      section: '1',
      text: '打好农业农村污染治理攻坚战,持续推进化肥农药减量增效,开展农药包装废弃物回收处置,建设生态沟渠和尾水净化设施,推动有机肥加工中心投入使用,实施农膜回收行动,改善农村人居环境,落实农村环境整治长效管护机制。',
    },
    { id: '3', section: '1', text: '严格采砂管理,严厉打击非法采砂,规范砂石码头。' },
    { id: '4', section: '1', text: '开展防汛应急演练,做好防汛物资储备。' },
  ];

  it('reports the short task merged into the paragraph that carries its phrase', () => {
    const entries = diff(oldTasks, newTasks);
    expect(summary(entries)).toEqual(['added -→4', 'merged 2→2', 'pair 1→1', 'pair 3→2', 'pair 4→3']);
  });
});

describe('a weak pair between two continuations', () => {
  // Made up: the middle task is rewritten so that little more than 问题厕所 carries over, and it
  // scores higher against the strong neighbour's partner; the plans' order places it.
  const oldTasks: TaskSpec[] = [
    { id: '1', section: '1', text: '组织编制农村改厕技术导则,开展改厕产品质量抽检,培训乡村改厕工匠。' },
    { id: '2', section: '1', text: '分类推进改厕,在干旱寒冷地区探索适宜改厕模式,逐村建立改厕台账,完成问题厕所排查整改。' },
    { id: '3', section: '1', text: '鼓励厕所粪污与畜禽粪污统筹处理,就地就近还田利用。' },
  ];
  const newTasks: TaskSpec[] = [
    { id: '1', section: '1', text: '严把改厕产品质量关和施工验收关,将改厕产品纳入质量抽检范围,加强乡村工匠培训。' },
    { id: '2', section: '1', text: '坚持数量服从质量、进度服从实效,不搞一刀切,持续开展问题厕所回头看,已摸排问题逐一销号。' },
    { id: '3', section: '1', text: '推动厕所粪污、畜禽粪污一体化处理,粪污就地就近消纳、还田利用。' },
  ];

  it('is kept when it keeps the order of the pairs around it', () => {
    expect(summary(diff(oldTasks, newTasks))).toEqual(['pair 1→1', 'pair 2→2', 'pair 3→3']);
  });

  it('is not made when the weak candidates cross the order of the pairs around them', () => {
    const swapped = [newTasks[2], newTasks[1], newTasks[0]].map((t, i) => ({ ...t, id: String(i + 1) }));
    const kinds = summary(diff(oldTasks, [swapped[0], swapped[1], swapped[2]]));
    expect(kinds).toContain('pair 1→3');
    expect(kinds).toContain('pair 3→1');
    expect(kinds).not.toContain('pair 2→2');
  });
});
