import { countCjkIn } from './cjk.js';
import type { CheerioApi, DomNode } from './load-cheerio.js';

/** Containers CMSs put the article in (TRS, 大汉, generic templates). */
const CANDIDATES = [
  'article', '#content', '.content', '.article', '#article', '#zoom', '.zoom', '.TRS_Editor', '.pages_content',
  '.article-content', '.article_content', '#UCAP-CONTENT', '.main-content', '.con', '#con', '.text', '.detail',
].join(', ');

/** A candidate needs this much CJK text to beat the plain <body>. */
const MIN_CJK = 20;
/** An inner candidate holding at least this share of the outer one's text is the tighter fit. */
const INNER_SHARE = 0.8;

/**
 * The element holding the notice: the candidate container with the most CJK text, narrowed to a
 * nested candidate that holds nearly all of it; else <body>; else the document root.
 */
export function mainContent($: CheerioApi): DomNode {
  const scored = $(CANDIDATES)
    .toArray()
    .map((node) => ({ node, cjk: countCjkIn(node) }))
    .filter((c) => c.cjk >= MIN_CJK);
  if (scored.length > 0) {
    let best = scored.reduce((a, b) => (b.cjk > a.cjk ? b : a));
    for (const c of scored) {
      if (c.node !== best.node && c.cjk >= best.cjk * INNER_SHARE && contains(best.node, c.node)) best = c;
    }
    return best.node;
  }
  const body = $('body').toArray()[0];
  return body ?? $.root().toArray()[0];
}

/** True when `inner` is a descendant of `outer`. */
export function contains(outer: DomNode, inner: DomNode): boolean {
  for (let n = inner.parent; n; n = n.parent) if (n === outer) return true;
  return false;
}
