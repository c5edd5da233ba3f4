/**
 * Recognisers for the lines of a notice's head and body (GB/T 9704-2012): title, 发文字号,
 * 主送机关, 发文机关署名, 成文日期, 附注. Each takes one trimmed line.
 */
const ABOUT = /关于|關于|關於/;
const NOTICE_END = /(通知|通告|通報|通报|决定|決定|批复|批復|函)$/;

/** `……关于印发……的通知` (whole title on one line). */
export function isNoticeTitle(text: string): boolean {
  return text.length <= 160 && ABOUT.test(text) && NOTICE_END.test(text) && !/[。;:]/.test(text);
}

/** First half of a notice title broken over two lines: `杭州市人民政府办公厅关于印发`. */
export function isNoticeTitleStart(text: string): boolean {
  return text.length <= 120 && ABOUT.test(text) && !/[。;:,]/.test(text) && !NOTICE_END.test(text);
}

/** The part of a notice title before 关于 (the issuer), or null. */
export function issuerOfTitle(title: string): string | null {
  const m = ABOUT.exec(title);
  if (!m || m.index === 0) return null;
  return title.slice(0, m.index).trim() || null;
}

/** The plan a notice forwards: `关于印发X的通知` → X, or null. */
export function forwardedTitle(title: string): string | null {
  const m = /(?:关于|關于|關於)(?:印发|印發|转发|轉發|颁布|頒布)(.+?)的(?:通知|通告)$/.exec(title);
  if (!m) return null;
  return m[1].replace(/^《/, '').replace(/》$/, '') || null;
}

const DOC_NUMBER = /^[\u4e00-\u9fff]{1,14}\s*[〔\[【(（]\s*(?:19|20)\d{2}\s*[〕\]】)）]\s*\d{1,4}\s*[号號]$/;

/** 发文字号 on its own line: `杭政办函〔2018〕84号`. */
export function isDocNumber(text: string): boolean {
  return DOC_NUMBER.test(text);
}

const RECIPIENT_WORD = /政府|部门|部門|单位|單位|机构|機構|委|局|办|辦|厅|廳|公司|学校|學校/;

/** 主送机关: `各区、县(市)人民政府,市政府各部门、各直属单位:` → text without the colon, or null. */
export function recipientsOf(text: string): string | null {
  if (text.length > 200 || !/[:：]$/.test(text) || /[。;]/.test(text)) return null;
  const body = text.slice(0, -1).trim();
  if (/要求是|如下|以下|包括/.test(body)) return null;
  if (!body.startsWith('各') && !RECIPIENT_WORD.test(body)) return null;
  return body;
}

const DISCLOSURE = /^[(（〔\[]\s*(此件[^()（）〔〕\[\]]{1,12})\s*[)）〕\]]$/;

/** 附注 `(此件公开发布)` → `此件公开发布`, or null. */
export function disclosureOf(text: string): string | null {
  const m = DISCLOSURE.exec(text);
  return m ? m[1] : null;
}

/** A 发文机关署名 line: short, no punctuation, ends like an office. */
export function isSignature(text: string): boolean {
  return (
    text.length >= 2 &&
    text.length <= 40 &&
    !/[。,;:!?、“”《》]/.test(text) &&
    /(政府|办公厅|辦公廳|办公室|辦公室|委员会|委員會|局|厅|廳|委|办|辦|处|處|所|站|队|隊|院|部|中心|小组|小組|组|組|会|會)$/.test(
      text,
    )
  );
}
