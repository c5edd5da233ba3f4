import type { Register } from '../core/register.js';
import { canonicalRegister } from './canonical.js';
import { registerToCsv } from './csv.js';
import { writeJson } from './json-write.js';
import { encodeUtf8, StringSink, type TextSink } from './utf8-sink.js';
import { writeYaml } from './yaml-write.js';

export type RegisterFormat = 'json' | 'yaml' | 'csv';

/**
 * The register as text. json and yaml hold the whole register with keys in schema order; csv is
 * the clerk's task table (see csv.ts). Every format ends with a newline.
 */
export function serializeRegister(register: Register, format: RegisterFormat): string {
  if (format === 'csv') return registerToCsv(canonicalRegister(register));
  const sink = new StringSink();
  writeCanonical(canonicalRegister(register), format, sink);
  return sink.text();
}

/**
 * serializeRegister's text as UTF-8 bytes, encoded as it is written: what the CLI writes. The
 * register of a 50 MB notice is ~110 MB of UTF-8 and ~150 MB as one JavaScript string, and
 * writing that string to a file or a pipe encoded it whole once more.
 */
export function serializeRegisterBytes(register: Register, format: RegisterFormat): Uint8Array {
  if (format === 'csv') return new TextEncoder().encode(serializeRegister(register, format));
  const canonical = canonicalRegister(register);
  return encodeUtf8((sink) => writeCanonical(canonical, format, sink));
}

function writeCanonical(canonical: Register, format: 'json' | 'yaml', sink: TextSink): void {
  if (format === 'json') writeJson(canonical, sink);
  else writeYaml(canonical, sink);
}
