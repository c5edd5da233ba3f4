/**
 * What one walk over a page finds: the containers that may hold the notice, the page chrome, the
 * body, and the CJK text and headings below each, with scripts, styles and form controls left out.
 */
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { findElements } from '../../src/html/dom-walk.js';
import { htmlToText } from '../../src/html/index.js';
import { loadCheerioParser, type DomNode } from '../../src/html/load-cheerio.js';
import { surveyPage } from '../../src/html/survey.js';

const parse = (html: string): DomNode => loadCheerioParser().parse(html);
/** An element by its id/class and tag, as the tables below name it. */
const label = (n: DomNode): string =>
  `${n.name}${n.attribs?.id ? `#${n.attribs.id}` : ''}${n.attribs?.class ? `.${n.attribs.class}` : ''}`;

describe('surveyPage', () => {
  it.each<[string, string, string[]]>([
    // Candidates: <article>, ids and class words of the CMS containers, case-sensitively.
    [
      'ids, classes and <article>',
      '<div id="content">甲</div><div class="x con y">乙</div><article>丙</article><div class="TRS_Editor">丁</div><div id="UCAP-CONTENT">戊</div>',
      ['div#content', 'div.x con y', 'article', 'div.TRS_Editor', 'div#UCAP-CONTENT'],
    ],
    [
      'other cases and longer words are not candidates',
      '<div class="CON">甲</div><div id="Zoom">乙</div><div class="trs_editor">丙</div><div class="content-box">丁</div><div class="context">戊</div>',
      [],
    ],
    [
      'nested candidates, in document order',
      '<div class="article"><div id="zoom"><div class="text">甲</div></div></div>',
      ['div.article', 'div#zoom', 'div.text'],
    ],
    [
      'nothing inside scripts, templates or form controls',
      '<template><div class="content">甲</div></template><noscript><article>乙</article></noscript><select><option class="con">丙</option></select><div class="detail">丁</div>',
      ['div.detail'],
    ],
  ])('candidates: %s', (_name, html, expected) => {
    expect(surveyPage(parse(`<body>${html}</body>`)).candidates.map(label)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    [
      'chrome tags',
      '<nav>甲</nav><header>乙</header><footer>丙</footer><aside>丁</aside><form>戊</form><section>己</section>',
      ['nav', 'header', 'footer', 'aside', 'form'],
    ],
    // Words of ids and classes, split at case changes and punctuation: shareBox, top-nav, side_bar.
    [
      'chrome words',
      '<div class="top-nav">甲</div><div id="footer">乙</div><div class="shareBox">丙</div><div class="side_bar">丁</div><div class="breadcrumb">戊</div><div class="navigator">己</div><div class="headline">庚</div>',
      ['div.top-nav', 'div#footer', 'div.shareBox', 'div.side_bar', 'div.breadcrumb'],
    ],
    ['none inside a dropped element', '<button><nav>甲</nav></button><svg><g class="footer"></g></svg>', []],
  ])('chrome: %s', (_name, html, expected) => {
    expect([...surveyPage(parse(`<body>${html}</body>`)).chrome].map(label)).toEqual(expected);
  });

  it('counts the CJK text below each element, without scripts and styles', () => {
    const page = surveyPage(
      parse(
        '<body><div class="content">政务公开<script>var 甲乙 = 1;</script><style>.丙{}</style><p>工作要点</p></div><nav>首页<h2>导航</h2></nav><footer>版权所有</footer></body>',
      ),
    );
    const [content] = page.candidates;
    const [nav, footer] = [...page.chrome];
    expect([page.cjkIn(content), page.cjkIn(nav), page.cjkIn(footer), page.cjkIn(page.root)]).toEqual([8, 4, 4, 16]);
    expect([page.hasHeading(nav), page.hasHeading(footer)]).toEqual([true, false]);
    expect(page.body && label(page.body)).toBe('body');
  });

  it('asked about an element it did not keep, says so', () => {
    const page = surveyPage(parse('<body><p>甲</p></body>'));
    const [p] = findElements(page.root, (e) => e.name === 'p');
    expect(() => page.cjkIn(p)).toThrow('not a surveyed element');
  });
});

describe('the parse is the one cheerio.load builds', () => {
  /** A parse as plain data, to compare two parses. */
  const shape = (node: DomNode): unknown => ({
    type: node.type,
    name: node.name,
    attribs: node.attribs && { ...node.attribs },
    data: node.data,
    children: node.children?.map(shape),
  });

  it.each<[string, string | null]>([
    [
      '<!DOCTYPE html><html><head><title> 页面\n 标题 </title></head><body><div id="zoom"><p>一、加强政策解读。</p></div></body></html>',
      '页面 标题',
    ],
    ['<div><p>甲<span>乙</div>丙</p><table><tr><td>1</td><td>做好公开<td>市政府办</table>', null],
    [
      '<template><div class="content">甲</div></template><!-- 注释 --><![CDATA[甲乙]]><noscript><p>乙</p></noscript>&nbsp;市政府办公室',
      null,
    ],
  ])('%s', (html, title) => {
    expect(shape(parse(html))).toEqual(shape(load(html).root()[0] as unknown as DomNode));
    expect(htmlToText(html).title).toBe(title);
  });
});
