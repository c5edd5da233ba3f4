/**
 * Word input: a .docx becomes an HTML page (mammoth) that takes the HTML path, so paragraphs,
 * list numbers and tables keep their structure. mammoth is asynchronous, so this runs before the
 * synchronous pipeline: the CLI awaits `prepareInput` and hands the result to parseInput.
 */
import { InputError } from '../core/errors.js';
import { said } from '../i18n/catalogue.js';
import { loadJszip } from '../core/load-jszip.js';
import { isDocx, isLegacyDoc } from './detect.js';
import { writeListMarkers } from './list-markers.js';
import { loadMammoth } from './load.js';
import { readNumbering } from './numbering.js';
import { unpackZip } from './zip.js';

export { isDocx, isLegacyDoc } from './detect.js';
export { formatNumber } from './number-format.js';

/** The error for an old binary .doc (the decoder would only call it "not a text or HTML document"). */
export function legacyDocError(file?: string): InputError {
  return new InputError(said('input.docx.legacy'), { file });
}

function page(body: string): string {
  return `<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"></head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/**
 * Parts a conversion never reads: pictures and embedded objects (mammoth is told not to read
 * images, see below). They are neither unpacked nor counted against the limits, so a plan with
 * large photos still converts.
 */
function isPayload(name: string): boolean {
  return /(^|\/)(media|embeddings)\//.test(name);
}

/**
 * A .docx as a complete HTML page (UTF-8). Numbered paragraphs keep their markers as text; tables
 * stay tables with their spans. The zip is unpacked here within limits (zip.ts), and mammoth gets
 * a stored (uncompressed) zip of those parts only, so it never inflates anything unchecked.
 */
export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  if (isLegacyDoc(bytes)) throw legacyDocError();
  if (!isDocx(bytes)) throw new InputError(said('input.docx.notDocx'));
  const parts = unpackZip(bytes, (name) => !isPayload(name));
  const utf8 = new TextDecoder();
  const part = (name: string): string | null => {
    const data = parts.get(name);
    return data === undefined ? null : utf8.decode(data);
  };
  const documentXml = part('word/document.xml');
  if (documentXml === null) throw new InputError(said('input.docx.notDocx'));
  const numbering = readNumbering(part('word/numbering.xml'), part('word/styles.xml'));
  const rewritten = writeListMarkers(documentXml, numbering);
  const JSZip = loadJszip('mammoth');
  const zip = new JSZip();
  for (const [name, data] of parts) zip.file(name, name === 'word/document.xml' && rewritten !== documentXml ? rewritten : data);
  parts.clear();
  const input = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
  const mammoth = loadMammoth();
  try {
    // Pictures are not text: an empty <img> instead of a data: URI of every photo.
    const result = await mammoth.convertToHtml(
      { buffer: input },
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    return page(result.value);
  } catch (error) {
    // mammoth fails on what the file holds (XML that is not well-formed, a missing part).
    throw new InputError(said('input.docx.damaged', { reason: (error as Error)?.message?.split('\n')[0] ?? String(error) }), {
      cause: error,
    });
  }
}

/**
 * What parseInput should get for these bytes: the HTML of a .docx, the bytes unchanged for
 * anything else; an old binary .doc is an InputError that says to save it as .docx.
 */
export async function prepareInput(bytes: Uint8Array): Promise<Uint8Array | string> {
  if (isLegacyDoc(bytes)) throw legacyDocError();
  return isDocx(bytes) ? docxToHtml(bytes) : bytes;
}
