export { decodeBytes, type DecodedText, type DecodeOptions } from './decode-bytes.js';
export { decodeString } from './decode-string.js';
export { looksLikeHtml } from './html-kind.js';
export { canonicalEncoding } from './encoding-name.js';
