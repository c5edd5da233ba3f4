/**
 * Word files take one step the synchronous pipeline cannot: mammoth converts a .docx to HTML
 * asynchronously. Every command that reads notices passes the bytes through here first, so a
 * .docx is parsed as its HTML (hashed and named as the .docx) and an old .doc gets a clear error.
 */
import type { PipelineInput, PipelineOptions } from '../pipeline.js';

export interface NoticeInput {
  /** What the pipeline reads: the bytes as received, or a Word file's HTML. */
  readonly input: PipelineInput;
  /** Set when `input` is a conversion: the file as received. */
  readonly original?: PipelineOptions['original'];
}

/** Zip (PK\x03\x04) or OLE compound file (D0 CF 11 E0): only then is the Word module loaded. */
function mayBeWord(bytes: Uint8Array): boolean {
  return (
    (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) ||
    (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
  );
}

export async function prepareNotice(bytes: Uint8Array, name: string): Promise<NoticeInput> {
  if (!mayBeWord(bytes)) return { input: bytes };
  const docx = await import('../docx/index.js');
  if (docx.isLegacyDoc(bytes)) throw docx.legacyDocError(name);
  if (!docx.isDocx(bytes)) return { input: bytes };
  try {
    return { input: await docx.docxToHtml(bytes), original: { bytes, format: 'docx' } };
  } catch (error) {
    if (error instanceof Error && 'exitCode' in error) (error as { file?: string }).file ??= name;
    throw error;
  }
}

/** For commands that read registers or notices: a Word file's HTML, or undefined for anything else. */
export async function converted(bytes: Uint8Array, name: string): Promise<{ html: string; format: 'docx' } | undefined> {
  const notice = await prepareNotice(bytes, name);
  return notice.original && typeof notice.input === 'string' ? { html: notice.input, format: notice.original.format } : undefined;
}
