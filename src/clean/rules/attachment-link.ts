import type { CleanRule, Hit } from '../types.js';
import { labelAt } from '../label-pairs.js';

/** Extensions of attachments government sites publish (Office, WPS, OFD/CEB, PDF, archives). */
const EXT = '(?:pdf|docx?|xlsx?|pptx?|wps|et|dps|ofd|ceb|zip|rar|7z)';
/** The download link words a CMS prints after an attachment. */
const DOWNLOAD = '(?:相关附件下载|附件下载|附件下載|下载附件|下載附件|点击下载|點擊下載)';
/** A line that is only an attachment link: `附件1:某方案.docx (35KB) 下载附件`. */
const WHOLE = new RegExp(
  `^(?:附件\\s*\\d*\\s*[::.]?\\s*)?[^。;!?]{1,120}\\.${EXT}(?:\\s*[((]\\s*\\d+(?:\\.\\d+)?\\s*[KkMm]?B?\\s*[))])?\\s*(?:${DOWNLOAD})?$`,
  'i',
);
const WORD_ONLY = new RegExp(`^${DOWNLOAD}$`);
/** The same link glued to the end of a collapsed page: an optional file name, then the download word. */
const TRAILING = new RegExp(`(?:\\.${EXT}(?:\\s*[((]\\s*\\d+(?:\\.\\d+)?\\s*[KkMm]?B?\\s*[))])?)?\\s*${DOWNLOAD}$`, 'i');
/** Where a clause (and so a glued file name) starts, looking back. */
const CLAUSE_END = /[。;!?,,、:)\]）】\s]/;

/** Start of the attachment link that ends at `at` (the file extension's dot, or the download word). */
function linkStart(line: string, at: number, named: boolean): number {
  let sentence = at;
  while (sentence > 0 && at - sentence < 120 && !/[。;!?\s]/.test(line[sentence - 1])) sentence--;
  // `来源:某局附件下载`: the page's source label printed before the link goes with it.
  for (let i = sentence; i < at; i++) if (labelAt(line, i)) return i;
  let start = at;
  while (start > 0 && at - start < 120 && !CLAUSE_END.test(line[start - 1])) start--;
  const clause = line.slice(start, at);
  if (!named) return at;
  // A file name glued to the text before it (a table cell): names of notices start at 关于.
  const about = clause.indexOf('关于') >= 0 ? clause.indexOf('关于') : clause.indexOf('關於');
  return about > 0 ? start + about : start;
}

export const attachmentLink: CleanRule = {
  id: 'attachment-link',
  description:
    'Attachment links of a CMS page (`某方案.docx 下载附件`, `附件下载`), alone or glued to the end of a collapsed page',
  examples: {
    hit: ['绿化养护方案.docx 下载附件', '附件1:2024年河道管理任务分解表.xlsx', '关于印发2024年工作要点的通知.pdf', '附件下载'],
    miss: ['附件:2024年河道管理任务分解表', '(三)及时公开附件,方便群众下载。', '各单位要在规定时间内下载附件并填报。', '附件'],
  },
  match(line) {
    if (line.length <= 160 && (WHOLE.test(line) || WORD_ONLY.test(line))) return [{ reason: 'Attachment link' }];
    const m = TRAILING.exec(line);
    if (!m || m.index === 0) return [];
    const named = m[0].startsWith('.');
    const start = linkStart(line, m.index, named);
    if (start >= m.index && named) return [];
    const hit: Hit = { reason: 'Attachment link glued to the end of the page', start, end: line.length };
    return [hit];
  },
};
