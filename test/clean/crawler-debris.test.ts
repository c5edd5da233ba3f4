import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/clean/index.js';
import { normalised, unaccounted } from './helpers.js';

/*
 * Crawler headers (C5), related-content blocks (C7) and CMS heads and widgets inside a one-line
 * body (C9). All text here is made up in the style of those pages.
 */
async function run(raw: string) {
  const result = cleanText(await normalised(raw));
  return {
    kept: result.documents.map((d) => d.text).join('\n=====\n'),
    removed: result.removals.map((r) => [r.rule, r.text] as const),
    meta: result.pageMeta,
    missing: unaccounted(raw, result),
  };
}

const BODY =
  '各街道办事处:\n现将《2025年绿化养护工作要点》印发给你们,请认真落实。\n一、加强日常养护\n(一)完善巡查制度。建立每周巡查台账。(区园林处负责)';

describe('crawler header lines (C5)', () => {
  it('strips every header line, the path, the sidecar note and the banner, keeping 标题/文号/发布时间', async () => {
    const raw = [
      '标题:某区园林处关于印发2025年绿化养护工作要点的通知',
      '发布时间: 2025-03-02 09:30',
      '文号:某园〔2025〕7号',
      '原文链接:https://example.gov.cn/a/b/t20250301_1.htm',
      '本地路径:a/b/202503/77_某区园林处关于印发2025年绿化养护工作要点的通知附件及图片的保存位置说明文字较长也照样是路径',
      '图片与附件清单见 files.csv(同目录)',
      '-------------- 正文 --------------',
      BODY,
    ].join('\n');
    const r = await run(raw);
    expect(r.kept).toBe(BODY);
    expect(r.removed.map(([rule]) => rule)).toEqual([
      'page-meta',
      'page-meta',
      'page-meta',
      'page-meta',
      'page-meta',
      'crawler-note',
      'crawler-note',
    ]);
    expect(r.meta).toMatchObject({
      title: '某区园林处关于印发2025年绿化养护工作要点的通知',
      docNumber: '某园〔2025〕7号',
      date: '2025-03-02',
    });
    expect(r.missing).toEqual([]);
  });

  it('reads the labels of the 政府信息公开目录 record and of archivers, letter-spaced too', async () => {
    const raw = [
      '索 引 号:AB123-0000-2025-00001',
      '生成日期:2025-03-01',
      '是否有效:是',
      '抓取时间:2025-04-01 10:00',
      '本地目录:x/y/77',
      BODY,
    ].join('\n');
    const r = await run(raw);
    expect(r.kept).toBe(BODY);
    expect(r.removed).toHaveLength(5);
  });

  it('keeps plan lines that start like a label or a banner', async () => {
    const raw = [
      '名称:各镇要在每季度末报送养护台账,台账名称统一使用“某镇绿化养护台账”的格式,不得自行更改,逾期未报的予以通报。',
      '——正文——要素要齐全。',
      '附件清单见附件3。',
      BODY,
    ].join('\n');
    const r = await run(raw);
    expect(r.removed).toEqual([]);
  });
});

describe('related-content blocks at the end of a page (C7)', () => {
  const END = '某区园林处\n2025年3月2日';

  it('takes the whole block of tabs, headings, keyword labels and bullets (simplified)', async () => {
    const block = ['政策文件', '视频新闻', '专家解读', '发布会实录', '互动交流', '标签:', '- 相关推荐'];
    const r = await run([BODY, END, ...block].join('\n'));
    expect(r.kept).toBe(`${BODY}\n${END}`);
    expect(r.removed.map(([, text]) => text)).toEqual(block);
    expect(r.missing).toEqual([]);
  });

  it('takes a traditional block whose tab carries a pinyin gloss', async () => {
    const block = ['相關附件', '政策文件', '視頻新聞', '專家解讀', '發(fā)布會實錄', '互動交流', '標籤:', '- 相關推薦'];
    const r = await run([BODY, END, ...block].join('\n'));
    expect(r.kept).toBe(`${BODY}\n${END}`);
    expect(r.missing).toEqual([]);
  });

  it('leaves tab words that are table cells or plan lines', async () => {
    // A flattened table whose last cells happen to be tab words: no second tab, no block.
    const table = ['工作任务', '|', '公开内容', '|', '1', '|', '政策文件', '|', '综合股', '|', '年底前', '|'];
    const r = await run([BODY, ...table].join('\n'));
    expect(r.removed).toEqual([]);
    // A tab word in the middle of the page, with the plan after it.
    const r2 = await run(['新闻发布会', '视频新闻', BODY].join('\n'));
    expect(r2.removed).toEqual([]);
  });
});

describe('CMS head, widgets and attachment links inside a one-line body (C9)', () => {
  const notice =
    '各街道办事处: 现将《绿化养护方案》印发给你们,请认真落实。 一、加强日常养护 (一)完善巡查制度。建立每周巡查台账。';

  it('cuts the head up to the toolbar and the trailing attachment link, values to pageMeta', async () => {
    const head =
      '当前位置:首页>信息公开 分 类: 综合政务 发布机构: 某区园林处 生成日期: 2025-03-01 名 称: 某区园林处关于印发绿化养护方案的通知 文 号: 某园〔2025〕7号 是否有效: 是 来源:某区园林处 时间:2025-03-02 09:00 分享到:微信 微博 无障碍 长辈版 下载全文 -->';
    const r = await run(`${head} ${notice} 绿化养护方案.docx 下载附件`);
    expect(r.kept.startsWith('各街道办事处:')).toBe(true);
    expect(r.kept.endsWith('建立每周巡查台账。')).toBe(true);
    expect(r.removed.map(([rule]) => rule)).toEqual(['page-head', 'attachment-link']);
    expect(r.meta).toMatchObject({
      docNumber: '某园〔2025〕7号',
      title: '某区园林处关于印发绿化养护方案的通知',
      source: '某区园林处',
    });
    expect(r.missing).toEqual([]);
  });

  it('cuts a head with no labels but a breadcrumb, a title and share buttons', async () => {
    const head =
      '当前位置: 首页工作动态通知公告 某县水务局关于印发2024年河道管理工作要点的通知 时间:2024-02-01 10:12 微信 微博 QQ空间';
    const r = await run(`${head} ${notice}`);
    expect(r.kept.startsWith('各街道办事处:')).toBe(true);
    expect(r.meta.date).toBe('2024-02-01');
  });

  it('takes a source label and download word glued after the last sentence, and a glued file name from 关于', async () => {
    const r = await run(`${notice}来源:某区园林处附件下载`);
    expect(r.kept.endsWith('建立每周巡查台账。')).toBe(true);
    const r2 = await run(`${notice}区城管执法大队关于印发绿化养护方案的通知.pdf 附件下载`);
    expect(r2.kept.endsWith('建立每周巡查台账。区城管执法大队')).toBe(true);
  });

  it('leaves sentences that mention widgets or downloads', async () => {
    const line =
      '当前位置在全省前列。各地要通过微信、微博等平台及时发布信息,方便群众下载附件并反馈意见,不断提升公开实效和群众满意度,确保政策落地见效。';
    const r = await run(line);
    expect(r.removed).toEqual([]);
  });
});
