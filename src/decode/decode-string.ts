import type { DecodedText } from './decode-bytes.js';
import { looksLikeHtml } from './html-kind.js';
import { normalizeLineEndings } from './line-endings.js';

/** Library input that is already a string: the same line ends, BOM and HTML sniffing as for bytes. */
export function decodeString(text: string): DecodedText {
  return {
    text: normalizeLineEndings(text).replace(/^\uFEFF/, ''),
    encoding: 'utf-8',
    bom: false,
    kind: looksLikeHtml(text) ? 'html' : 'text',
    messages: [],
  };
}
