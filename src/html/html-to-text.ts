import { InputError } from '../core/errors.js';
import { isDropped } from './boilerplate.js';
import { domLines } from './dom-lines.js';
import { findElements } from './dom-walk.js';
import { loadCheerioParser, parseHtml, type DomNode } from './load-cheerio.js';
import { mainContent } from './main-content.js';
import { assertNesting } from './nesting.js';
import { surveyPage, type PageSurvey } from './survey.js';

export interface HtmlText {
  /** Main content only, one block per line, table rows as tab-separated cells. */
  readonly text: string;
  /** The page's <title>, or null. */
  readonly title: string | null;
  /** The parsed page, for the task-table reader (one parse per page); read, never changed. */
  readonly dom: DomNode;
}

/** Chrome holding at least this share of the main content's CJK text is content, not chrome. */
const CHROME_MAX_SHARE = 0.5;

export function htmlToText(html: string): HtmlText {
  assertNesting(html);
  try {
    const root = parseHtml(html);
    const title = pageTitle(root);
    const page = surveyPage(root);
    const main = mainContent(page);
    const lines = domLines(main, chromeFilter(page, main));
    return { text: lines.join('\n'), title: title === '' ? null : title, dom: root };
  } catch (error) {
    if (error instanceof RangeError) throw new InputError('HTML too deeply nested', { cause: error });
    throw error;
  }
}

/** The text of the first <title> anywhere in the page (an SVG's too), whitespace collapsed. */
function pageTitle(root: DomNode): string {
  const [title] = findElements(root, (e) => e.name === 'title', 1);
  return title === undefined ? '' : loadCheerioParser().textContent(title).replace(/\s+/g, ' ').trim();
}

/**
 * Which elements inside the main content to drop: the never-content ones, and chrome. Chrome
 * holding a large share of the main content's text is a wrapper (a <form> around the whole
 * page), not chrome; inside an article, a <header> holding the title heading is kept. (Only
 * elements inside the main content are asked, so none of them can hold it.)
 */
function chromeFilter(page: PageSurvey, main: DomNode): (node: DomNode) => boolean {
  const mainCjk = Math.max(1, page.cjkIn(main));
  const inArticle = main.name !== 'body' && main.type !== 'root';
  return (node) => {
    if (isDropped(node)) return true;
    if (!page.chrome.has(node)) return false;
    if (page.cjkIn(node) >= mainCjk * CHROME_MAX_SHARE) return false;
    if (inArticle && page.hasHeading(node)) return false;
    return true;
  };
}
