/**
 * The HTML stage walks the DOM instead of running CSS selectors through cheerio. These checks pin
 * that the walks pick exactly what the selectors picked (on random tag soup), and that the parse
 * is the one cheerio.load builds.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { load, type CheerioAPI } from 'cheerio';
import { isChrome } from '../../src/html/boilerplate.js';
import { countHan as countCjk } from '../../src/core/zh/index.js';
import { findElements } from '../../src/html/dom-walk.js';
import { htmlToText } from '../../src/html/index.js';
import { loadCheerioParser, type DomNode } from '../../src/html/load-cheerio.js';
import { surveyPage } from '../../src/html/survey.js';

/** The selectors the stage used to run (the reference). */
const ALWAYS_DROPPED = 'script, style, noscript, template, iframe, object, embed, svg, canvas, select, button';
const CANDIDATES = [
  'article', '#content', '.content', '.article', '#article', '#zoom', '.zoom', '.TRS_Editor', '.pages_content',
  '.article-content', '.article_content', '#UCAP-CONTENT', '.main-content', '.con', '#con', '.text', '.detail',
].join(', ');

const TAGS = [
  'div', 'p', 'span', 'table', 'tbody', 'tr', 'td', 'th', 'nav', 'footer', 'header', 'form', 'article', 'section', 'h1', 'h2',
  'h3', 'li', 'template', 'noscript', 'svg', 'title', 'button', 'select', 'script', 'style', 'iframe', 'font', 'pre', 'math', 'g',
];
const ATTRS = [
  '', '', ' class="content"', ' class="TRS_Editor"', ' class="trs_editor"', ' id="zoom"', ' id="Zoom"', ' class="con text"',
  ' class="x\u3000con"', ' class="x\u00a0article"', ' class="CON"', ' id="UCAP-CONTENT"', ' class="main-content"',
  ' class="top-nav"', ' id="footer"', ' class="shareBox"', ' class="breadcrumb"', ' id="content" class="detail"', ' class=""',
];
const TEXTS = ['政务公开', '一、加强政策解读,做好公开工作。', ' \n ', 'abc', '&nbsp;市政府办公室', '<!-- 注释 -->', '<![CDATA[甲乙]]>'];

const piece = fc.oneof(
  fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS)).map(([tag, attrs]) => `<${tag}${attrs}>`),
  fc.constantFrom(...TAGS).map((tag) => `</${tag}>`),
  fc.constantFrom(...TEXTS),
);
const soup = fc
  .tuple(fc.constantFrom('', '<!DOCTYPE html><html><head><title> 页面 标题 </title></head><body>', '<body>'), fc.array(piece, { maxLength: 60 }))
  .map(([head, pieces]) => head + pieces.join(''));

/** Every element in document order, as `$('*')` lists them. */
function allElements($: CheerioAPI): DomNode[] {
  return $('*').toArray() as unknown as DomNode[];
}

/** Document-order numbers of `nodes` among `all`. */
function positions(all: readonly DomNode[], nodes: readonly DomNode[]): number[] {
  const at = new Map(all.map((n, i) => [n, i]));
  return nodes.map((n) => at.get(n) ?? -1);
}

/** A parse as plain data, to compare two parses. */
function shape(node: DomNode): unknown {
  return { type: node.type, name: node.name, attribs: node.attribs && { ...node.attribs }, data: node.data, children: node.children?.map(shape) };
}

describe('DOM walks pick what the selectors picked', () => {
  it('parse, elements, title and tables', () => {
    fc.assert(
      fc.property(soup, (html) => {
        const $ = load(html);
        const root = loadCheerioParser().parse(html);
        expect(shape(root)).toEqual(shape($.root()[0] as unknown as DomNode));
        const ours = findElements(root, () => true);
        const theirs = allElements($);
        expect(ours.map((n) => n.name)).toEqual(theirs.map((n) => n.name));
        expect(positions(ours, findElements(root, (e) => e.name === 'table'))).toEqual(positions(theirs, $('table').toArray() as unknown as DomNode[]));
        const title = $('title').first().text().replace(/\s+/g, ' ').trim();
        expect(htmlToText(html).title).toBe(title === '' ? null : title);
      }),
      { numRuns: 300, seed: 20240607 },
    );
  });

  it('survey: candidates, body, CJK counts and headings, with the dropped elements removed', () => {
    fc.assert(
      fc.property(soup, (html) => {
        const $ = load(html);
        const theirs = allElements($);
        $(ALWAYS_DROPPED).remove();
        const root = loadCheerioParser().parse(html);
        const ours = findElements(root, () => true);
        const page = surveyPage(root);
        const candidates = $(CANDIDATES).toArray() as unknown as DomNode[];
        expect(positions(ours, page.candidates)).toEqual(positions(theirs, candidates));
        expect(positions(ours, page.body ? [page.body] : [])).toEqual(positions(theirs, $('body').toArray() as unknown as DomNode[]));
        const kept = allElements($);
        const chrome = kept.filter((n) => isChrome(n));
        expect(positions(ours, [...page.chrome])).toEqual(positions(theirs, chrome));
        const cjk = (n: DomNode): number => countCjk($.text([n as never]));
        const mine = (n: DomNode): DomNode => ours[theirs.indexOf(n)];
        for (const n of [...candidates, ...chrome]) expect(page.cjkIn(mine(n))).toBe(cjk(n));
        for (const n of chrome) expect(page.hasHeading(mine(n))).toBe($('h1, h2, h3', n as never).length > 0);
        expect(page.cjkIn(root)).toBe(countCjk($.root().text()));
      }),
      { numRuns: 300, seed: 20240607 },
    );
  });
});
