import type { CleanRule } from '../types.js';
import { buildTermIndex, termAt as findTerm } from '../term-scan.js';
import { countContent, isAsciiLetter } from '../text.js';

/** Words that mark porn/gambling spam on their own. */
// biome-ignore format: a word list, kept several to a line by kind
export const STRONG = [
  '无码', '無碼', '有码', '人妻', '中文字幕', '丝袜', '絲襪', '色欲', '内射', '毛片', '黄片', '乱码', '乱伦', '亂倫', '日韩', '日韓',
  '欧美', '一区二区', '国模', '蜜臀', '偷拍', '少妇', '熟女', '萝莉', '午夜', '博彩', '娱乐城', '娛樂城', '百家乐', '百家樂',
  '老虎机', '时时彩', '六合彩', '看片', 'av', '成人网', '色情', '吊丝', '一本道', '口爆', '爆乳', '巨乳',
];
/** Words that government text also uses (免费, 国产, 精品…): they add to a spam score, never make one. */
// biome-ignore format: a word list, kept several to a line by kind
export const WEAK = [
  '久久', '亚洲', '亞洲', '精品', '国产', '國產', '在线观看', '在线播放', '在线', '在線', '免费', '免費', '视频', '視頻', '电影',
  '電影', '高清', '福利', '网站', '網站', '专区', '專區', '彩票', '赌场', '真人', '棋牌', '美女', '影院', '字幕', '一区', '二区',
  '三区', '系列', '播放', '观看', '男人', '女人', '天堂', '成人', '制服', '色', '黄', '污', '不卡', '影音', '网址', '下载', '片',
  '一级', '三级', '澳门', '澳門', '日本', '韩国', '欧洲', '性', '男男', '女同',
];

/** A spam term with what the scoring asks of every hit worked out once. */
interface SpamTerm {
  readonly text: string;
  readonly strong: boolean;
  /** Starts with a Latin letter (`av`): counts only as a word of its own. */
  readonly latin: boolean;
}

/** Bits of FLAGS, per char code: first and second char of a strong term. */
const STRONG_FIRST = 1;
const STRONG_SECOND = 2;

/** Every term, lower-case, with what the scoring asks of each hit worked out once. */
const TERMS = new Map<string, SpamTerm>();
const strongTerms = new Set(STRONG.map((t) => t.toLowerCase()));
for (const raw of [...STRONG, ...WEAK]) {
  const text = raw.toLowerCase();
  TERMS.set(text, { text, strong: strongTerms.has(text), latin: isAsciiLetter(text.charCodeAt(0)) });
}
const INDEX = buildTermIndex([...TERMS.keys()], true);
const STRONG_INDEX = buildTermIndex(STRONG, true);

/**
 * Per char code (both ASCII cases): STRONG_FIRST / STRONG_SECOND where a strong term has that
 * char first / second. Every strong term has a second char, which mentionsStrong relies on.
 */
const FLAGS = new Uint8Array(0x10000);
for (const raw of STRONG) {
  const text = raw.toLowerCase();
  if (text.length < 2) throw new Error(`seo-spam: strong term ${text} is one char`);
  const both = (code: number) => (code >= 97 && code <= 122 ? [code, code - 32] : [code]);
  for (const code of both(text.charCodeAt(0))) FLAGS[code] |= STRONG_FIRST;
  for (const code of both(text.charCodeAt(1))) FLAGS[code] |= STRONG_SECOND;
}

/** The longest term starting at `offset`, or null. */
function termAt(text: string, offset: number): SpamTerm | null {
  const term = findTerm(INDEX, text, offset);
  return term === null ? null : (TERMS.get(term) as SpamTerm);
}

/** Whether a strong term starts at `i`. */
function strongAt(line: string, i: number): boolean {
  return findTerm(STRONG_INDEX, line, i) !== null;
}

/**
 * Whether a strong term occurs anywhere in the line. Without one, score() cannot count one, so a
 * line of ordinary text is rejected by this cheap scan. A strong term has two chars or more, so
 * it covers an odd offset with its first or its second char: reading the odd offsets only, and
 * the neighbour where the flags allow a term, halves the reads.
 */
function mentionsStrong(line: string): boolean {
  for (let j = 1; j < line.length; j += 2) {
    const flags = FLAGS[line.charCodeAt(j)];
    if (flags === 0) continue;
    if ((flags & STRONG_SECOND) !== 0 && (FLAGS[line.charCodeAt(j - 1)] & STRONG_FIRST) !== 0 && strongAt(line, j - 1))
      return true;
    if ((flags & STRONG_FIRST) !== 0 && (FLAGS[line.charCodeAt(j + 1)] & STRONG_SECOND) !== 0 && strongAt(line, j)) return true;
  }
  return false;
}

/** Spam-term counts over a span of a line. */
interface Score {
  strong: number;
  terms: number;
  /** Content characters covered by spam terms (single-character terms count half). */
  covered: number;
  content: number;
}

function emptyScore(content: number): Score {
  return { strong: 0, terms: 0, covered: 0, content };
}

function countTerm(s: Score, term: SpamTerm): void {
  if (term.strong) s.strong++;
  s.terms++;
  s.covered += term.text.length === 1 ? 0.5 : term.text.length;
}

/** The term a scan of text up to `end` takes at `i`: the longest there, `av` only as a word. */
function termTaken(text: string, i: number, end: number): SpamTerm | null {
  const term = termAt(text, i);
  if (term === null || i + term.text.length > end) return null;
  return !term.latin || latinWordAt(text, i, term.text.length) ? term : null;
}

/** `av` only as a Latin word of its own, not inside `Java`. */
function latinWordAt(text: string, i: number, length: number): boolean {
  return (i === 0 || !isAsciiLetter(text.charCodeAt(i - 1))) && !isAsciiLetter(text.charCodeAt(i + length));
}

/** The terms of [start, end), read greedily from `start`. */
function score(text: string, start: number, end: number): Score {
  const s = emptyScore(countContent(text, start, end));
  for (let i = start; i < end; ) {
    const term = termTaken(text, i, end);
    if (term === null) i++;
    else {
      countTerm(s, term);
      i += term.text.length;
    }
  }
  return s;
}

/** Scores of consecutive spans added up (the halves of `covered` add exactly). */
function sum(scores: readonly Score[]): Score {
  const total = emptyScore(0);
  for (const s of scores) {
    total.strong += s.strong;
    total.terms += s.terms;
    total.covered += s.covered;
    total.content += s.content;
  }
  return total;
}

function spammy(s: Score): boolean {
  if (s.content === 0) return false;
  const ratio = s.covered / s.content;
  return (s.strong >= 1 && ratio >= 0.4) || (s.terms >= 3 && ratio >= 0.6);
}

/** An item of a keyword list: [start, end) of the line, with its count of content characters. */
interface Item {
  readonly start: number;
  readonly end: number;
  readonly content: number;
}

/** The chars that end an item: `|`, `_` and sentence punctuation. */
function endsItem(code: number): boolean {
  return (
    code === 0x7c ||
    code === 0x5f ||
    code === 0x3002 ||
    code === 0x3b ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x29 ||
    code === 0x3011
  );
}

/** `|` and `_`: the separators of a keyword list. */
function listSeparator(code: number): boolean {
  return code === 0x7c || code === 0x5f;
}

/** Items of a keyword list: split at the chars endsItem names (kept with the item before). */
function items(line: string): Item[] {
  const out: Item[] = [];
  const push = (start: number, end: number) => {
    const content = countContent(line, start, end);
    if (content > 0) out.push({ start, end, content });
  };
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    if (endsItem(line.charCodeAt(i))) {
      push(start, i + 1);
      start = i + 1;
    }
  }
  if (start < line.length) push(start, line.length);
  return out;
}

// An item ends at a char no term contains, so one scan of the whole line reaches every item's
// start and finds inside an item exactly what a scan of the item alone finds: itemScores scores
// all items in one pass instead of scanning each item again.
for (const text of TERMS.keys()) {
  for (let k = 0; k < text.length; k++)
    if (endsItem(text.charCodeAt(k))) throw new Error(`seo-spam: term ${text} holds an item separator`);
}

/** The score of each item (items in line order), from one scan of the line. */
function itemScores(line: string, parts: readonly Item[]): Score[] {
  const scores = parts.map((p) => emptyScore(p.content));
  let k = 0;
  for (let i = 0; i < line.length; ) {
    const term = termTaken(line, i, line.length);
    if (term === null) {
      i++;
      continue;
    }
    // A term has content, so the item it is in was kept.
    while (parts[k].end <= i) k++;
    countTerm(scores[k], term);
    i += term.text.length;
  }
  return scores;
}

export const seoSpam: CleanRule = {
  id: 'seo-spam',
  description:
    'Keyword-stuffed porn/gambling spam, by the density of spam vocabulary (never one ordinary word), whole lines or glued to a line end',
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
    // The whole-line score first: it rejects nearly every line. The items tile the line (those
    // left out hold no content or term), so their scores add up to the line's.
    const parts = items(line);
    const scores = itemScores(line, parts);
    const whole = sum(scores);
    if (whole.terms < 4 || whole.strong === 0) return [];
    // The earliest item from which on at least 80% of the items are spam: the spam block is the
    // tail of the line from there (a few odd items inside a keyword list do not end it).
    const flags = parts.map(({ end }, i) => {
      const sc = scores[i];
      // In a `|`/`_` keyword list a short item needs only to be mostly spam words.
      const listed = listSeparator(line.charCodeAt(end - 1)) || (i > 0 && listSeparator(line.charCodeAt(parts[i - 1].end - 1)));
      return spammy(sc) || (listed && sc.terms >= 1 && sc.covered / sc.content >= 0.5);
    });
    let k = -1;
    let spamCount = 0;
    for (let i = parts.length - 1; i >= 0; i--) {
      if (flags[i]) spamCount++;
      if (flags[i] && spamCount >= 0.8 * (parts.length - i)) k = i;
    }
    if (k < 0) return [];
    // The items from k on cover the rest of the line (the others between them hold no content).
    const run = sum(scores.slice(k));
    if (run.strong === 0 || run.terms < 4) return [];
    // Spam glued to real text without punctuation: start at the first term of the spam tail.
    let start = parts[k].start;
    const inner = gluedStart(line, parts[k].start, parts[k].end);
    // Only a real-text fragment (several characters before the first term) counts as glued.
    if (inner < parts[k].end && countContent(line, start, inner) >= 6) start = inner;
    else if (k > 0) {
      const prev = gluedStart(line, parts[k - 1].start, parts[k - 1].end);
      if (prev < parts[k - 1].end) start = prev;
    }
    while (start < line.length && /\s/.test(line[start])) start++;
    if (countContent(line, 0, start) === 0) return [{ reason: reasonFor(whole, spamCount, parts.length) }];
    return [
      {
        reason: `SEO spam glued to the end of a line: ${run.terms} spam terms in ${parts.length - k} items`,
        start,
        end: line.length,
      },
    ];
  },
};

/** The first term in [s, e) from which the rest of the item is mostly spam; `e` when there is none. */
function gluedStart(line: string, s: number, e: number): number {
  // Only the last few dozen characters: glued spam is short, and this keeps the scan linear.
  for (let i = Math.max(s, e - 80); i < e; i++) {
    if (termAt(line, i) === null) continue;
    const tail = score(line, i, e);
    if (spammy(tail) && tail.covered / tail.content >= 0.6) return i;
  }
  return e;
}

function reasonFor(s: Score, spamItems: number, total: number): string {
  if (total >= 3) return `SEO spam: ${spamItems} of ${total} items contain spam vocabulary`;
  return `SEO spam: ${Math.round((100 * s.covered) / s.content)}% of the text is spam vocabulary (${s.terms} terms)`;
}
