import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/html/index.js';

const PARA1 = '一、讲求实效,压实有效的政务公开工作方法';
const PARA2 = '1.依法积极稳妥制定政务公开负面清单,细化明确不予公开范围。(市政管局牵头落实)';

const page = (body: string, head = '<title>2019年黄冈市政务公开工作实施方案</title>'): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('htmlToText: page chrome and main content', () => {
  it.each([
    [
      'scripts, styles, nav, header and footer dropped',
      page(`<header><a href="/">首页</a> 政务公开</header><nav><ul><li>首页</li><li>新闻</li></ul></nav>
        <script>var x = "<p>不是正文</p>";</script><style>p{color:red}</style>
        <p>${PARA1}</p><p>${PARA2}</p>
        <footer>版权所有 黄冈市人民政府 鄂ICP备05003312号</footer>`),
      `${PARA1}\n${PARA2}`,
    ],
    [
      'id/class chrome dropped: breadcrumb, share, related, sidebar',
      page(`<div class="breadcrumb">首页 &gt; 政务公开 &gt; 通知公告</div>
        <div id="main"><p>${PARA1}</p><p>${PARA2}</p></div>
        <div class="share-box">分享到:微信 微博 QQ空间</div>
        <div class="related_list">相关文章 关于印发2018年政务公开工作要点的通知</div>
        <div class="rightSidebar">热点新闻 政务服务 办事指南</div>`),
      `${PARA1}\n${PARA2}`,
    ],
    [
      'the content container wins over the page around it',
      page(`<div class="top">站点导航 首页 政务公开 政务服务 互动交流 走进黄冈 专题专栏</div>
        <div class="TRS_Editor"><p>${PARA1}</p><p>${PARA2}</p></div>
        <div class="links">友情链接:中国政府网 湖北省人民政府 黄冈市人民政府门户网站</div>`),
      `${PARA1}\n${PARA2}`,
    ],
    [
      'of several containers, the one with most CJK text; a nested one that holds it all',
      page(`<div class="content"><p>短</p></div>
        <div id="content"><div class="title">标题区</div><div id="zoom"><p>${PARA1}</p><p>${PARA2}</p></div></div>`),
      `${PARA1}\n${PARA2}`,
    ],
    [
      'a form wrapping the whole page is not chrome',
      page(`<form id="form1"><p>${PARA1}</p><p>${PARA2}</p></form>`),
      `${PARA1}\n${PARA2}`,
    ],
    [
      'a container classed "header" that holds the text is kept',
      page(`<div class="page-header"><p>${PARA1}</p><p>${PARA2}</p></div><div class="footer">联系我们</div>`),
      `${PARA1}\n${PARA2}`,
    ],
    [
      'the title heading inside an article header is kept',
      page(`<article><header><h1>2019年黄冈市政务公开工作实施方案</h1></header><p>${PARA1}</p><p>${PARA2}</p>
        <div class="share">分享</div></article>`),
      `2019年黄冈市政务公开工作实施方案\n${PARA1}\n${PARA2}`,
    ],
  ])('%s', (_name, html, expected) => {
    expect(htmlToText(html).text).toBe(expected);
  });
});

describe('htmlToText: lines', () => {
  it.each([
    ['<br> breaks lines', '<p>第一行<br>第二行<br/>第三行</p>', '第一行\n第二行\n第三行'],
    ['whitespace collapses inside a line', '<p>  脱贫攻坚\n   工作   要点 </p>', '脱贫攻坚 工作 要点'],
    ['inline elements stay on the line', '<p>(<strong>一</strong>)<span>清单式</span>公开</p>', '(一)清单式公开'],
    ['entities decoded', '<p>A&amp;B&nbsp;&lt;通知&gt; &#x6C5F;&#35199;</p>', 'A&B <通知> 江西'],
    ['lists', '<ul><li>一、总体要求</li><li>二、重点任务</li></ul>', '一、总体要求\n二、重点任务'],
    ['headings and divs', '<h2>标题</h2><div>正文<div>嵌套</div>尾</div>', '标题\n正文\n嵌套\n尾'],
    ['pre keeps its lines', '<pre>甲\n乙</pre>', '甲\n乙'],
    ['empty blocks leave no blank lines', '<p></p><p> </p><div><p>内容</p></div>', '内容'],
  ])('%s', (_name, body, expected) => {
    expect(htmlToText(page(body, '')).text).toBe(expected);
  });

  it('each table row is one line, cells joined by a tab', () => {
    const html = page(
      `<table>
      <tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>完成时限</th></tr>
      <tr><td>1</td><td><p>制定政务公开负面清单</p><p>及时调整更新</p></td><td>市政管局</td><td>2019年底前</td></tr>
      <tr><td>2</td><td>规范中介服务事项清单</td><td></td><td>年内</td></tr>
      <tr><td></td><td>续表</td></tr>
    </table>`,
      '',
    );
    expect(htmlToText(html).text.split('\n')).toEqual([
      '序号\t工作任务\t牵头单位\t完成时限',
      '1\t制定政务公开负面清单 及时调整更新\t市政管局\t2019年底前',
      '2\t规范中介服务事项清单\t\t年内',
      '\t续表',
    ]);
  });
});

describe('htmlToText: title and robustness', () => {
  it.each([
    ['title', page('<p>正文</p>', '<title>\n 关于印发 2019年 方案的通知 </title>'), '关于印发 2019年 方案的通知'],
    ['no title', page('<p>正文</p>', ''), null],
    ['empty title', page('<p>正文</p>', '<title> </title>'), null],
  ])('%s', (_name, html, title) => {
    expect(htmlToText(html).title).toBe(title);
  });

  it.each([
    ['unclosed tags', '<div><p>一、总体要求<p>二、重点任务<div><span>三、保障', '一、总体要求\n二、重点任务\n三、保障'],
    ['no body', '<p>一、总体要求</p>', '一、总体要求'],
    ['text only', '纯文本', '纯文本'],
    ['empty', '', ''],
    ['stray closing tags', '</div></p>正文</td></tr>', '正文'],
  ])('malformed: %s', (_name, html, expected) => {
    expect(htmlToText(html).text).toBe(expected);
  });

  it('nesting 2000 deep is still read', () => {
    const html = '<div>'.repeat(2000) + '正文' + '</div>'.repeat(2000);
    expect(htmlToText(html).text).toBe('正文');
  });

  // Timing of these inputs is in `npm run bench` (hostile rows html-flat, html-nested), not here.
  it('pathological nesting is an InputError', () => {
    const html = '<div>'.repeat(200_000) + '正文' + '</div>'.repeat(200_000);
    expect(() => htmlToText(html)).toThrow('HTML too deeply nested');
  });

  it('a large flat page: 20,000 paragraphs, one line each', () => {
    const html = page('<p>1.依法积极稳妥制定政务公开负面清单。(市政管局牵头落实)</p>'.repeat(20_000));
    const lines = htmlToText(html).text.split('\n');
    expect(lines).toHaveLength(20_000);
    expect(new Set(lines)).toEqual(new Set(['1.依法积极稳妥制定政务公开负面清单。(市政管局牵头落实)']));
  });
});
