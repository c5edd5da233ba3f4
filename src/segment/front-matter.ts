/**
 * The lines before the first structure marker: the notice (title, 发文字号, 主送机关, body,
 * 署名, 成文日期, 附注), then the plan's title and its preamble.
 *
 * Nothing is dropped: a line that is no recognised part (or repeats a part with a different
 * value) is notice body when it lies within the notice (up to its last recognised line), else
 * preamble — the text before the plan title included (a stray line, a farm placeholder).
 */
import type { Notice, PageMeta, RegisterWarning } from '../core/register.js';
import { parseDateLine } from './dates.js';
import { joinParagraphs, type TextLine } from './lines.js';
import {
  disclosureOf,
  forwardedTitle,
  isDocNumber,
  isNoticeTitle,
  isNoticeTitleStart,
  isSignature,
  issuerOfTitle,
  recipientsOf,
} from './notice.js';
import { isFakeTitle, isTitleLine, splitGluedTitle, withoutAttachmentLabel } from './title.js';
import { splitFrontLines } from './front-split.js';

export interface FrontMatter {
  readonly notice: Notice | null;
  readonly title: string | null;
  readonly disclosure: string | null;
  readonly preamble: string | null;
  readonly warnings: RegisterWarning[];
}

interface NoticeDraft {
  title: string | null;
  issuer: string | null;
  signature: string | null;
  docNumber: string | null;
  date: string | null;
  recipients: string | null;
  body: string | null;
  firstStart: number;
}

/**
 * Parses the front lines; `lineOf` gives the source line of a doc offset. `pageMeta` (what the page
 * or the crawler's header states: 标题, 文号) fills the plan title and the 发文字号 the text lacks.
 */
export function parseFrontMatter(
  rawLines: readonly TextLine[],
  lineOf: (offset: number) => number,
  pageMeta: PageMeta = {},
): FrontMatter {
  const lines = splitFrontLines(rawLines);
  const warnings: RegisterWarning[] = [];
  const draft: NoticeDraft = {
    title: null,
    issuer: null,
    signature: null,
    docNumber: null,
    date: null,
    recipients: null,
    body: null,
    firstStart: -1,
  };
  let disclosure: string | null = null;
  let lastNoticeLine = -1; // index of the last line that belongs to the notice
  // Lines whose text a register field holds; every other line ends in the notice body or the preamble.
  const used = new Uint8Array(lines.length);
  let signatureLine = -1;
  let signatureHead = -1; // first line of a 署名 broken over two lines
  const note = (i: number, holds: boolean): void => {
    if (draft.firstStart < 0) draft.firstStart = lines[i].start;
    lastNoticeLine = Math.max(lastNoticeLine, i);
    if (holds) used[i] = 1;
  };
  let titleIndex = -1;
  let titleHead = -1; // a first title line (`某县`) the title line continues
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text;
    const next = lines[i + 1]?.text ?? '';
    if (isNoticeTitle(text)) {
      draft.title ??= text;
      note(i, draft.title === text);
    } else if (isNoticeTitleStart(text) && isNoticeTitle(text + next)) {
      draft.title ??= text + next;
      const holds = draft.title === text + next;
      note(i, holds);
      note(++i, holds);
    } else if (isDocNumber(text)) {
      draft.docNumber ??= text;
      note(i, draft.docNumber === text);
    } else if (draft.recipients === null && recipientsOf(text) !== null) {
      draft.recipients = recipientsOf(text);
      note(i, true);
    } else if (parseDateLine(text) !== null && (draft.title !== null || draft.recipients !== null || draft.docNumber !== null)) {
      draft.date ??= parseDateLine(text);
      const prev = lines[i - 1]?.text ?? '';
      if (i - 1 > lastNoticeLine && isSignature(prev) && draft.signature === null) {
        draft.signature = prev;
        signatureLine = i - 1;
        // A 署名 broken before its office word (`某市人民政府` / `办公室`) is one name.
        const before = lines[i - 2]?.text ?? '';
        if (BARE_OFFICE.test(prev) && i - 2 > lastNoticeLine && isSignature(before) && !BARE_OFFICE.test(before)) {
          draft.signature = before + prev;
          signatureHead = i - 2;
        }
      }
      note(i, draft.date === parseDateLine(text));
    } else if (disclosureOf(text) !== null) {
      disclosure ??= disclosureOf(text);
      note(i, disclosure === disclosureOf(text));
    } else if (
      i > lastNoticeLine &&
      isTitleLine(withoutAttachmentLabel(text)) &&
      !isNoticeTitleStart(text) &&
      planMayStart(draft, disclosure)
    ) {
      titleIndex = i;
      used[i] = 1;
      break;
    } else if (i > lastNoticeLine && isTitleHead(text, next) && planMayStart(draft, disclosure)) {
      titleHead = i;
      titleIndex = i + 1;
      used[i] = 1;
      used[i + 1] = 1;
      break;
    }
  }
  // The 署名 is held as the issuer only when the title names none (or the same one).
  if (signatureLine >= 0 && (draft.title === null || [null, draft.signature].includes(issuerOfTitle(draft.title)))) {
    used[signatureLine] = 1;
    if (signatureHead >= 0) used[signatureHead] = 1;
  }
  const inNotice = toNotice(draft, lineOf) !== null;
  const noticeLines: string[] = [];
  const before: string[] = []; // unclaimed lines before the plan starts, outside the notice
  // Where the plan starts: after its title, else after the notice.
  let title: string | null = null;
  let preambleFrom = lastNoticeLine + 1;
  let glueRest: string | null = null;
  if (titleIndex >= 0) {
    title = withoutAttachmentLabel((titleHead >= 0 ? lines[titleHead].text : '') + lines[titleIndex].text);
    // `附件` alone on the line above labels the attached plan: the title holds what it says.
    const above = (titleHead >= 0 ? titleHead : titleIndex) - 1;
    if (above >= 0 && !used[above] && ATTACHMENT_LABEL.test(lines[above].text)) used[above] = 1;
    preambleFrom = titleIndex + 1;
  } else {
    const first = firstContentLine(lines, lastNoticeLine + 1);
    const glued = first >= 0 ? splitGluedTitle(lines[first].text) : null;
    if (glued) {
      title = withoutAttachmentLabel(glued.title);
      glueRest = lines[first].text.slice(glued.rest).trim();
      used[first] = 1;
      preambleFrom = first + 1;
      warnings.push({
        line: lineOf(lines[first].start),
        code: 'title-guessed',
        message: `title split from the first sentence: ${title}`,
      });
    }
  }
  for (let i = 0; i < preambleFrom; i++) {
    if (!used[i]) (inNotice && i <= lastNoticeLine ? noticeLines : before).push(lines[i].text);
  }
  draft.body = joinParagraphs(noticeLines);
  // The 文号 the page states, when the text prints none (a crawler header, a catalogue record).
  if (
    draft.docNumber === null &&
    (draft.title !== null || draft.recipients !== null) &&
    pageMeta.docNumber &&
    isDocNumber(pageMeta.docNumber)
  )
    draft.docNumber = pageMeta.docNumber;
  let notice = toNotice(draft, lineOf);
  if (title === null && notice?.title && forwardedTitle(notice.title)) {
    title = forwardedTitle(notice.title);
    warnings.push({ line: notice.line, code: 'title-guessed', message: `plan title taken from the notice title: ${title}` });
  }
  const pageTitle = pageNoticeTitle(pageMeta);
  if (title === null && pageTitle && forwardedTitle(pageTitle)) {
    title = forwardedTitle(pageTitle);
    warnings.push({
      line: notice?.line ?? lineOf(lines[0]?.start ?? 0),
      code: 'title-guessed',
      message: `plan title taken from the page's 标题: ${title}`,
    });
  }
  // A notice printed without its title line: the page's 标题 names it.
  if (notice && notice.title === null && pageTitle) {
    warnings.push({ line: notice.line, code: 'title-guessed', message: `notice title taken from the page's 标题: ${pageTitle}` });
    notice = { ...notice, title: pageTitle, issuer: issuerOfTitle(pageTitle) ?? notice.issuer };
  }
  const rest: string[] = [];
  for (const l of lines.slice(preambleFrom)) {
    // A 附注 or 发文字号 after the plan title is held once; anything else is preamble.
    const d = disclosureOf(l.text);
    if (d !== null && disclosure === null) disclosure = d;
    if (d !== null && d === disclosure) continue;
    if (isDocNumber(l.text) && l.text === draft.docNumber) continue;
    rest.push(l.text);
  }
  const preamble = joinParagraphs([...before, ...(glueRest ? [glueRest] : []), ...rest]);
  return { notice, title, disclosure, preamble, warnings };
}

/**
 * The first line of a title broken over two lines (`某县` / `某市推进…领域` then `2025年…工作要点`):
 * short, no punctuation, no plan word, not a part of the notice (署名, date, 附注, 文号), naming a
 * place, an office or a year, followed by a title line that still reads as a title with it.
 */
function isTitleHead(text: string, next: string): boolean {
  if (text.length < 2 || text.length > 40 || /[。,，;;::!?、“”《》()（）]/.test(text)) return false;
  if (isTitleLine(text) || isSignature(text) || parseDateLine(text) !== null || isMeta(text) || /^附件\s*\d*$/.test(text))
    return false;
  if (!isTitleLine(next) || isNoticeTitleStart(next)) return false;
  // Titles open with the issuer's place or office, or the year: a stray word (`作里`) is no head.
  if (!/[省市县縣区區州盟旗镇鎮乡鄉局委厅廳办辦院部处處]|(?:19|20)\d{2}年|中心|政府/.test(text)) return false;
  return isTitleLine(text + next);
}

/** Office words that are no issuer alone: the second line of a broken 署名. */
const BARE_OFFICE = /^(?:办公室|辦公室|办公厅|辦公廳|秘书处|秘書處|委员会|委員會|管委会|管委會)$/;
/** `附件`, `附件2`, `附件:` alone on a line. */
const ATTACHMENT_LABEL = /^附件\s*[0-9一二三四五六七八九十]{0,2}\s*[:：]?$/;

/**
 * The notice title the page states (a crawler's 标题, a CMS page's <title> before its `_栏目_站点`
 * suffix), or null when it names no notice.
 */
function pageNoticeTitle(meta: PageMeta): string | null {
  if (!meta.title) return null;
  for (const part of meta.title.split(/\s*[_|｜]\s*|\s+-\s+/)) if (isNoticeTitle(part.trim())) return part.trim();
  return null;
}

/** Before the 成文日期 of a started notice, a title-like line is the notice's own text. */
function planMayStart(d: NoticeDraft, disclosure: string | null): boolean {
  return d.firstStart < 0 || d.date !== null || disclosure !== null;
}

function isMeta(text: string): boolean {
  return disclosureOf(text) !== null || isDocNumber(text) || isFakeTitle(text);
}

function firstContentLine(lines: readonly TextLine[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    if (!isFakeTitle(lines[i].text) && !isMeta(lines[i].text)) return i;
  }
  return -1;
}

function toNotice(d: NoticeDraft, lineOf: (offset: number) => number): Notice | null {
  if (d.title === null && d.recipients === null && d.docNumber === null) return null;
  return {
    title: d.title,
    issuer: (d.title ? issuerOfTitle(d.title) : null) ?? d.signature,
    docNumber: d.docNumber,
    date: d.date,
    recipients: d.recipients,
    body: d.body,
    line: lineOf(d.firstStart),
  };
}
