import { createRequire } from 'node:module';

interface IconvLite {
  decode(buffer: Uint8Array, encoding: string, options?: { stripBOM?: boolean }): string;
  encode(text: string, encoding: string): Uint8Array;
  encodingExists(encoding: string): boolean;
}

let cached: IconvLite | undefined;

/** iconv-lite, loaded on first use only: most input is UTF-8 and never needs it. */
export function iconv(): IconvLite {
  cached ??= createRequire(import.meta.url)('iconv-lite') as IconvLite;
  return cached;
}

/** Decodes with iconv-lite, keeping any BOM out of the result. */
export function decodeWith(bytes: Uint8Array, encoding: string): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return iconv().decode(buffer, encoding, { stripBOM: true });
}

/** Byte length of `text` once encoded, used to turn a char offset into a byte offset. */
export function encodedLength(text: string, encoding: string): number {
  return iconv().encode(text, encoding).length;
}
