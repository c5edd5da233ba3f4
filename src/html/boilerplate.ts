import { isElement } from './dom-walk.js';
import type { DomNode } from './load-cheerio.js';

/** Never content: dropped with everything inside them. */
const ALWAYS_DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'select',
  'button',
]);

/** Page chrome by tag name. */
const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu']);

/** Page chrome by id/class word: `top-nav`, `breadcrumb`, `share_box`, `related-list`… */
const CHROME_WORDS = new Set([
  'nav',
  'navbar',
  'navigation',
  'menu',
  'breadcrumb',
  'breadcrumbs',
  'crumb',
  'crumbs',
  'footer',
  'foot',
  'header',
  'head',
  'share',
  'sharing',
  'bdshare',
  'sidebar',
  'side',
  'related',
  'relate',
  'comment',
  'comments',
  'copyright',
  'toolbar',
  'position',
  'location',
  'weizhi',
  'fenxiang',
  'xgxx',
  'xgwz',
]);

/** True for an element that is never content (scripts, styles, embedded objects, form controls). */
export function isDropped(node: DomNode): boolean {
  return isElement(node) && ALWAYS_DROPPED.has(node.name ?? '');
}

/** Splits an id/class value into words: `main-nav_box topBar` → main, nav, box, top, bar. */
function words(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** True when the element is navigation, header, footer, share or related-content chrome. */
export function isChrome(node: DomNode): boolean {
  if (node.type !== 'tag' || node.name === undefined) return false;
  if (CHROME_TAGS.has(node.name)) return true;
  const attribs = node.attribs;
  // Most elements carry neither: no words to split.
  if (attribs === undefined || (!attribs.id && !attribs.class)) return false;
  return words(`${attribs.id ?? ''} ${attribs.class ?? ''}`).some((w) => CHROME_WORDS.has(w));
}
