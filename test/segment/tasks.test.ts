import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/core/register.js';
import { parseText } from './prepare.js';

function ids(sections: readonly Section[]): string[] {
  return sections.flatMap((s) => [`${s.id}${s.marker}`, ...ids(s.sections)]);
}

describe('sections', () => {
  it('ids are positions; level-2 numbering may run on across level-1 sections', () => {
    const { document, warnings } = parseText('一、甲\n(一)做好甲。\n(二)做好乙。\n二、乙\n(三)做好丙。\n(四)做好丁。');
    expect(ids(document.sections)).toEqual(['1一、', '1.1(一)', '1.2(二)', '2二、', '2.1(三)', '2.2(四)']);
    expect(document.sections[1].sections.map((s) => [s.level, s.ordinal])).toEqual([
      [2, 3],
      [2, 4],
    ]);
    expect(warnings).toEqual([]);
  });

  it('a heading printed twice by a crawl is one section', () => {
    const { document, warnings } = parseText(
      '一、加强巡查。1.建立巡河台账。(县水务局负责)二、严格考核。2.落实考核经费。(县财政局负责)二、严格考核。3.开展年度考评。(县督查室负责)',
    );
    expect(ids(document.sections)).toEqual(['1一、', '1.11.', '2二、', '2.12.', '2.23.']);
    expect(document.tasks.map((t) => [t.id, t.text, t.owners])).toEqual([
      ['1.1', '建立巡河台账。', ['县水务局']],
      ['2.1', '落实考核经费。', ['县财政局']],
      ['2.2', '开展年度考评。', ['县督查室']],
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['repeated-heading']);
  });

  it('a repeated marker with another title, or with text of its own, is no repeat', () => {
    const { document } = parseText('一、甲\n1.做好甲。\n二、乙\n2.做好乙。\n二、乙。推进丙。\n3.做好丙。\n二、丁\n4.做好丁。');
    expect(ids(document.sections)).toEqual([
      '1一、',
      '1.1 1.'.replace(' ', ''),
      '2二、',
      '2.1 2.'.replace(' ', ''),
      '3二、',
      '3.1 3.'.replace(' ', ''),
      '4二、',
      '4.1 4.'.replace(' ', ''),
    ]);
  });

  it('warns about numbering that skips', () => {
    const { document, warnings } = parseText('一、甲\n(一)做好甲。\n(三)做好乙。');
    expect(ids(document.sections)).toEqual(['1一、', '1.1(一)', '1.2(三)']);
    expect(warnings).toMatchObject([{ code: 'numbering-irregular', line: 3 }]);
  });

  it('a heading with a lead-in and numbered children: intro, no task', () => {
    const { document } = parseText('(一)清单式公开\n持续推进清单式公开。\n1.依法公开。(市政管局牵头落实)');
    expect(document.sections[0]).toMatchObject({ id: '1', title: '清单式公开', intro: '持续推进清单式公开。', line: 1 });
    expect(document.tasks.map((t) => t.id)).toEqual(['1.1']);
  });

  it('levels by marker kind: 一、 (一) 1. (1) ①', () => {
    const { document } = parseText('一、甲\n(一)乙\n1.丙\n(1)做好丁。\n①做好戊。');
    const levels: number[] = [];
    let s: readonly Section[] = document.sections;
    while (s.length > 0) {
      levels.push(s[0].level);
      s = s[0].sections;
    }
    expect(levels).toEqual([1, 2, 3, 4]);
    expect(ids(document.sections)).toEqual(['1一、', '1.1(一)', '1.1.1 1.'.replace(' ', ''), '1.1.1.1(1)', '1.1.1.2①']);
  });
});

describe('tasks', () => {
  it('a standing note (列第一位者为牵头单位,下同) holds for the annotations after it', () => {
    const { document } = parseText(
      '一、夯实基础\n(一)完善设施。(交通运输部负责)\n(二)建设平台。(水利部、科技部负责。列第一位者为牵头单位,下同)\n(三)培育人才。(教育部、人力资源社会保障部负责)\n(四)加强指导。(司法部牵头,各省级人民政府负责)',
    );
    expect(document.tasks.map((t) => [t.id, t.leads, t.owners])).toEqual([
      ['1.1', [], ['交通运输部']],
      ['1.2', ['水利部'], ['科技部']],
      ['1.3', ['教育部'], ['人力资源社会保障部']],
      ['1.4', ['司法部'], ['各省级人民政府']],
    ]);
  });

  it('a note naming bodies for everything after it (以下均需……落实,不再列出) adds them as owners', () => {
    const { document } = parseText(
      '一、夯实基础\n(一)摸清底数。(统计局负责)\n二、主要任务(以下各项任务均由各示范县人民政府负责落实,不再一一列出)\n(二)完善设施。(交通运输部负责)\n(三)建设平台。',
    );
    expect(document.tasks.map((t) => [t.id, t.leads, t.owners])).toEqual([
      ['1.1', [], ['统计局']],
      ['2.1', [], ['交通运输部', '各示范县人民政府']],
      ['2.2', [], ['各示范县人民政府']],
    ]);
  });

  it('one item holding several annotated tasks: a, b, c', () => {
    const text =
      '(一)做好公开。编制发布规划。(区文委负责落实)深入推进协同发展。(区发改委牵头,区交通局负责落实)推进冰雪运动。(区体育局负责落实)';
    const { document } = parseText(text);
    expect(document.tasks.map((t) => [t.id, t.sectionId, t.title, t.leads, t.owners, t.column])).toEqual([
      ['1a', '1', '做好公开', [], ['区文委'], 1],
      ['1b', '1', null, ['区发改委'], ['区交通局'], text.indexOf('深入') + 1],
      ['1c', '1', null, [], ['区体育局'], text.indexOf('推进冰雪') + 1],
    ]);
    expect(document.tasks[0].text).toBe('做好公开。编制发布规划。');
    expect(document.tasks[1].unitsText).toBe('(区发改委牵头,区交通局负责落实)');
  });

  it('a unit line without brackets attaches to the task before it', () => {
    const { document } = parseText(
      '1.推进数据共享工作。\n责任单位:市工信局、财政局、市场监管局。\n2.做好培训。\n牵头单位:市人社局\n责任单位:各区政府',
    );
    expect(document.tasks.map((t) => [t.id, t.text, t.leads, t.owners])).toEqual([
      ['1', '推进数据共享工作。', [], ['市工信局', '财政局', '市场监管局']],
      ['2', '做好培训。', ['市人社局'], ['各区政府']],
    ]);
    expect(document.tasks[0].unitsText).toBe('责任单位:市工信局、财政局、市场监管局。');
  });

  it('an inline list stays in its task', () => {
    const { document } = parseText(
      '(五)优化答复机制。完善以下途径:1.当面提出申请;\n2.以传真形式提出申请。同时,依法答复。\n(六)加强监察。',
    );
    expect(document.tasks.map((t) => t.id)).toEqual(['1', '2']);
    expect(document.tasks[0].text).toBe('优化答复机制。完善以下途径:1.当面提出申请;\n2.以传真形式提出申请。同时,依法答复。');
  });

  it('a bare heading followed by its body is one task titled by the heading', () => {
    const { document } = parseText(
      '(三)围绕稳定市场预期加强政策解读。\n牢牢把握要求,解读好相关政策。[责任单位:市级有关部门,各区、县(市)政府]',
    );
    expect(document.tasks).toMatchObject([
      {
        id: '1',
        title: '围绕稳定市场预期加强政策解读',
        text: '围绕稳定市场预期加强政策解读。\n牢牢把握要求,解读好相关政策。',
        owners: ['市级有关部门', '各区、县(市)政府'],
        line: 1,
        column: 1,
      },
    ]);
  });

  it('deadlines take the plan year; targets are kept', () => {
    const { document } = parseText('2019年某市政务公开工作要点\n一、总体\n1.年底前完成目录编制,分值权重不低于4%。(市政管局牵头)');
    expect(document.year).toBe(2019);
    expect(document.tasks[0].deadlines).toContainEqual({ text: '年底前', date: '2019-12-31' });
    expect(document.tasks[0].targets.map((t) => t.text)).toContain('不低于4%');
  });

  it.each<[string, string, string]>([
    // Issued 2019-07-02: a January deadline without a year is the next January.
    ['2019年7月2日', '1月31日前', '2020-01-31'],
    ['2019年7月2日', '10月底前', '2019-10-31'],
    // Issued in December for the coming year: the plan year stands.
    ['2018年12月20日', '1月31日前', '2019-01-31'],
  ])('month deadlines are read against the notice date %s: %s → %s', (issued, deadline, date) => {
    const { document } = parseText(
      `市政府办公室关于印发2019年某市政务公开工作要点的通知\n各县、市、区人民政府:\n现将要点印发给你们。\n${issued}\n2019年某市政务公开工作要点\n一、总体\n1.县级以上政府部门要于${deadline}公开年报。(市政管局牵头)`,
    );
    expect(document.year).toBe(2019);
    expect(document.tasks[0].deadlines).toEqual([{ text: deadline, date }]);
  });

  it.each([
    ['unbalanced-bracket', '1.做好信息公开工作。(市政管局牵头落实'],
    ['unparsed-annotation', '1.推进数据共享工作。\n责任单位:'],
  ])('warns %s', (code, text) => {
    const { warnings } = parseText(text);
    expect(warnings.map((w) => w.code)).toContain(code);
  });

  // An item whose only words are its units: a task all the same (its number is printed), its text
  // the units as written, never empty; units with no text of their own join a neighbouring task.
  it.each<[string, string, Array<[string, string, string | null, string[], string[]]>, string[]]>([
    [
      'an item that is only an annotation',
      '一、总体\n(一)做好公开。(市政管局牵头)\n(二)(市发改委牵头)',
      [
        ['1.1', '做好公开。', '(市政管局牵头)', ['市政管局'], []],
        ['1.2', '(市发改委牵头)', '(市发改委牵头)', ['市发改委'], []],
      ],
      ['annotation-only-item'],
    ],
    [
      'an unclosed annotation alone (a truncated file)',
      '一、(方方所',
      [['1', '(方方所', '(方方所', [], []]],
      ['annotation-only-item', 'unbalanced-bracket'],
    ],
    [
      'an item that is only a unit line',
      '一、总体\n1.责任单位:市工信局\n2.做好培训。',
      [
        ['1.1', '责任单位:市工信局', '责任单位:市工信局', [], ['市工信局']],
        ['1.2', '做好培训。', null, [], []],
      ],
      ['annotation-only-item'],
    ],
    [
      'an annotation before the text joins the task after it',
      '一、(市发改委牵头)做好X工作。',
      [['1', '做好X工作。', '(市发改委牵头)', ['市发改委'], []]],
      [],
    ],
    [
      'an annotation on the heading line joins the body below',
      '一、(市发改委牵头)\n做好X工作。',
      [['1', '做好X工作。', '(市发改委牵头)', ['市发改委'], []]],
      [],
    ],
    [
      'a second bare annotation joins the task before it',
      '一、做好X工作。(市发改委牵头)\n(市财政局负责)',
      [['1', '做好X工作。', '(市发改委牵头)\n(市财政局负责)', ['市发改委'], ['市财政局']]],
      [],
    ],
  ])('%s', (_name, text, tasks, codes) => {
    const { document, warnings } = parseText(text);
    expect(document.tasks.map((t) => [t.id, t.text, t.unitsText, t.leads, t.owners])).toEqual(tasks);
    expect(document.tasks.every((t) => t.text !== '')).toBe(true);
    expect(
      warnings
        .map((w) => w.code)
        .filter((c) => c !== 'numbering-irregular')
        .toSorted(),
    ).toEqual(codes);
  });

  it('the whole body on one line segments like the multi-line text', () => {
    const lines =
      '一、讲求实效\n(一)清单式公开\n持续推进清单式公开。\n1.依法公开负面清单。(市政管局牵头落实)\n2.结合机构改革做好公开。(市编办牵头落实)\n二、围绕中心\n(一)推进决策公开。进一步推进预公开。(市政府办牵头落实)';
    const multi = parseText(lines).document;
    const single = parseText(lines.replace(/\n/g, '')).document;
    expect(ids(single.sections)).toEqual(ids(multi.sections));
    expect(single.tasks.map((t) => [t.id, t.leads])).toEqual(multi.tasks.map((t) => [t.id, t.leads]));
    expect(single.tasks.map((t) => t.id)).toEqual(['1.1.1', '1.1.2', '2.1']);
    expect(single.tasks[2].column).toBe(lines.replace(/\n/g, '').indexOf('(一)推进') + 1);
  });
});
