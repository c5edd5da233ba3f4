/**
 * Word input: a .docx becomes an HTML page (mammoth) that takes the HTML path, so paragraphs,
 * list numbers and tables keep their structure. mammoth is asynchronous, so this runs before the
 * synchronous pipeline: the CLI awaits `prepareInput` and hands the result to parseInput.
 */
import { InputError } from '../core/errors.js';
import { loadJszip } from '../core/load-jszip.js';
import { isDocx, isLegacyDoc } from './detect.js';
import { writeListMarkers } from './list-markers.js';
import { loadMammoth } from './load.js';
import { readNumbering } from './numbering.js';

export { isDocx, isLegacyDoc } from './detect.js';
export { formatNumber } from './number-format.js';

export const LEGACY_DOC_MESSAGE =
  'this is an old binary Word file (.doc) or an encrypted Office file: open it in Word or WPS and save it as .docx (or as text/HTML)';

/** The error for an old binary .doc (the decoder would only call it "not a text or HTML document"). */
export function legacyDocError(file?: string): InputError {
  return new InputError(LEGACY_DOC_MESSAGE, { file });
}

function page(body: string): string {
  return `<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"></head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/** A .docx as a complete HTML page (UTF-8). Numbered paragraphs keep their markers as text; tables stay tables with their spans. */
export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  if (isLegacyDoc(bytes)) throw legacyDocError();
  if (!isDocx(bytes)) throw new InputError('not a Word .docx file (no word/document.xml in the zip)');
  let zip;
  try {
    zip = await loadJszip('mammoth').loadAsync(bytes);
  } catch (error) {
    throw new InputError('cannot read the .docx: the zip is damaged', { cause: error });
  }
  const part = async (name: string): Promise<string | null> => (await zip.file(name)?.async('string')) ?? null;
  const documentXml = await part('word/document.xml');
  if (documentXml === null) throw new InputError('not a Word .docx file (no word/document.xml in the zip)');
  const numbering = readNumbering(await part('word/numbering.xml'), await part('word/styles.xml'));
  const rewritten = writeListMarkers(documentXml, numbering);
  const input = rewritten === documentXml ? bytes : await zip.file('word/document.xml', rewritten).generateAsync({ type: 'nodebuffer', compression: 'STORE' });
  const result = await loadMammoth().convertToHtml({ buffer: input });
  return page(result.value);
}

/**
 * What parseInput should get for these bytes: the HTML of a .docx, the bytes unchanged for
 * anything else; an old binary .doc is an InputError that says to save it as .docx.
 */
export async function prepareInput(bytes: Uint8Array): Promise<Uint8Array | string> {
  if (isLegacyDoc(bytes)) throw legacyDocError();
  return isDocx(bytes) ? docxToHtml(bytes) : bytes;
}
