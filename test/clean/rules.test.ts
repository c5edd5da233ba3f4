import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/clean/index.js';
import { identity } from '../../src/core/source-map.js';

const PLAN = '一、加强政务公开。做好信息发布工作。(市政府办牵头落实)';

function run(text: string) {
  const r = cleanText(identity(text));
  return {
    kept: r.documents.map((d) => d.text).join('\n=====\n'),
    removed: r.removals.map((x) => [x.rule, x.text] as const),
    meta: r.pageMeta,
    docs: r.documents.length,
  };
}

describe('whole-line debris', () => {
  it.each([
    ['farm-header', '下面是小编为大家整理的工作要点,供大家参考。'],
    ['farm-header', '以下是本站为大家整理的2021年政务公开工作要点,希望对大家有所帮助'],
    ['farm-header', 'xx市2022年政务公开工作要点3篇'],
    ['farm-header', '2022年政务公开工作要点(通用6篇)'],
    ['breadcrumb', '首页 > 政务公开 > 计划总结'],
    ['breadcrumb', '当前位置:首页>政务公开>通知公告'],
    ['breadcrumb', '您现在的位置:首页 > 信息公开'],
    ['breadcrumb', '首頁'],
    ['breadcrumb', '政务公开 > 通知公告 > 正文'],
    ['page-meta', '发布时间:2019-03-02'],
    ['page-meta', '更新时间:2020-01-03 点击:1165'],
    ['page-meta', '作者:办公室 来源:本站'],
    ['print-links', '字号:大 中 小'],
    ['related-list', '相关新闻'],
    ['related-list', '相關新聞'],
    ['related-list', '部门解读'],
    ['related-list', '圖解類'],
    ['related-list', '上一篇:关于开展专项检查的通知'],
    ['cms-footer', 'Produced By 大汉网络 大汉版通发布系统'],
    ['cms-footer', '版权所有:xx市人民政府办公室'],
    ['cms-footer', '主办单位:xx市人民政府办公室 承办:xx市大数据局'],
    ['cms-footer', '技术支持:某某科技有限公司'],
    ['cms-footer', '网站标识码:3301000001'],
    ['cms-footer', '京公网安备11010502030143号'],
    ['cms-footer', '联系我们 | 网站地图'],
    ['icp', '浙ICP备05004220号'],
    ['share-links', '微信 微博 QQ空间'],
    ['share-links', '分享到:'],
    ['share-links', '扫一扫在手机打开当前页'],
    ['print-links', '打印本页 关闭窗口'],
    ['print-links', '【打印】【关闭】'],
    ['print-links', '【字体:大 中 小】'],
    ['seo-spam', '澳门娱乐城_百家乐_时时彩_真人棋牌_在线娱乐'],
  ])('%s removes %s', (rule, line) => {
    const r = run(`${line}\n${PLAN}`);
    expect(r.removed).toEqual([[rule, line]]);
    expect(r.kept).toBe(PLAN);
  });
});

describe('plan text that looks like debris stays', () => {
  it.each([
    '数据来源:各地各部门报送的统计报表,由市统计局汇总后公开。',
    '推动国产软件在政务系统中的应用,免费提供在线查询服务。',
    '做好文件打印、分发和归档工作。',
    '部署互联网协议第6版(IPv6)改造工作。',
    '持续深化政府与社会资本合作(PPP)项目信息公开。',
    '各县(市、区)人民政府,市政府各部门:',
    '(此件公开发布)',
    '(此件主动公开)',
    '主题词:行政事务 政务公开 通知',
    '抄送:市委办公室,市人大常委会办公室。',
    '广州市人民政府办公厅秘书处2011年3月2日印发',
    '2018年6月19日',
    '杭政办函〔2018〕84号',
    '关于印发2019年黄冈市政务公开工作实施方案的通知',
    '充分发挥政务微博微信、政务移动客户端作用。',
    '加强成人教育、社区教育信息公开。',
    '首页要设置政务公开专栏。',
    '时间:2020年底前',
    '各地要建立健全政策解读机制,相关文件要同步解读。',
    '相关文件要及时公开。',
    '明确需提交材料的名称、依据、格式、份数等要求,并提供规范表格、填写说明和示范文本。',
    '第一篇 开启全面建设社会主义现代化国家新征程',
    '篇幅较长的政策文件要做好图解。',
  ])('%s', (line) => {
    const r = run(`${PLAN}\n${line}\n${PLAN}`);
    expect(r.removed).toEqual([]);
    expect(r.kept).toBe(`${PLAN}\n${line}\n${PLAN}`);
  });
});

describe('span removals', () => {
  it.each([
    ['印發(fā)', '關于印發(fā)2019年工作要點的通知', '關于印發2019年工作要點的通知', ['(fā)']],
    ['several glosses', '各市、縣(區)人(rén)民政(zhèng)府', '各市、縣(區)人民政府', ['(rén)', '(zhèng)']],
    ['inside a disclosure note', '(此件公開(kāi)發布)', '(此件公開發布)', ['(kāi)']],
    ['two-syllable gloss', '推进政务公开(gōng kāi)工作', '推进政务公开工作', ['(gōng kāi)']],
  ])('pinyin-gloss: %s', (_name, line, kept, glosses) => {
    const r = run(line);
    expect(r.kept).toBe(kept);
    expect(r.removed).toEqual(glosses.map((g) => ['pinyin-gloss', g]));
  });

  it.each([
    ['a 一、 heading', '当前位置:首页 > 政务公开 > 通知公告二、强化平台建设', '二、强化平台建设'],
    [
      'a (一) item',
      '首頁 > 政務公開 > 通知公告(一)優化政府網站。(責任單位:市大數據局)',
      '(一)優化政府網站。(責任單位:市大數據局)',
    ],
    ['a 1. item', '当前位置:首页>通知公告1.做好解读。', '1.做好解读。'],
  ])('keeps %s glued to the end of an inline breadcrumb', (_name, line, kept) => {
    const r = run(line);
    expect(r.kept).toBe(kept);
    expect(r.removed.map((x) => x[0])).toEqual(['breadcrumb']);
  });

  it.each([
    [
      'a scan prompt before a title',
      '扫一扫在手机打开当前页 关于印发2024年工作要点的通知',
      '关于印发2024年工作要点的通知',
      '扫一扫在手机打开当前页',
    ],
    [
      'share buttons after a task',
      '(二)优化政府网站。(责任单位:市大数据局) 分享到:微信 微博 QQ空间',
      '(二)优化政府网站。(责任单位:市大数据局)',
      '分享到:微信 微博 QQ空间',
    ],
    ['traditional share buttons', '(二)優化政府網站。分享至: 微信 新浪微博', '(二)優化政府網站。', '分享至: 微信 新浪微博'],
  ])('cuts %s, keeps the text', (_name, line, kept, removed) => {
    const r = run(line);
    expect(r.kept).toBe(kept);
    expect(r.removed).toEqual([['share-links', removed]]);
  });
  it.each([
    ['分享 in a sentence', '把好经验分享到各地,扩大影响。'],
    ['分享到 followed by text', '(一)及时将经验做法分享到微信群和工作群。'],
  ])('keeps %s', (_name, line) => {
    expect(run(line).kept).toBe(line);
  });

  it('keeps the title after an inline breadcrumb', () => {
    const r = run('当前位置:首页 > 政务公开 > 通知公告 关于印发2019年工作要点的通知');
    expect(r.kept).toBe('关于印发2019年工作要点的通知');
    expect(r.removed).toEqual([['breadcrumb', '当前位置:首页 > 政务公开 > 通知公告']]);
    expect(r.meta.breadcrumb).toBe('首页 > 政务公开 > 通知公告');
  });

  it('cuts spam glued to the end of a real line', () => {
    const line = '各地区要抓好贯彻落实。久久中文字幕人妻丝袜| 亚洲中文字幕无码| 国产精品无码|';
    const r = run(line);
    expect(r.kept).toBe('各地区要抓好贯彻落实。');
    expect(r.removed[0][0]).toBe('seo-spam');
    expect(r.removed[0][1]).toBe('久久中文字幕人妻丝袜| 亚洲中文字幕无码| 国产精品无码|');
  });

  it('cuts spam glued without punctuation', () => {
    const r = run('各地区要抓好贯彻落实久久中文字幕人妻丝袜| 亚洲中文字幕无码| 国产精品无码|');
    expect(r.kept).toBe('各地区要抓好贯彻落实');
  });

  it('keeps the body after a crawler header', () => {
    const r = run(
      '标题:关于印发2020年工作要点的通知 发布时间:2020-03-02 文号:x政办〔2020〕3号 来源:x市政府 原始链接:http://x.gov.cn/a.html 正文:各区县人民政府:',
    );
    expect(r.kept).toBe('各区县人民政府:');
    expect(r.meta).toEqual({
      title: '关于印发2020年工作要点的通知',
      date: '2020-03-02',
      docNumber: 'x政办〔2020〕3号',
      source: 'x市政府',
      url: 'http://x.gov.cn/a.html',
    });
  });

  it('keeps the text after a farm intro on the same line', () => {
    const r = run('以下是小编为大家整理的工作要点,供大家参考。2019年全市政务公开工作的总体要求是:以公开促落实。');
    expect(r.kept).toBe('2019年全市政务公开工作的总体要求是:以公开促落实。');
    expect(r.removed.map((x) => x[0])).toEqual(['farm-header']);
  });

  it('cleans what is left after a removal (breadcrumb then page meta)', () => {
    const r = run('当前位置:首页 > 政务公开 日期:2019-05-17');
    expect(r.kept).toBe('');
    expect(r.removed.map((x) => x[0])).toEqual(['breadcrumb', 'page-meta']);
  });
});

describe('page meta', () => {
  it('keeps values of 时间/来源/浏览次数', () => {
    const r = run('时间:2018-06-19 17:16      来源:“中国杭州”政府门户网站      浏览次数:\n' + PLAN);
    expect(r.meta).toEqual({ date: '2018-06-19', source: '“中国杭州”政府门户网站' });
  });
  it.each([
    [
      'pipes and a 【字体】 tail',
      '来源: 某市政府网 | 作者: 办公室 | 发布时间: 2024-04-12 09:30:00 | 阅读次数: 1,165 | 【字体:大 中 小】',
      { source: '某市政府网', date: '2024-04-12', views: '1165' },
    ],
    ['发文机关 and 成文日期 (government disclosure table)', '发文机关:某市人民政府办公室成文日期:2024-04-10', {}],
    ['views with 次', '浏览次数:2,048次', { views: '2048次' }],
    [
      'pinyin glosses in the values',
      '標題:關於印發(fā)工作要點的通知 來源:某市人(rén)民政府',
      { title: '關於印發工作要點的通知', source: '某市人民政府' },
    ],
  ])('page-meta line with %s', (_name, line, meta) => {
    const r = run(line + '\n' + PLAN);
    expect(r.kept).toBe(PLAN);
    expect(r.removed.map((x) => x[0])).toEqual(['page-meta']);
    expect(r.meta).toEqual(meta);
  });

  it('keeps views and updated', () => {
    const r = run('来源: 区政府办 更新时间: 2020-03-02 点击:1165\n' + PLAN);
    expect(r.meta).toEqual({ source: '区政府办', updated: '2020-03-02', views: '1165' });
  });
  it('keeps a date that is not a full date as written', () => {
    const r = run('发布时间:2019-03\n' + PLAN);
    expect(r.meta.date).toBe('2019-03');
  });
  it('joins a breadcrumb split over two lines', () => {
    const r = run('首頁\n> 專題 > 省內政策\n' + PLAN);
    expect(r.meta.breadcrumb).toBe('首頁 > 專題 > 省內政策');
    expect(r.kept).toBe(PLAN);
  });
});

describe('tail blocks', () => {
  it('removes the items of a related list at the end of the page', () => {
    const r = run(
      `${PLAN}\n\n相关新闻\n关于做好2019年政务公开工作的通知\n2019-05-17\n市政府召开常务会议\n\nProduced By 大汉网络\n网站地图`,
    );
    expect(r.kept).toBe(PLAN);
    expect(r.removed.map((x) => x[0])).toEqual([
      'related-list',
      'related-list',
      'related-list',
      'related-list',
      'cms-footer',
      'cms-footer',
    ]);
  });
  it.each([
    ['numbered links', '部門解讀\n1.《2024年政務公開工作要點》政策解讀\n2.一圖讀懂政務公開要點', 3],
    ['dated links', '相關新聞\n市政府召開常務會議 2024-04-10\n[2024-04-09] 關於做好2024年防汛工作的通知', 3],
    ['two headings, numbered and bare', '相关解读\n(1)解读《工作要点》\n图解类\n一图读懂政务公开要点(2024-04-12)', 4],
  ])('removes a related list of %s at the end of the page', (_name, tail, n) => {
    const r = run(`${PLAN}\n${tail}`);
    expect(r.kept).toBe(PLAN);
    expect(r.removed.map((x) => x[0])).toEqual(Array(n).fill('related-list'));
  });
  it.each([
    ['a numbered plan item with a sentence', '政策解读\n1.做好政策解读工作。'],
    ['a Chinese-numbered heading', '政策解读\n一、加强解读'],
  ])('keeps %s after a related heading at the end', (_name, tail) => {
    const r = run(`${PLAN}\n${tail}`);
    expect(r.kept).toBe(`${PLAN}\n${tail.split('\n')[1]}`);
  });
  it('keeps lines after a related heading when the plan goes on', () => {
    const r = run(`相关文件\n2019年工作要点\n${PLAN}`);
    expect(r.kept).toBe(`2019年工作要点\n${PLAN}`);
    expect(r.removed).toEqual([['related-list', '相关文件']]);
  });
});

describe('compilations', () => {
  it('splits at markers and drops empty text before the first', () => {
    const r = run(
      'xx市工作要点3篇\n【篇一】xx市工作要点\n甲市2019年工作要点\n' +
        PLAN +
        '\n【篇二】xx市工作要点\n乙区2019年工作要点\n' +
        PLAN,
    );
    expect(r.docs).toBe(2);
    expect(r.kept).toBe(`甲市2019年工作要点\n${PLAN}\n=====\n乙区2019年工作要点\n${PLAN}`);
  });
  it('puts kept text before the first marker into document 1', () => {
    const r = run(`关于印发工作要点的通知\n篇一:\n${PLAN}\n篇二:\n${PLAN}`);
    expect(r.docs).toBe(2);
    expect(r.kept).toBe(`关于印发工作要点的通知\n${PLAN}\n=====\n${PLAN}`);
  });
  it('keeps a real title after a marker and drops only the marker', () => {
    const r = run(`【篇一】甲市2019年政务公开工作要点\n为贯彻落实……,现提出如下要点。\n${PLAN}`);
    expect(r.kept).toBe(`甲市2019年政务公开工作要点\n为贯彻落实……,现提出如下要点。\n${PLAN}`);
    expect(r.removed).toEqual([['compilation-title', '【篇一】']]);
  });
  it('gives one empty document for an input that is all debris', () => {
    const r = run('首页 > 政务公开\n京ICP备05070218号');
    expect(r.docs).toBe(1);
    expect(r.kept).toBe('');
  });
});

describe('blank lines', () => {
  it('do not pile up where a line was removed, and are not audited', () => {
    const r = run(`${PLAN}\n\n打印本页\n\n${PLAN}\n\n\n${PLAN}`);
    expect(r.kept).toBe(`${PLAN}\n\n${PLAN}\n\n\n${PLAN}`);
    expect(r.removed).toEqual([['print-links', '打印本页']]);
  });
});

describe('a page collapsed onto one line', () => {
  it('keeps the body between a breadcrumb and a glued footer', () => {
    const body = `关于印发2019年工作要点的通知 各区县人民政府:现印发给你们,请认真贯彻落实。${PLAN.repeat(4)}`;
    const r = run(`当前位置:首页 > 政务公开 > 通知公告 ${body}版权所有:xx市人民政府办公室 技术支持:某某网络 浙ICP备05004220号`);
    expect(r.kept).toBe(body);
    expect(r.removed).toEqual([
      ['breadcrumb', '当前位置:首页 > 政务公开 > 通知公告'],
      ['icp', '浙ICP备05004220号'],
      ['cms-footer', '版权所有:xx市人民政府办公室 技术支持:某某网络'],
    ]);
  });
});
