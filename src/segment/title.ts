/**
 * The plan's own title: a short line naming a plan (`2019年黄冈市政务公开工作实施方案`), never a
 * content farm's placeholder (`【篇一】xx市2022年……`, `……工作要点3篇`). A title glued to the
 * first sentence of the preamble (`……工作要点为贯彻落实……`) is split off after its plan word.
 */
/**
 * Plan words: the names plans go by in government practice (规划 纲要 计划 要点 方案 安排 意见 办法 细则,
 * and the task documents that break a plan down: 任务分解表, 任务分工, 主要任务, 重点任务, 任务清单,
 * 台账, 时间表, 路线图, 一览表), simplified and traditional. Longest first, so a run reads whole.
 */
const PLAN_WORDS = [
  '任务分解表',
  '任務分解表',
  '分解表',
  '工作要点',
  '工作要點',
  '要点',
  '要點',
  '实施方案',
  '實施方案',
  '工作方案',
  '方案',
  '工作计划',
  '工作計劃',
  '计划',
  '計劃',
  '实施意见',
  '實施意見',
  '意见',
  '意見',
  '工作安排',
  '安排',
  '规划',
  '規劃',
  '纲要',
  '綱要',
  '办法',
  '辦法',
  '细则',
  '細則',
  '任务分工',
  '任務分工',
  '分工',
  '清单',
  '清單',
  '主要任务',
  '主要任務',
  '重点任务',
  '重點任務',
  '工作任务',
  '工作任務',
  '重点工作',
  '重點工作',
  '工作重点',
  '工作重點',
  '任务书',
  '任務書',
  '台账',
  '臺賬',
  '时间表',
  '時間表',
  '路线图',
  '路線圖',
  '一览表',
  '一覽表',
  '任务表',
  '任務表',
].toSorted((a, b) => b.length - a.length);
const PLAN_WORD = new RegExp(`(${PLAN_WORDS.join('|')})`, 'g');
const PLAN_WORD_ONE = new RegExp(PLAN_WORD.source);
const PLAN_WORD_AT = new RegExp(PLAN_WORD.source, 'y');

/** Placeholder titles of content farms and compilation headers: the farm words close the title. */
export function isFakeTitle(text: string): boolean {
  return (
    /xx|XX|ｘｘ|【篇|篇】|\d篇$|全文\)/.test(text) ||
    /(?:范文|範文|精选|精選|大全)(?:\d+篇)?(?:[(（【\[][^)）】\]]*[)）】\]])?$/.test(text)
  );
}

/** `附件` / `附件2:` printed before the title of an attached plan. */
export function withoutAttachmentLabel(text: string): string {
  const m = /^附件\s*(?:[0-9一二三四五六七八九十]{1,2}(?![0-9年]))?\s*[:：]?\s*/.exec(text);
  return m && m[0].length < text.length ? text.slice(m[0].length) : text;
}

/**
 * After a plan word, the further plan words of the same name (`任务分工` + `方案`): the end of the run.
 * Task words (…任务) do not extend a run: after `分解表` they are the table's header cells.
 */
export function planRunEnd(text: string, end: number): number {
  for (;;) {
    PLAN_WORD_AT.lastIndex = end;
    const m = PLAN_WORD_AT.exec(text);
    if (!m || /任务|任務|工作/.test(m[0])) return end;
    end += m[0].length;
  }
}

/** A line that can be a plan title as it stands. */
export function isTitleLine(text: string): boolean {
  if (text.length < 4 || text.length > 80) return false;
  if (/[。;:!?]/.test(text) || /[,，、]$/.test(text)) return false;
  if (isFakeTitle(text)) return false;
  // A bare plan word (`工作任务`, a table's header cell) names no plan.
  return PLAN_WORD_ONE.test(text) && text.replace(PLAN_WORD, '').length >= 2;
}

export interface GluedTitle {
  readonly title: string;
  /** Offset in the line where the rest (the preamble) starts. */
  readonly rest: number;
}

/** Characters after a plan word that show the word is inside a sentence, not a title's end. */
const CONTINUES = new Set(['的', '》', '”', '(', '（', '和', '与', '與', '及', '、', ',', '，', '中', '要', '等', '》']);

/**
 * `广州市2011年全面推进政务公开工作要点为贯彻落实……` → title up to the plan word. Only when the
 * prefix is short, has no punctuation and names a year or place (not a sentence of the body).
 */
export function splitGluedTitle(text: string): GluedTitle | null {
  PLAN_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLAN_WORD.exec(text)) !== null) {
    const end = planRunEnd(text, m.index + m[0].length);
    PLAN_WORD.lastIndex = end;
    if (end > 60) return null;
    const prefix = text.slice(0, end);
    if (/[。,，;:、“”《》()（）]/.test(prefix)) return null;
    if (end >= text.length) return null;
    if (CONTINUES.has(text[end])) continue;
    if (!/(19|20)\d{2}年|[市省区區县縣州局委厅廳]/.test(prefix) || isFakeTitle(prefix)) return null;
    return { title: prefix, rest: end };
  }
  return null;
}
