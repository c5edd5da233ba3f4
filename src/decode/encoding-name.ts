import { InputError } from '../core/errors.js';
import { said } from '../i18n/catalogue.js';
import { iconv } from './iconv.js';

const ALIASES: Readonly<Record<string, string>> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  'utf-8-sig': 'utf-8',
  utf16le: 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16': 'utf-16le',
  utf16be: 'utf-16be',
  'utf-16be': 'utf-16be',
  // GB18030 is a superset of GBK and GB2312: decoding with it never loses a valid GBK byte.
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
  'x-gbk': 'gb18030',
  euccn: 'gb18030',
  'euc-cn': 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5hkscs',
  big5hkscs: 'big5hkscs',
  cp950: 'big5',
};

/**
 * Names Node's Buffer takes that are not text encodings of a document (base64, hex), or are
 * Node's own words for one under another name (binary = latin1, ucs2 = utf-16le): iconv-lite
 * accepts them too, and a notice decoded as base64 is garbage with exit code 0.
 */
const NOT_TEXT = new Set(['base64', 'base64url', 'hex', 'binary', 'ucs2', 'ucs-2']);

/** Canonical name of an encoding label, or null when iconv-lite does not know it (or it is not a text encoding). */
export function canonicalEncoding(label: string): string | null {
  const key = label.trim().toLowerCase();
  if (NOT_TEXT.has(key)) return null;
  const alias = ALIASES[key] ?? ALIASES[key.replace(/[_\s]/g, '-')];
  if (alias) return alias;
  if (key === '' || !iconv().encodingExists(key)) return null;
  return key;
}

/** Like canonicalEncoding, but an unknown name is the user's error. */
export function requireEncoding(label: string): string {
  const name = canonicalEncoding(label);
  if (name === null) throw new InputError(said('input.unknownEncoding', { label }));
  return name;
}
