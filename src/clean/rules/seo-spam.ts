import type { CleanRule, Hit } from '../types.js';
import { buildTermIndex, termAt } from '../term-scan.js';
import { countContent, isAsciiLetter } from '../text.js';

/** Words that mark porn/gambling spam on their own. */
const STRONG = [
  '无码', '無碼', '有码', '人妻', '中文字幕', '丝袜', '絲襪', '色欲', '内射', '毛片', '黄片', '乱码', '乱伦', '亂倫', '日韩', '日韓',
  '欧美', '一区二区', '国模', '蜜臀', '偷拍', '少妇', '熟女', '萝莉', '午夜', '博彩', '娱乐城', '娛樂城', '百家乐', '百家樂',
  '老虎机', '时时彩', '六合彩', '看片', 'av', '成人网', '色情', '吊丝', '一本道', '口爆', '爆乳', '巨乳',
];
/** Words that government text also uses (免费, 国产, 精品…): they add to a spam score, never make one. */
const WEAK = [
  '久久', '亚洲', '亞洲', '精品', '国产', '國產', '在线观看', '在线播放', '在线', '在線', '免费', '免費', '视频', '視頻', '电影',
  '電影', '高清', '福利', '网站', '網站', '专区', '專區', '彩票', '赌场', '真人', '棋牌', '美女', '影院', '字幕', '一区', '二区',
  '三区', '系列', '播放', '观看', '男人', '女人', '天堂', '成人', '制服', '色', '黄', '污', '不卡', '影音', '网址', '下载', '片',
  '一级', '三级', '澳门', '澳門', '日本', '韩国', '欧洲', '性', '男男', '女同',
];
const index = buildTermIndex([...STRONG, ...WEAK], true);
const strongSet = new Set(STRONG.map((t) => t.toLowerCase()));
const strongIndex = buildTermIndex(STRONG, true);

/**
 * Whether a strong term occurs anywhere in the line. Without one, score() cannot count one, so a
 * line of ordinary text is rejected by this cheap scan (its first chars are rarer than the weak
 * terms', and no content count is needed).
 */
function mentionsStrong(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (termAt(strongIndex, line, i)) return true;
  return false;
}

interface Score {
  readonly strong: number;
  readonly terms: number;
  /** Content characters covered by spam terms (single-character terms count half). */
  readonly covered: number;
  readonly content: number;
  /** Offset of the first term. */
  readonly first: number;
}

function score(text: string, start: number, end: number): Score {
  let strong = 0;
  let terms = 0;
  let covered = 0;
  let first = -1;
  let i = start;
  while (i < end) {
    const term = termAt(index, text, i);
    // `av` only as a Latin word of its own, not inside `Java`.
    const latinOk = !term || !isAsciiLetter(term.charCodeAt(0)) || ((i === 0 || !isAsciiLetter(text.charCodeAt(i - 1))) && !isAsciiLetter(text.charCodeAt(i + term.length)));
    if (term && latinOk && i + term.length <= end) {
      const low = term.toLowerCase();
      if (strongSet.has(low)) strong++;
      terms++;
      covered += term.length === 1 ? 0.5 : term.length;
      if (first < 0) first = i;
      i += term.length;
    } else {
      i++;
    }
  }
  return { strong, terms, covered, content: countContent(text, start, end), first };
}

function spammy(s: Score): boolean {
  if (s.content === 0) return false;
  const ratio = s.covered / s.content;
  return (s.strong >= 1 && ratio >= 0.4) || (s.terms >= 3 && ratio >= 0.6);
}

/** Items of a keyword list: split at `|`, `_` and sentence punctuation (kept with the item before). */
function items(line: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '|' || ch === '_' || ch === '。' || ch === ';' || ch === '!' || ch === '?' || ch === ')' || ch === '】') {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < line.length) out.push([start, line.length]);
  return out.filter(([s, e]) => countContent(line, s, e) > 0);
}

export const seoSpam: CleanRule = {
  id: 'seo-spam',
  description: 'Keyword-stuffed porn/gambling spam, by the density of spam vocabulary (never one ordinary word), whole lines or glued to a line end',
  examples: {
    hit: [
      '久久中文字幕人妻丝袜| 亚洲中文字幕无码一去台湾| 亚洲天堂中文字幕| 中文字幕精品亚洲无线码二区|',
      '澳门娱乐城_百家乐_时时彩_真人棋牌在线',
      '各地区要抓好贯彻落实。久久中文字幕人妻丝袜| 亚洲中文字幕无码| 国产精品无码|',
    ],
    miss: [
      '推动国产软件在政务系统中的应用,免费提供在线服务。',
      '建成一批群众爱看爱用的优质精品账号及应用。',
      '加强成人教育和社区教育信息公开。',
      '亚洲基础设施投资银行',
      '推广Java和JavaScript开发培训。',
    ],
  },
  match(line) {
    if (!mentionsStrong(line)) return [];
    // The whole-line score first: it rejects nearly every line, before items are cut. (A line
    // that passes it has content, so it has items.)
    const whole = score(line, 0, line.length);
    if (whole.terms < 4 || whole.strong === 0) return [];
    const parts = items(line);
    if (parts.length === 0) return [];
    // The earliest item from which on at least 80% of the items are spam: the spam block is the
    // tail of the line from there (a few odd items inside a keyword list do not end it).
    const flags = parts.map(([s, e], i) => {
      const sc = score(line, s, e);
      // In a `|`/`_` keyword list a short item needs only to be mostly spam words.
      const listed = /[|_]/.test(line[e - 1]) || (i > 0 && /[|_]/.test(line[parts[i - 1][1] - 1]));
      return spammy(sc) || (listed && sc.terms >= 1 && sc.covered / sc.content >= 0.5);
    });
    let k = -1;
    let spamCount = 0;
    for (let i = parts.length - 1; i >= 0; i--) {
      if (flags[i]) spamCount++;
      if (flags[i] && spamCount >= 0.8 * (parts.length - i)) k = i;
    }
    if (k < 0) return [];
    const run = score(line, parts[k][0], line.length);
    if (run.strong === 0 || run.terms < 4) return [];
    // Spam glued to real text without punctuation: start at the first term of the spam tail.
    let start = parts[k][0];
    const inner = gluedStart(line, parts[k][0], parts[k][1]);
    // Only a real-text fragment (several characters before the first term) counts as glued.
    if (inner < parts[k][1] && countContent(line, start, inner) >= 6) start = inner;
    else if (k > 0) {
      const prev = gluedStart(line, parts[k - 1][0], parts[k - 1][1]);
      if (prev < parts[k - 1][1]) start = prev;
    }
    while (start < line.length && /\s/.test(line[start])) start++;
    if (countContent(line, 0, start) === 0) return [{ reason: reasonFor(whole, spamCount, parts.length) }];
    return [{ reason: `SEO spam glued to the end of a line: ${run.terms} spam terms in ${parts.length - k} items`, start, end: line.length }];
  },
};

/** The first term in [s, e) from which the rest of the item is mostly spam; `e` when there is none. */
function gluedStart(line: string, s: number, e: number): number {
  // Only the last few dozen characters: glued spam is short, and this keeps the scan linear.
  for (let i = Math.max(s, e - 80); i < e; i++) {
    if (!termAt(index, line, i)) continue;
    const tail = score(line, i, e);
    if (spammy(tail) && tail.covered / tail.content >= 0.6) return i;
  }
  return e;
}

function reasonFor(s: Score, spamItems: number, total: number): string {
  if (total >= 3) return `SEO spam: ${spamItems} of ${total} items contain spam vocabulary`;
  return `SEO spam: ${Math.round((100 * s.covered) / s.content)}% of the text is spam vocabulary (${s.terms} terms)`;
}
