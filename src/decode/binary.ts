import { InputError } from '../core/errors.js';

const MAGIC: readonly { bytes: readonly number[]; what: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF file' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive (Word .docx?)' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Office file (Word .doc?)' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7z archive' },
];

/** Throws when the bytes start with the magic number of a known binary format. */
export function rejectMagic(bytes: Uint8Array): void {
  for (const { bytes: magic, what } of MAGIC) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) {
      throw new InputError(`${what}, not a text or HTML document`);
    }
  }
}

/** Throws when non-UTF-16 data holds NUL bytes: text files never do. */
export function rejectNul(bytes: Uint8Array): void {
  if (bytes.indexOf(0) !== -1) throw new InputError('not a text or HTML document');
}
