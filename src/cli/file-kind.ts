/**
 * What kind of file an input is, by content (never by name alone), so that `lint` given a register
 * and `validate` given a notice can say so in one line instead of reporting nonsense about it.
 */
import { isDocx, isLegacyDoc } from '../docx/detect.js';
import { decodeBytes, looksLikeHtml } from '../decode/index.js';
import { readRegister } from '../register/index.js';

/** Data a notice command must not read as a notice. */
export type DataKind = 'register' | 'alignment' | 'data';
/** A notice a register command must not read as a register. */
export type NoticeKind = 'word' | 'html' | 'text';

/** The top-level keys of a task register (schemas/register.schema.json). */
const REGISTER_KEYS = ['schemaVersion', 'source', 'pageMeta', 'stripped', 'warnings', 'documents'];
/** A line that opens a YAML mapping entry with a plain ASCII key, or a JSON document's first brace. */
const DATA_LINE = /^(?:---[ \t]*$|[A-Za-z_$][\w$.-]*[ \t]*:(?:[ \t]|$)|"[^"\n]*"[ \t]*:)/m;
const REGISTER_LINE = new RegExp(`^[{ \\t]*"?(?:${REGISTER_KEYS.join('|')})"?[ \\t]*:`, 'm');
const HAN = /\p{Script=Han}/gu;

/**
 * A register, a diff alignment, or other YAML/JSON data (a mapping or a list), else null. Cheap
 * for notices: only text that opens like YAML or JSON is parsed at all.
 */
export function dataKind(text: string): DataKind | null {
  const head = text.replace(/^\uFEFF/, '').slice(0, 4096);
  if (!/^\s*[[{]/.test(head) && !DATA_LINE.test(head)) return null;
  let value: unknown;
  try {
    value = readRegister(text, '').value;
  } catch {
    return null;
  }
  if (Array.isArray(value)) return value.length > 0 && value.every((v) => typeof v === 'object' && v !== null) ? 'data' : null;
  if (typeof value !== 'object' || value === null) return null;
  const keys = Object.keys(value);
  if (keys.length === 0) return null;
  if (REGISTER_KEYS.filter((k) => keys.includes(k)).length >= 2) return 'register';
  if (keys.includes('pairs') && keys.includes('old') && keys.includes('new')) return 'alignment';
  return keys.every((k) => /^[\x21-\x7e]+$/.test(k)) ? 'data' : null;
}

/** dataKind for raw bytes: only UTF-8 (as registers are) whose start opens like YAML or JSON is decoded in full. */
export function dataKindOfBytes(bytes: Uint8Array): DataKind | null {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  if (!/^\s*[[{]/.test(head) && !DATA_LINE.test(head)) return null;
  try {
    return dataKind(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
}

/**
 * A Word file, an HTML page, or a plain-text notice (mostly Chinese prose, no register keys, not
 * YAML/JSON data), else null: a damaged register stays a register, and gets its syntax findings.
 */
export function noticeKind(bytes: Uint8Array): NoticeKind | null {
  if (isDocx(bytes) || isLegacyDoc(bytes)) return 'word';
  // A sample is enough to tell; GB18030 and Big5 notices are decoded as the pipeline would.
  const sample = bytes.subarray(0, 65536);
  let text: string;
  try {
    // stream: a character cut at the sample's end is not an error.
    text = new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: sample.length < bytes.length });
  } catch {
    try {
      text = decodeBytes(sample).text;
    } catch {
      return null;
    }
  }
  if (REGISTER_LINE.test(text) || dataKind(text) !== null) return null;
  if (looksLikeHtml(text)) return 'html';
  const visible = text.replace(/\s/g, '').length;
  const han = text.match(HAN)?.length ?? 0;
  return han >= 8 && han * 4 >= visible ? 'text' : null;
}
