import { Buffer, isAscii, isUtf8, transcode } from 'node:buffer';

const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Strict UTF-8 decoding; null when the bytes are not valid UTF-8. Validation (simdutf) and
 * Buffer decoding are several times faster than a fatal TextDecoder, which was the cost of
 * reading an archive; a BOM is kept, as with ignoreBOM.
 */
export function decodeUtf8Strict(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Valid UTF-8 transcoded to UTF-16 (ICU) and read as such is the same string ~10× faster than
  // a UTF-8 toString on CJK text, where decoding was 7% of a parse. ASCII stays a one-byte
  // string, and Node without ICU has no transcode.
  if (isAscii(buffer) || typeof transcode !== 'function') return buffer.toString('utf8');
  return transcode(buffer, 'utf8', 'ucs2').toString('ucs2');
}

/** UTF-8 decoding with U+FFFD for bad sequences. */
export function decodeUtf8Lenient(bytes: Uint8Array): string {
  return lenient.decode(bytes);
}

/** Offset of the first byte that starts an invalid UTF-8 sequence, or -1. Linear. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= bytes.length) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
