import { InputError } from '../core/errors.js';
import { said } from '../i18n/catalogue.js';
import type { Message } from '../core/message.js';
import { indexLines, positionAt } from '../core/position.js';
import { rejectMagic, rejectNul } from './binary.js';
import { sniffBom } from './bom.js';
import { countReplacements, scoreDecoding } from './cjk-frequency.js';
import { canonicalEncoding, requireEncoding } from './encoding-name.js';
import { looksLikeHtml } from './html-kind.js';
import { decodeWith, encodedLength } from './iconv.js';
import { normalizeLineEndings } from './line-endings.js';
import { metaCharset } from './meta-charset.js';
import { sniffUtf16 } from './utf16.js';
import { decodeUtf8Lenient, decodeUtf8Strict, firstInvalidUtf8 } from './utf8.js';

export interface DecodedText {
  /** BOM removed, CRLF and lone CR turned into LF. */
  readonly text: string;
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5' | string;
  readonly bom: boolean;
  readonly kind: 'text' | 'html';
  readonly messages: Message[];
}

export interface DecodeOptions {
  /** Overrides detection (`--encoding`). */
  readonly encoding?: string;
}

interface Raw {
  text: string;
  encoding: string;
  bom: boolean;
  messages: Message[];
  /** Offset of the first undecodable byte, when known. */
  badByte?: number;
}

/** Share of the scoring sample: enough to tell encodings apart, bounded for 5 MB inputs. */
const SAMPLE = 65536;
/** With more replacement chars than this share, an explicit --encoding is plainly wrong. */
const OVERRIDE_FAILURE_SHARE = 0.01;
/** How much worse than the best candidate a declared charset may score and still be used. */
const HINT_MARGIN = 0.1;

export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  rejectMagic(bytes);
  const raw = options.encoding === undefined ? detect(bytes) : forced(bytes, requireEncoding(options.encoding));
  const text = normalizeLineEndings(raw.text);
  const messages = [...raw.messages];
  if (raw.badByte !== undefined && raw.badByte >= 0) {
    const at = text.indexOf('\uFFFD');
    messages.push({
      ruleId: 'decode/invalid-bytes',
      severity: 'warning',
      reason: `Invalid ${raw.encoding} bytes replaced with U+FFFD, first at byte ${raw.badByte}`,
      ...(at === -1 ? {} : { position: positionAt(indexLines(text), at, at + 1) }),
    });
  }
  return { text, encoding: raw.encoding, bom: raw.bom, kind: looksLikeHtml(text) ? 'html' : 'text', messages };
}

function detect(bytes: Uint8Array): Raw {
  const bom = sniffBom(bytes);
  if (bom) return decodeKnown(bytes.subarray(bom.length), bom.encoding, true);
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const raw = decodeKnown(bytes, utf16, false);
    if (raw.badByte === undefined) return raw;
  }
  rejectNul(bytes);
  const utf8 = decodeUtf8Strict(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', bom: false, messages: [] };
  return detectLegacy(bytes);
}

/**
 * Not UTF-8: decode a sample as GB18030, Big5 and lenient UTF-8 and keep the one whose text
 * looks most like Chinese prose (see scoreDecoding). A declared `<meta charset>` wins when it
 * decodes without replacement chars and scores close to the best: nearly any byte string is
 * "valid" GB18030, so validity alone cannot confirm a hint.
 */
function detectLegacy(bytes: Uint8Array): Raw {
  const sample = bytes.subarray(0, SAMPLE);
  const score = (encoding: string): number =>
    scoreDecoding(encoding === 'utf-8' ? decodeUtf8Lenient(sample) : decodeWith(sample, encoding));
  const candidates = ['gb18030', 'big5', 'utf-8'].map((encoding) => ({ encoding, score: score(encoding) }));
  const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
  const hint = metaCharset(bytes);
  const hinted = hint === null ? null : canonicalEncoding(hint);
  if (hinted !== null && hinted !== 'utf-8' && !hinted.startsWith('utf-16')) {
    const text = decodeWith(bytes, hinted);
    if (countReplacements(text) === 0 && scoreDecoding(text.slice(0, SAMPLE)) >= best.score - HINT_MARGIN) {
      return { text, encoding: hinted, bom: false, messages: [] };
    }
  }
  if (best.encoding === 'utf-8') return decodeKnown(bytes, 'utf-8', false);
  const text = decodeWith(bytes, best.encoding);
  const messages: Message[] = [{ ruleId: 'decode/guessed', severity: 'info', reason: `Not UTF-8; decoded as ${best.encoding}` }];
  return { text, encoding: best.encoding, bom: false, messages, badByte: firstBadByte(text, best.encoding) };
}

function forced(bytes: Uint8Array, encoding: string): Raw {
  const bom = sniffBom(bytes);
  const skip = bom && bom.encoding === encoding ? bom.length : 0;
  const raw = decodeKnown(bytes.subarray(skip), encoding, skip > 0);
  const bad = countReplacements(raw.text);
  if (bad > 0 && bad > raw.text.length * OVERRIDE_FAILURE_SHARE) {
    throw new InputError(said('input.cannotDecode', { encoding, byte: (raw.badByte ?? 0) + skip }));
  }
  return raw;
}

function decodeKnown(bytes: Uint8Array, encoding: string, bom: boolean): Raw {
  if (encoding === 'utf-8') {
    const strict = decodeUtf8Strict(bytes);
    if (strict !== null) return { text: strict, encoding, bom, messages: [] };
    const bad = firstInvalidUtf8(bytes);
    return { text: decodeUtf8Lenient(bytes), encoding, bom, messages: [], badByte: bad + (bom ? 3 : 0) };
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
    const at = text.indexOf('\uFFFD');
    return { text, encoding, bom, messages: [], ...(at === -1 ? {} : { badByte: at * 2 + (bom ? 2 : 0) }) };
  }
  const text = decodeWith(bytes, encoding);
  return { text, encoding, bom, messages: [], badByte: firstBadByte(text, encoding) };
}

/** Byte offset of the first U+FFFD: re-encoding the clean prefix gives its byte length. */
function firstBadByte(text: string, encoding: string): number | undefined {
  const at = text.indexOf('\uFFFD');
  return at === -1 ? undefined : encodedLength(text.slice(0, at), encoding);
}
