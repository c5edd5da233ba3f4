/**
 * End matter after the plan body: 版记 (`主题词:`, `抄送:`, `XX办公厅秘书处2011年3月2日印发`),
 * a trailing 附注 and a trailing 署名 + 成文日期. Found by scanning whole lines from the end.
 */
import type { RecordMatter } from '../core/register.js';
import { parseDateLine } from './dates.js';
import type { TextLine } from './lines.js';
import { disclosureOf, isSignature } from './notice.js';

export interface BackMatter {
  /** Index of the first line that belongs to the end matter (== lines.length when none). */
  readonly from: number;
  readonly record: RecordMatter | null;
  readonly disclosure: string | null;
  readonly signature: string | null;
  readonly date: string | null;
}

const KEYWORDS = /^(?:主题词|主題詞)\s*[:：]\s*(.*)$/;
const CC = /^抄\s*送\s*[:：]\s*(.*)$/;
const PRINTED = /^(.*?)\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:印发|印發)$/;

/**
 * Scans `lines` (trimmed, unmarked body lines in order) from the end. With `recordOnly` (a text
 * without numbered body, where a trailing date belongs to the notice) only 版记 lines are taken.
 */
export function parseBackMatter(lines: readonly TextLine[], lineOf: (offset: number) => number, recordOnly = false): BackMatter {
  let keywords: string | null = null;
  let cc: string | null = null;
  let printedBy: string | null = null;
  let printedDate: string | null = null;
  let disclosure: string | null = null;
  let signature: string | null = null;
  let date: string | null = null;
  let recordStart = -1;
  let i = lines.length - 1;
  for (; i >= 0; i--) {
    const text = lines[i].text;
    let m: RegExpExecArray | null;
    if ((m = KEYWORDS.exec(text))) {
      keywords = m[1].trim() || null;
      recordStart = lines[i].start;
    } else if ((m = CC.exec(text))) {
      cc = m[1].trim().replace(/[。.]$/, '') || null;
      recordStart = lines[i].start;
    } else if ((m = PRINTED.exec(text))) {
      printedBy = m[1].trim() || null;
      printedDate = parseDateLine(m[2].replace(/\s+/g, ''));
      recordStart = lines[i].start;
    } else if (recordOnly) {
      break;
    } else if (disclosureOf(text) !== null && disclosure === null) {
      disclosure = disclosureOf(text);
    } else if (parseDateLine(text) !== null && date === null) {
      date = parseDateLine(text);
      if (i > 0 && isSignature(lines[i - 1].text)) {
        signature = lines[i - 1].text;
        i--;
      }
    } else {
      break;
    }
  }
  const record = recordStart >= 0 ? { keywords, cc, printedBy, printedDate, line: lineOf(recordStart) } : null;
  return { from: i + 1, record, disclosure, signature, date };
}
