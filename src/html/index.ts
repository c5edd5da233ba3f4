export { htmlToText, type HtmlText } from './html-to-text.js';
export type { DomNode } from './load-cheerio.js';
