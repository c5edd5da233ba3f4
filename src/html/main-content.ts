import type { DomNode } from './load-cheerio.js';
import type { PageSurvey } from './survey.js';

/**
 * Containers CMSs put the article in (TRS, 大汉, generic templates), as the selector
 * `article, #content, .content, .article, #article, #zoom, .zoom, .TRS_Editor, .pages_content,
 * .article-content, .article_content, #UCAP-CONTENT, .main-content, .con, #con, .text, .detail`
 * matches them: ids and classes case-sensitively, classes as whitespace-separated words.
 */
const CANDIDATE_TAGS = new Set(['article']);
const CANDIDATE_IDS = new Set(['content', 'article', 'zoom', 'UCAP-CONTENT', 'con']);
const CANDIDATE_CLASSES = new Set([
  'content',
  'article',
  'zoom',
  'TRS_Editor',
  'pages_content',
  'article-content',
  'article_content',
  'main-content',
  'con',
  'text',
  'detail',
]);

/** A candidate needs this much CJK text to beat the plain <body>. */
const MIN_CJK = 20;
/** An inner candidate holding at least this share of the outer one's text is the tighter fit. */
const INNER_SHARE = 0.8;

/** True for an element (see isElement) that may hold the article. */
export function isCandidate(element: DomNode): boolean {
  if (CANDIDATE_TAGS.has(element.name ?? '')) return true;
  const attribs = element.attribs;
  if (attribs === undefined) return false;
  if (attribs.id !== undefined && CANDIDATE_IDS.has(attribs.id)) return true;
  return attribs.class !== undefined && attribs.class.split(/\s/).some((word) => CANDIDATE_CLASSES.has(word));
}

/**
 * The element holding the notice: the candidate container with the most CJK text, narrowed to a
 * nested candidate that holds nearly all of it; else <body>; else the document root.
 */
export function mainContent(page: PageSurvey): DomNode {
  const scored = page.candidates.map((node) => ({ node, cjk: page.cjkIn(node) })).filter((c) => c.cjk >= MIN_CJK);
  if (scored.length > 0) {
    let best = scored.reduce((a, b) => (b.cjk > a.cjk ? b : a));
    for (const c of scored) {
      if (c.node !== best.node && c.cjk >= best.cjk * INNER_SHARE && contains(best.node, c.node)) best = c;
    }
    return best.node;
  }
  return page.body ?? page.root;
}

/** True when `inner` is a descendant of `outer`. */
function contains(outer: DomNode, inner: DomNode): boolean {
  for (let n = inner.parent; n; n = n.parent) if (n === outer) return true;
  return false;
}
