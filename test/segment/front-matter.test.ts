import { describe, expect, it } from 'vitest';
import { parseText } from './prepare.js';

const BODY = '一、加强公开\n(一)做好解读。做好政策解读工作。(市政府办牵头落实)';

describe('notice and title', () => {
  it.each([
    {
      name: 'title broken over two lines, 发文字号, signature and date',
      text: `杭州市人民政府办公厅关于印发\n2018年杭州市政务公开工作要点的通知\n\n杭政办函〔2018〕84号\n\n各区、县(市)人民政府,市政府各部门、各直属单位:\n《2018年杭州市政务公开工作要点》已经市政府同意,现印发给你们。\n\n杭州市人民政府办公厅\n2018年6月19日\n\n2018年杭州市政务公开工作要点\n总体要求是:做好公开。\n${BODY}`,
      notice: {
        title: '杭州市人民政府办公厅关于印发2018年杭州市政务公开工作要点的通知',
        issuer: '杭州市人民政府办公厅',
        docNumber: '杭政办函〔2018〕84号',
        date: '2018-06-19',
        recipients: '各区、县(市)人民政府,市政府各部门、各直属单位',
        body: '《2018年杭州市政务公开工作要点》已经市政府同意,现印发给你们。',
        line: 1,
      },
      title: '2018年杭州市政务公开工作要点',
      year: 2018,
      preamble: '总体要求是:做好公开。',
      disclosure: null,
    },
    {
      name: 'no title line: starts at the 主送机关 (seed 004)',
      text: `各县、区人民政府,市各委办局:\n《连云港市2020年政务公开工作要点》已经市政府同意,现印发给你们。\n连云港市人民政府办公室\n2020年8月14日\n(此件公开发布)\n连云港市2020年政务公开工作要点\n今年的工作要求。\n${BODY}`,
      notice: {
        title: null,
        issuer: '连云港市人民政府办公室',
        docNumber: null,
        date: '2020-08-14',
        recipients: '各县、区人民政府,市各委办局',
        body: '《连云港市2020年政务公开工作要点》已经市政府同意,现印发给你们。',
        line: 1,
      },
      title: '连云港市2020年政务公开工作要点',
      year: 2020,
      preamble: '今年的工作要求。',
      disclosure: '此件公开发布',
    },
    {
      name: 'traditional script, Chinese-numeral date',
      text: `江西省人民政府辦公廳關于印發2019年江西省政務公開工作要點的通知\n各市、縣(區)人民政府,省政府各部門:\n現印發給你們,請認真貫徹落實。\n二〇一九年五月十三日\n(此件主動公開)\n2019年江西省政務公開工作要點\n${BODY}`,
      notice: {
        title: '江西省人民政府辦公廳關于印發2019年江西省政務公開工作要點的通知',
        issuer: '江西省人民政府辦公廳',
        docNumber: null,
        date: '2019-05-13',
        recipients: '各市、縣(區)人民政府,省政府各部門',
        body: '現印發給你們,請認真貫徹落實。',
        line: 1,
      },
      title: '2019年江西省政務公開工作要點',
      year: 2019,
      preamble: null,
      disclosure: '此件主動公開',
    },
    {
      name: 'plan without a notice, title glued to its first sentence',
      text: `广州市2011年全面推进政务公开工作要点为贯彻落实有关精神,全年主要抓好以下工作:\n${BODY}`,
      notice: null,
      title: '广州市2011年全面推进政务公开工作要点',
      year: 2011,
      preamble: '为贯彻落实有关精神,全年主要抓好以下工作:',
      disclosure: null,
    },
    {
      name: 'a content farm placeholder before the real title: not the title, kept as preamble',
      text: `xx市2022年政务公开工作要点3篇\n驻马店市工商局2017年政务公开工作要点\n为认真贯彻落实要求,做好公开。\n${BODY}`,
      notice: null,
      title: '驻马店市工商局2017年政务公开工作要点',
      year: 2017,
      preamble: 'xx市2022年政务公开工作要点3篇\n为认真贯彻落实要求,做好公开。',
      disclosure: null,
    },
  ])('$name', ({ text, notice, title, year, preamble, disclosure }) => {
    const { document } = parseText(text);
    expect(document.notice).toEqual(notice);
    expect(document.title).toBe(title);
    expect(document.year).toBe(year);
    expect(document.preamble).toBe(preamble);
    expect(document.disclosure).toBe(disclosure);
    expect(document.date).toBe(notice?.date ?? null);
    expect(document.issuer).toBe(notice?.issuer ?? null);
    expect(document.sections).toHaveLength(1);
  });

  it('warns when the title had to be split from the first sentence', () => {
    const { warnings } = parseText(`广州市2011年全面推进政务公开工作要点为贯彻落实有关精神,抓好以下工作:\n${BODY}`);
    expect(warnings.map((w) => [w.code, w.line])).toContainEqual(['title-guessed', 1]);
  });

  it('a notice without its plan gives the notice and no sections or tasks', () => {
    const { document, warnings } = parseText(
      '市政管局关于印发2019年黄冈市政务公开工作实施方案的通知\n各县、市、区人民政府:\n现将方案印发给你们,请认真贯彻落实。\n2019年7月2日',
    );
    expect(document.notice).toMatchObject({
      issuer: '市政管局',
      date: '2019-07-02',
      recipients: '各县、市、区人民政府',
      body: '现将方案印发给你们,请认真贯彻落实。',
    });
    expect(document.sections).toEqual([]);
    expect(document.tasks).toEqual([]);
    expect(document.title).toBe('2019年黄冈市政务公开工作实施方案');
    expect(document.year).toBe(2019);
    expect(warnings.map((w) => w.code)).toContain('title-guessed');
  });
});

describe('no front-matter line is dropped', () => {
  const HEAD = '市政府办公室关于印发2019年某市政务公开工作要点的通知\n各县、市、区人民政府:';
  const PLAN = `2019年某市政务公开工作要点\n总体要求是:做好公开。\n${BODY}`;
  it.each<[string, string, string | null, string | null, string | null]>([
    [
      'a notice body of two paragraphs',
      `${HEAD}\n现将要点印发给你们。\n请认真贯彻落实。\n2019年7月2日\n${PLAN}`,
      '现将要点印发给你们。\n请认真贯彻落实。',
      '总体要求是:做好公开。',
      '2019-07-02',
    ],
    ['a notice without text of its own', `${HEAD}\n2019年7月2日\n${PLAN}`, null, '总体要求是:做好公开。', '2019-07-02'],
    [
      'a stray line inside the notice head (a broken 发文字号)',
      `${HEAD.replace('\n', '\n发\n')}\n现将要点印发给你们。\n2019年7月2日\n${PLAN}`,
      '发\n现将要点印发给你们。',
      '总体要求是:做好公开。',
      '2019-07-02',
    ],
    [
      'a 署名 that is not the issuer of the title',
      `${HEAD}\n现将要点印发给你们。\n市政务公开领导小组\n2019年7月2日\n${PLAN}`,
      '现将要点印发给你们。\n市政务公开领导小组',
      '总体要求是:做好公开。',
      '2019-07-02',
    ],
    [
      'a second, different date in the notice',
      `${HEAD}\n现将要点印发给你们。\n2019年7月3日\n2019年7月2日\n${PLAN}`,
      '现将要点印发给你们。\n2019年7月2日',
      '总体要求是:做好公开。',
      '2019-07-03',
    ],
    [
      'a stray line between the notice and the plan title',
      `${HEAD}\n现将要点印发给你们。\n2019年7月2日\n的\n作里\n${PLAN}`,
      '现将要点印发给你们。',
      '的\n作里\n总体要求是:做好公开。',
      '2019-07-02',
    ],
    [
      'a farm placeholder before the plan title',
      `${HEAD}\n现将要点印发给你们。\n2019年7月2日\n【篇\n范文本\n${PLAN}`,
      '现将要点印发给你们。',
      '【篇\n范文本\n总体要求是:做好公开。',
      '2019-07-02',
    ],
    [
      'a second, different 发文字号 after the plan title',
      `${HEAD}\n某政办〔2019〕1号\n现将要点印发给你们。\n2019年7月2日\n2019年某市政务公开工作要点\n某政办〔2019〕2号\n${BODY}`,
      '现将要点印发给你们。',
      '某政办〔2019〕2号',
      '2019-07-02',
    ],
  ])('%s', (_name, text, body, preamble, date) => {
    const { document } = parseText(text);
    expect(document.notice?.body).toBe(body);
    expect(document.notice?.date).toBe(date);
    expect(document.title).toBe('2019年某市政务公开工作要点');
    expect(document.preamble).toBe(preamble);
  });

  it('without a notice, lines before the plan title are preamble', () => {
    const { document } = parseText(`(此件公开发布)\n范文本\n2019年某市政务公开工作要点\n总体要求是:做好公开。\n${BODY}`);
    expect(document.notice).toBeNull();
    expect(document.disclosure).toBe('此件公开发布');
    expect(document.preamble).toBe('范文本\n总体要求是:做好公开。');
  });

  it('a 附注 after the plan title is the disclosure when the notice had none', () => {
    const { document } = parseText(
      `${HEAD}\n现将要点印发给你们。\n2019年7月2日\n2019年某市政务公开工作要点\n(此件公开发布)\n${BODY}`,
    );
    expect(document.disclosure).toBe('此件公开发布');
    expect(document.preamble).toBeNull();
  });
});

describe('a notice head collapsed onto one line', () => {
  it('is cut back into title, recipients, date, disclosure and plan title', () => {
    const head =
      '市政管局关于印发2019年黄冈市政务公开工作实施方案的通知各县、市、区人民政府,市政府各部门:《2019年黄冈市政务公开工作实施方案》已经市政务公开领导小组同意,现印发给你们,请结合实际,认真抓好贯彻落实,切实把各项任务落到实处,确保取得实效,并及时报告工作进展情况和存在的问题。2019年7月2日(此件公开发布)2019年黄冈市政务公开工作实施方案2019年全市政务公开工作的总体要求是,以公开促落实。';
    const { document } = parseText(
      `${head}一、讲求实效,压实方法(一)清单式公开持续推进清单式公开。1.依法公开负面清单。(市政管局牵头落实)`,
    );
    expect(document.notice).toMatchObject({
      title: '市政管局关于印发2019年黄冈市政务公开工作实施方案的通知',
      date: '2019-07-02',
      recipients: '各县、市、区人民政府,市政府各部门',
      body: '《2019年黄冈市政务公开工作实施方案》已经市政务公开领导小组同意,现印发给你们,请结合实际,认真抓好贯彻落实,切实把各项任务落到实处,确保取得实效,并及时报告工作进展情况和存在的问题。',
    });
    expect(document.disclosure).toBe('此件公开发布');
    expect(document.title).toBe('2019年黄冈市政务公开工作实施方案');
    expect(document.preamble).toBe('2019年全市政务公开工作的总体要求是,以公开促落实。');
    expect(document.sections[0].sections[0]).toMatchObject({ id: '1.1', marker: '(一)', title: '清单式公开持续推进清单式公开' });
    expect(document.tasks).toMatchObject([{ id: '1.1.1', leads: ['市政管局'] }]);
  });
});

describe('end matter', () => {
  it('reads the 版记 and keeps it out of the last task', () => {
    const { document } = parseText(
      `${BODY}\n主题词:行政事务 政务公开 通知\n抄送:市委办公厅。\n广州市人民政府办公厅秘书处2011年3月2日印发`,
    );
    expect(document.record).toEqual({
      keywords: '行政事务 政务公开 通知',
      cc: '市委办公厅',
      printedBy: '广州市人民政府办公厅秘书处',
      printedDate: '2011-03-02',
      line: 3,
    });
    expect(document.tasks.map((t) => t.text)).toEqual(['做好解读。做好政策解读工作。']);
  });

  it.each([
    ['addresses everyone', `${BODY}\n各地各部门要结合实际抓好落实。`, '各地各部门要结合实际抓好落实。', []],
    ['follows an annotated task', `${BODY}\n请于年底前报送落实情况。`, '请于年底前报送落实情况。', ['closing-guessed']],
    ['annotated: a further task, not a closing', `${BODY}\n做好宣传工作。(市委宣传部牵头)`, null, ['continuation-task']],
  ])('closing that %s', (_name, text, closing, codes) => {
    const { document, warnings } = parseText(text);
    expect(document.closing).toBe(closing);
    expect(warnings.map((w) => w.code)).toEqual(codes);
  });

  it('a level-1 section with a plain paragraph body is a task, not a closing', () => {
    const { document } = parseText('五、继续深化街(镇)政务公开\n全市各街(镇)要继续推进清理工作。');
    expect(document.closing).toBeNull();
    expect(document.tasks).toMatchObject([
      { id: '1', title: '继续深化街(镇)政务公开', text: '继续深化街(镇)政务公开\n全市各街(镇)要继续推进清理工作。' },
    ]);
  });
});
