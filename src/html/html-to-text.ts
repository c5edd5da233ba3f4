import { InputError } from '../core/errors.js';
import { ALWAYS_DROPPED, isChrome } from './boilerplate.js';
import { countCjkIn } from './cjk.js';
import { domLines } from './dom-lines.js';
import { loadCheerio, type CheerioApi, type DomNode } from './load-cheerio.js';
import { contains, mainContent } from './main-content.js';
import { assertNesting } from './nesting.js';

export interface HtmlText {
  /** Main content only, one block per line, table rows as tab-separated cells. */
  readonly text: string;
  /** The page's <title>, or null. */
  readonly title: string | null;
}

/** Chrome holding at least this share of the main content's CJK text is content, not chrome. */
const CHROME_MAX_SHARE = 0.5;

export function htmlToText(html: string): HtmlText {
  assertNesting(html);
  try {
    const $ = loadCheerio().load(html);
    const title = $('title').first().text().replace(/\s+/g, ' ').trim();
    $(ALWAYS_DROPPED).remove();
    const main = mainContent($);
    const lines = domLines(main, chromeFilter($, main));
    return { text: lines.join('\n'), title: title === '' ? null : title };
  } catch (error) {
    if (error instanceof RangeError) throw new InputError('HTML too deeply nested', { cause: error });
    throw error;
  }
}

/**
 * Which elements inside the main content to drop as chrome. An element that holds the main
 * content, or a large share of its text, is a wrapper (a <form> around the whole page), not
 * chrome; inside an article, a <header> holding the title heading is kept.
 */
function chromeFilter($: CheerioApi, main: DomNode): (node: DomNode) => boolean {
  const mainCjk = Math.max(1, countCjkIn(main));
  const inArticle = main.name !== 'body' && main.type !== 'root';
  return (node) => {
    if (!isChrome(node) || contains(node, main)) return false;
    if (countCjkIn(node) >= mainCjk * CHROME_MAX_SHARE) return false;
    if (inArticle && $('h1, h2, h3', node).length > 0) return false;
    return true;
  };
}
