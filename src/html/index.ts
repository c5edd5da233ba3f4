export { htmlToText, type HtmlText } from './html-to-text.js';
