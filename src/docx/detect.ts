/**
 * Recognises Word files by content, not by name: a .docx is a zip whose central directory names
 * word/document.xml; an old binary .doc is an OLE compound file.
 */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const DOCUMENT = new TextEncoder().encode('word/document.xml');

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

function nameAt(bytes: Uint8Array, at: number, length: number): boolean {
  if (length !== DOCUMENT.length || at + length > bytes.length) return false;
  for (let i = 0; i < length; i++) if (bytes[at + i] !== DOCUMENT[i]) return false;
  return true;
}

/**
 * A zip (PK\x03\x04) with an entry named word/document.xml. Central directory headers
 * (PK\x01\x02) are found by a linear scan, so a zip with a damaged end record still counts;
 * the first local header is checked too, for a zip cut off before its directory.
 */
export function isDocx(bytes: Uint8Array): boolean {
  if (bytes.length < 30 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return false;
  if (nameAt(bytes, 30, u16(bytes, 26))) return true;
  for (let i = 4; i + 46 <= bytes.length; i++) {
    if (
      bytes[i] === 0x50 &&
      bytes[i + 1] === 0x4b &&
      bytes[i + 2] === 0x01 &&
      bytes[i + 3] === 0x02 &&
      nameAt(bytes, i + 46, u16(bytes, i + 28))
    )
      return true;
  }
  return false;
}

/** An OLE compound file: a Word 97–2003 .doc (or another old Office file, or an encrypted .docx). */
export function isLegacyDoc(bytes: Uint8Array): boolean {
  return bytes.length >= OLE_MAGIC.length && OLE_MAGIC.every((b, i) => bytes[i] === b);
}
