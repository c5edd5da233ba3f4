import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seoSpam, STRONG, WEAK } from '../../src/clean/rules/seo-spam.js';
import { buildTermIndex, termAt } from '../../src/clean/term-scan.js';
import { countContent, isAsciiLetter } from '../../src/clean/text.js';

/**
 * The rule as first written: a generic term index, a string per term hit, and a fresh scan of
 * every item. The rule now scores all items in one scan of the line; it must say the same.
 */
const index = buildTermIndex([...STRONG, ...WEAK], true);
const strongSet = new Set(STRONG.map((t) => t.toLowerCase()));
const strongIndex = buildTermIndex(STRONG, true);

function refScore(text: string, start: number, end: number) {
  let strong = 0;
  let terms = 0;
  let covered = 0;
  let i = start;
  while (i < end) {
    const term = termAt(index, text, i);
    const latinOk = !term || !isAsciiLetter(term.charCodeAt(0)) || ((i === 0 || !isAsciiLetter(text.charCodeAt(i - 1))) && !isAsciiLetter(text.charCodeAt(i + term.length)));
    if (term && latinOk && i + term.length <= end) {
      if (strongSet.has(term.toLowerCase())) strong++;
      terms++;
      covered += term.length === 1 ? 0.5 : term.length;
      i += term.length;
    } else i++;
  }
  return { strong, terms, covered, content: countContent(text, start, end) };
}
type RefScore = ReturnType<typeof refScore>;

const spammy = (s: RefScore) => s.content > 0 && ((s.strong >= 1 && s.covered / s.content >= 0.4) || (s.terms >= 3 && s.covered / s.content >= 0.6));

function refItems(line: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    if ('|_。;!?)】'.includes(line[i])) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < line.length) out.push([start, line.length]);
  return out.filter(([s, e]) => countContent(line, s, e) > 0);
}

function refGluedStart(line: string, s: number, e: number): number {
  for (let i = Math.max(s, e - 80); i < e; i++) {
    if (!termAt(index, line, i)) continue;
    const tail = refScore(line, i, e);
    if (spammy(tail) && tail.covered / tail.content >= 0.6) return i;
  }
  return e;
}

function refMatch(line: string) {
  let mentions = false;
  for (let i = 0; i < line.length && !mentions; i++) mentions = termAt(strongIndex, line, i) !== null;
  if (!mentions) return [];
  const whole = refScore(line, 0, line.length);
  if (whole.terms < 4 || whole.strong === 0) return [];
  const parts = refItems(line);
  const flags = parts.map(([s, e], i) => {
    const sc = refScore(line, s, e);
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
  const run = refScore(line, parts[k][0], line.length);
  if (run.strong === 0 || run.terms < 4) return [];
  let start = parts[k][0];
  const inner = refGluedStart(line, parts[k][0], parts[k][1]);
  if (inner < parts[k][1] && countContent(line, start, inner) >= 6) start = inner;
  else if (k > 0) {
    const prev = refGluedStart(line, parts[k - 1][0], parts[k - 1][1]);
    if (prev < parts[k - 1][1]) start = prev;
  }
  while (start < line.length && /\s/.test(line[start])) start++;
  if (countContent(line, 0, start) === 0) {
    const reason =
      parts.length >= 3
        ? `SEO spam: ${spamCount} of ${parts.length} items contain spam vocabulary`
        : `SEO spam: ${Math.round((100 * whole.covered) / whole.content)}% of the text is spam vocabulary (${whole.terms} terms)`;
    return [{ reason }];
  }
  return [{ reason: `SEO spam glued to the end of a line: ${run.terms} spam terms in ${parts.length - k} items`, start, end: line.length }];
}

const words = [...STRONG, ...WEAK, 'AV', 'Av', 'aV', 'Java', 'avi', '政务公开', '工作要点', '各地区要抓好贯彻落实', '推进', '成人教育', '亚洲基础设施投资银行', '市政府办', '2019年'];
const separators = ['|', '| ', '_', ' ', '', '', '。', ';', '!', '?', ')', '】', ',', '，', '\t', '\u3000', 'x', '1'];
const keywordLine = fc
  .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), { maxLength: 40 })
  .map((pairs) => pairs.map(([w, s]) => w + s).join(''));

describe('seo-spam scores items from one scan of the line', () => {
  it('matches the per-item scan on keyword lines, glued spam and prose', () => {
    fc.assert(
      fc.property(fc.oneof(keywordLine, fc.tuple(fc.constantFrom('各地区要抓好贯彻落实', '加强政务公开。', 'Java培训'), keywordLine).map(([a, b]) => a + b)), (line) => {
        expect(seoSpam.match(line, {} as never)).toEqual(refMatch(line));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    '久久中文字幕人妻丝袜| 亚洲中文字幕无码一去台湾| 亚洲天堂中文字幕| 中文字幕精品亚洲无线码二区|',
    '亚洲AV日韩Av无码| 国产av精品| Java av 视频',
    '澳门娱乐城_百家乐_时时彩_真人棋牌在线',
    '各地区要抓好贯彻落实久久中文字幕人妻丝袜| 亚洲中文字幕无码| 国产精品无码|',
    '推动国产软件在政务系统中的应用,免费提供在线服务。',
    '午夜】无码】人妻】丝袜】',
  ])('%s', (line) => {
    expect(seoSpam.match(line, {} as never)).toEqual(refMatch(line));
  });
});
