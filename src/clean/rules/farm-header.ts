import type { CleanRule, Hit } from '../types.js';
import { STRUCTURE_MARKER } from '../text.js';
import { anyCase, phraseSet } from '../../core/phrases.js';

/**
 * Phrases content farms wrap around a copied document. Each is specific to farm prose: government
 * text says 群众, not 大家, and never 小编. (范文 is left out on purpose: 示范文本 contains it.) The
 * words are the cue a line needs before the whole pattern is tried (see phrases.ts).
 */
const YOU = ['大家', '您', '你'];
const FARM = phraseSet([
  { words: ['小编', '小編'] },
  { before: '为', words: YOU, after: '(?:精心)?(?:整理|收集|搜集|带来|准备|推荐|分享|汇总|整合)了?的' },
  { before: '為', words: YOU, after: '(?:精心)?(?:整理|收集|蒐集|帶來|準備|推薦|分享)了?的' },
  { before: '供', words: YOU, after: '(?:参考|借鉴|学习|阅读|參考|借鑒|學習|閱讀)' },
  { words: ['仅供参考', '僅供參考'] },
  { before: '希望(?:能)?(?:对|給|给|對|帮到|幫到)', words: YOU },
  { words: ['欢迎'], after: '(?:阅读|借鉴|下载|大家阅读)' },
  { before: '^', words: ['本文'], after: '(?:是|共|已|仅|来源于|来自|地址|链接|关键词|標題|关键字)' },
  { words: ['文章来源于网络', '如有侵权', '侵删', '展开全文'] },
  { words: ['全文共'], after: '\\d{1,6}字' },
  { words: ['阅读本文'], after: '(?:大约)?需要' },
  { before: '(?:点击|免费)', words: ['下载'], after: `(?:全文|本文|文档|${anyCase('word')})` },
]);

/** A farm's collection title ends in a count of pieces or a collection word. */
const COLLECTION_WORDS = ['范文', '範文', '模板', '大全', '合集'];
const COUNT_WORDS = ['范文', '精选', '合集', '汇总', '大全', '精選', '匯總'];
const CLOSERS = ')]】';
/** `xx市2022年政务公开工作要点3篇`, `…工作要点(精选5篇)`, `…工作要点范文`: a farm's collection title. */
const COLLECTION_TITLE = new RegExp(
  `(?:(?:[(\\[【]\\s*)?(?:精选|通用|共|优选|最新|热门|精選|優選|熱門)?(?:\\d{1,3}|[一二三四五六七八九十两兩]{1,3})篇` +
    `(?:${COUNT_WORDS.join('|')})?(?:\\s*[${CLOSERS.replace(']', '\\]')}])?|${COLLECTION_WORDS.join('|')})$`,
);
/** The last characters COLLECTION_TITLE allows, from its lists: a cheap test before the regex, which tries every position. */
const TITLE_ENDS = new Set(['篇', ...CLOSERS, ...[...COUNT_WORDS, ...COLLECTION_WORDS].map((w) => w[w.length - 1])]);
const mayBeTitle = (line: string): boolean => line.length > 0 && TITLE_ENDS.has(line[line.length - 1]);

/** Splits text into sentences, each keeping its closing punctuation. */
function sentences(line: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '。' || ch === '!' || ch === '?' || ch === '!' || ch === '?') {
      // Keep runs like `!!` or `。”` with the sentence they close.
      let end = i + 1;
      while (end < line.length && /[!?!?。”’)]/.test(line[end])) end++;
      out.push([start, end]);
      start = end;
      i = end - 1;
    }
  }
  if (start < line.length) out.push([start, line.length]);
  return out;
}

export const farmHeader: CleanRule = {
  id: 'farm-header',
  description: 'Content-farm intros and outros (下面是小编为大家整理的…, 供大家参考) and collection titles (…3篇)',
  examples: {
    hit: [
      '下面是小编为大家整理的2022年xx市政务公开工作要点(全文),供大家参考。希望对大家写作有帮助!',
      '以下是本站为大家整理的工作要点,仅供参考',
      'xx市2022年政务公开工作要点3篇',
      '2021年政务公开工作要点范文(精选5篇)',
      '本文是小编精心收集的,欢迎阅读',
      '下面是小編為大家整理的工作要點,供大家參考。',
    ],
    miss: [
      '明确需提交材料的名称、依据、格式、份数、签名签章等要求,并提供规范表格、填写说明和示范文本。',
      '2019年黄冈市政务公开工作实施方案',
      '本文件自印发之日起施行。',
      '(一)写好政务公开“三篇文章”',
    ],
  },
  match(line) {
    if (
      line.length <= 80 &&
      mayBeTitle(line) &&
      !/[。!?,;]/.test(line) &&
      !STRUCTURE_MARKER.test(line) &&
      COLLECTION_TITLE.test(line)
    ) {
      return [{ reason: 'Content-farm collection title' }];
    }
    // Cheap reject before splitting a long line into sentences (the cue first: see FARM).
    if (!(FARM.cue().test(line) && FARM.pattern().test(line))) return [];
    const parts = sentences(line);
    const farm = parts.map(([s, e]) => FARM.pattern().test(line.slice(s, e)));
    let head = 0;
    while (head < parts.length && farm[head]) head++;
    if (head === parts.length) return [{ reason: 'Content-farm intro: "compiled for you, for reference" boilerplate' }];
    let tail = parts.length;
    while (tail > head && farm[tail - 1]) tail--;
    const hits: Hit[] = [];
    if (head > 0) hits.push({ reason: 'Content-farm intro glued to the text', start: 0, end: parts[head - 1][1] });
    if (tail < parts.length) {
      hits.push({ reason: 'Content-farm outro glued to the text', start: parts[tail][0], end: line.length });
    }
    return hits;
  },
};
