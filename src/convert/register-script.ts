import type { Register, RegisterDocument, Script } from '../core/register.js';
import { REGISTER_FIELDS, type RegisterObject } from '../core/register-shape.js';

/** Converts one text from the script it was detected in to the requested one. */
export type TextConverter = (text: string, script: Script) => string;

/**
 * Converts every text field of a register to another script: the fields that
 * schemas/register.schema.json marks x-script-converted (REGISTER_FIELDS is generated from it).
 * Source facts (path, hash, encoding, detected script) and the audit of stripped lines stay as
 * they were received; each document's text is converted from that document's script.
 */
export function convertRegisterScript(register: Register, convert: TextConverter): Register {
  return {
    ...register,
    documents: register.documents.map(
      (doc) => convertObject(doc, 'RegisterDocument', (text) => convert(text, doc.script)) as RegisterDocument,
    ),
  };
}

/** A copy of `value` (keys in the same order) with its text fields converted, nested objects included. */
function convertObject(value: object, type: RegisterObject, c: (text: string) => string): object {
  const out: Record<string, unknown> = { ...value };
  for (const field of REGISTER_FIELDS[type]) {
    const v = out[field.name];
    if (v === null || v === undefined) continue;
    if (field.text) out[field.name] = Array.isArray(v) ? v.map(c) : c(v as string);
    else if (field.object !== null) {
      const object = field.object;
      out[field.name] = Array.isArray(v) ? v.map((item: object) => convertObject(item, object, c)) : convertObject(v, object, c);
    }
  }
  return out;
}
