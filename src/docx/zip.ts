/**
 * Reads a .docx's zip without trusting it. Everything is decided from the central directory
 * before a byte is inflated: how many parts, how large each claims to be unpacked, how large
 * together; the inflater is then held to each part's claim (node's zlib stops at
 * maxOutputLength), so a part whose size lies cannot grow past it. A 200 KB file that unpacks to
 * gigabytes is one line of error, not an out-of-memory abort that takes the batch down with it.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { InputError } from '../core/errors.js';
import { said } from '../i18n/catalogue.js';

export interface ZipLimits {
  /** Entries in the central directory. */
  readonly entries: number;
  /** Unpacked bytes of one part. */
  readonly partBytes: number;
  /** Unpacked bytes of all parts read, together. */
  readonly totalBytes: number;
}

/**
 * A long plan's word/document.xml is a few MB (500 pages of text and tables: about 10 MB); the
 * limits leave room for several times that and keep a conversion's memory well inside a
 * default V8 heap (mammoth holds the XML, its tree and the HTML at once).
 */
export const DOCX_LIMITS: ZipLimits = { entries: 10_000, partBytes: 32 * 2 ** 20, totalBytes: 64 * 2 ** 20 };

/** One entry of the central directory. */
export interface ZipEntryInfo {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function damaged(reason: string): InputError {
  return new InputError(said('input.docx.damaged', { reason }));
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20)} MB`;
}

/** The entries the central directory lists; its count is checked against the limit before any is read. */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS): ZipEntryInfo[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number): number => view.getUint16(at, true);
  const u32 = (at: number): number => view.getUint32(at, true);
  const u64 = (at: number): number => Number(view.getBigUint64(at, true));
  let end = -1;
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at--) {
    if (u32(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw damaged('no zip directory at its end (the file is cut short?)');
  let count = u16(end + 10);
  let dirSize = u32(end + 12);
  let dirOffset = u32(end + 16);
  if ((count === 0xffff || dirOffset === 0xffffffff || dirSize === 0xffffffff) && end >= 20 && u32(end - 20) === EOCD64_LOCATOR) {
    const at = u64(end - 12);
    if (at + 56 > bytes.length || u32(at) !== EOCD64) throw damaged('its zip64 directory record is missing');
    count = u64(at + 32);
    dirSize = u64(at + 40);
    dirOffset = u64(at + 48);
  }
  if (count > limits.entries) throw new InputError(`the .docx has too many parts: ${count} (the limit is ${limits.entries})`);
  if (dirOffset + dirSize > bytes.length) throw damaged('its zip directory lies outside the file (the file is cut short?)');
  const entries: ZipEntryInfo[] = [];
  const decoder = new TextDecoder();
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL) throw damaged('its zip directory is broken');
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    if (at + 46 + nameLength + extraLength > bytes.length) throw damaged('its zip directory is broken');
    let compressedSize = u32(at + 20);
    let size = u32(at + 24);
    let localOffset = u32(at + 42);
    // zip64: the 32-bit fields that overflowed are in extra field 0x0001, in this order.
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      const z = zip64Extra(view, at + 46 + nameLength, extraLength);
      let k = 0;
      if (size === 0xffffffff) size = z[k++] ?? size;
      if (compressedSize === 0xffffffff) compressedSize = z[k++] ?? compressedSize;
      if (localOffset === 0xffffffff) localOffset = z[k++] ?? localOffset;
    }
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(at + 10),
      flags: u16(at + 8),
      crc: u32(at + 16),
      compressedSize,
      size,
      localOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function zip64Extra(view: DataView, start: number, length: number): number[] {
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      const out: number[] = [];
      for (let k = at + 4; k + 8 <= at + 4 + size; k += 8) out.push(Number(view.getBigUint64(k, true)));
      return out;
    }
    at += 4 + size;
  }
  return [];
}

/**
 * Unpacks the parts `wanted` selects, within the limits: their claimed sizes are checked first
 * (each and together), then each is inflated no further than its claim and must match it.
 */
export function unpackZip(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: ZipLimits = DOCX_LIMITS,
): Map<string, Uint8Array> {
  const entries = readZipDirectory(bytes, limits).filter((e) => !e.name.endsWith('/') && wanted(e.name));
  let total = 0;
  for (const e of entries) {
    if (e.size > limits.partBytes)
      throw new InputError(
        `the .docx is too large unpacked: ${e.name} would be ${mb(e.size)} (the limit is ${mb(limits.partBytes)})`,
      );
    total += e.size;
  }
  if (total > limits.totalBytes)
    throw new InputError(
      `the .docx is too large unpacked: its parts would be ${mb(total)} together (the limit is ${mb(limits.totalBytes)})`,
    );
  const parts = new Map<string, Uint8Array>();
  for (const e of entries) parts.set(e.name, unpackEntry(bytes, e));
  return parts;
}

function unpackEntry(bytes: Uint8Array, e: ZipEntryInfo): Uint8Array {
  if (e.flags & 1)
    throw new InputError(`the .docx is encrypted (${e.name}): open it in Word or WPS and save it without a password`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (e.localOffset + 30 > bytes.length || view.getUint32(e.localOffset, true) !== LOCAL)
    throw damaged(`${e.name} is not where its zip directory says`);
  const start = e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);
  if (start + e.compressedSize > bytes.length) throw damaged(`${e.name} runs past the end of the file (the file is cut short?)`);
  const payload = bytes.subarray(start, start + e.compressedSize);
  let data: Uint8Array;
  if (e.method === 0) data = payload;
  else if (e.method === 8) {
    try {
      // One byte past the claim is enough to know it lies; the inflater stops there.
      data = inflateRawSync(payload, { maxOutputLength: e.size + 1 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
        throw damaged(`${e.name} unpacks to more than the ${e.size} bytes its zip directory says`);
      throw damaged(`${e.name} cannot be unpacked (${(error as Error).message.split('\n')[0]})`);
    }
  } else
    throw new InputError(`the .docx packs ${e.name} with a compression method workplan cannot read (zip method ${e.method})`);
  if (data.length > e.size) throw damaged(`${e.name} unpacks to more than the ${e.size} bytes its zip directory says`);
  if (data.length !== e.size)
    throw damaged(`${e.name} unpacks to ${data.length} bytes, not the ${e.size} its zip directory says`);
  if (typeof crc32 === 'function' && crc32(data) >>> 0 !== e.crc >>> 0) throw damaged(`${e.name} fails its checksum`);
  return data;
}
