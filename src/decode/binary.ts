import { InputError } from '../core/errors.js';
import { said, type MessageId } from '../i18n/catalogue.js';

const MAGIC: readonly { bytes: readonly number[]; what: MessageId & `input.binary.${string}` }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'input.binary.png' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'input.binary.pdf' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'input.binary.zip' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'input.binary.gif' },
  { bytes: [0xff, 0xd8, 0xff], what: 'input.binary.jpeg' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'input.binary.doc' },
  { bytes: [0x1f, 0x8b], what: 'input.binary.gzip' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'input.binary.rar' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: 'input.binary.7z' },
];

/** Throws when the bytes start with the magic number of a known binary format. */
export function rejectMagic(bytes: Uint8Array): void {
  for (const { bytes: magic, what } of MAGIC) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) {
      throw new InputError(said(what));
    }
  }
}

/** Throws when non-UTF-16 data holds NUL bytes: text files never do. */
export function rejectNul(bytes: Uint8Array): void {
  if (bytes.indexOf(0) !== -1) throw new InputError(said('input.binary'));
}
