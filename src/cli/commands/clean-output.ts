/** What `clean` prints for one input; shared by the command and the batch workers (no commander here). */
import type { CleanOutput } from '../../pipeline.js';

/** The JSON contract of `clean --format json`, one object per input. */
export function cleanJson(name: string, out: CleanOutput): object {
  return {
    file: name,
    encoding: out.decoded.encoding,
    bom: out.decoded.bom,
    format: out.decoded.kind,
    script: out.script,
    pageMeta: out.pageMeta,
    documents: out.documents.map((d, i) => ({ index: i + 1, script: d.script, firstLine: d.lines[0] ?? 1, text: d.text })),
    stripped: out.stripped,
  };
}

/** Plain-text output: documents separated by a marked line, so a reader and a script can both split them. */
export function cleanPlainText(out: CleanOutput): string {
  if (out.documents.length === 1) return ensureNewline(out.documents[0].text);
  return out.documents
    .map(
      (d, i) =>
        `${i === 0 ? '' : '\n'}=== document ${i + 1} of ${out.documents.length} (input line ${d.lines[0] ?? 1}) ===\n${ensureNewline(d.text)}`,
    )
    .join('');
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') || text === '' ? text : `${text}\n`;
}
