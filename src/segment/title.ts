/**
 * The plan's own title: a short line naming a plan (`2019年黄冈市政务公开工作实施方案`), never a
 * content farm's placeholder (`【篇一】xx市2022年……`, `……工作要点3篇`). A title glued to the
 * first sentence of the preamble (`……工作要点为贯彻落实……`) is split off after its plan word.
 */
const PLAN_WORD = /(任务分解表|任務分解表|分解表|工作要点|工作要點|要点|要點|实施方案|實施方案|工作方案|方案|工作计划|工作計劃|计划|計劃|实施意见|實施意見|意见|意見|工作安排|安排|规划|規劃|办法|辦法|细则|細則|任务分工|任務分工|分工|清单|清單)/g;
const PLAN_WORD_ONE = new RegExp(PLAN_WORD.source);

/** Placeholder titles of content farms and compilation headers. */
export function isFakeTitle(text: string): boolean {
  return /xx|XX|ｘｘ|【篇|篇】|\d篇$|范文|精选|大全|全文\)/.test(text);
}

/** A line that can be a plan title as it stands. */
export function isTitleLine(text: string): boolean {
  if (text.length < 4 || text.length > 80) return false;
  if (/[。;:!?]/.test(text) || /[,，、]$/.test(text)) return false;
  if (isFakeTitle(text)) return false;
  return PLAN_WORD_ONE.test(text);
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
    const end = m.index + m[0].length;
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
