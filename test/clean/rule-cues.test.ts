import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cmsFooter } from '../../src/clean/rules/cms-footer.js';
import { farmHeader } from '../../src/clean/rules/farm-header.js';
import { icp } from '../../src/clean/rules/icp.js';
import { isSpaceAt, trimSpans } from '../../src/clean/engine.js';
import type { CleanRule, LineContext } from '../../src/clean/types.js';
import { cmsFooterOracle, farmHeaderOracle, icpOracle } from './rule-cues-oracle.js';
import { readSeed, SEEDS } from './helpers.js';

/*
 * cms-footer, farm-header and icp skip their big regexes on lines without the characters every
 * match holds, and spell ASCII words letter by letter instead of the i flag. The rules as they
 * were (rule-cues-oracle.ts) must give the same hits on every line.
 */
const pieces = [
  // footer phrases, cut and in every case
  'Produced By', 'produced  by', 'PRODUCED\tBY', 'Powered By', 'powered by', 'POWERED BY', 'Produced', 'Powered', 'By', 'by', 'BY',
  'Copyright', 'COPYRIGHT', 'copyright', 'CopyRight', 'Copy', 'right', 'y', 'Y', '©', '版权所有', '版權所有', '版权', '所有',
  '网站标识码', '網站標識碼', '标识码', '识', '公网安备', '公網安備', '安备', '备', '備', '技术支持', '技術支持', '主办单位', '主辦單位',
  '主办', '主辦', '承办单位', '承辦單位', '承办', '承辦', '协办单位', '协办', '维护单位', '維護單位', '运行维护', '网站管理', '网站维护',
  ':', ' :', '  ', '主办单位 :', '技术支持  :', '网站维护\t:', '承办\u3000:', '建议使用', '浏览器', '最佳浏览', '分辨率浏览', '浏览', '览', '联系我们', '网站地图', '隐私政策', '纠错',
  // ICP
  'ICP', 'icp', 'Icp', 'iCP', 'ICP备', 'ICP證', 'ICP许可', 'ICP 1', 'IC', 'P',
  // farm phrases and their cues
  '小编', '小編', '小', '编', '为大家整理的', '為您精心整理了的', '为你推荐的', '供大家参考', '供您學習', '仅供参考', '僅供參考', '希望能对大家',
  '希望幫到你', '欢迎阅读', '欢迎大家阅读', '本文', '本文是', '本文来源于', '文章来源于网络', '如有侵权', '侵删', '全文共123字', '全文共',
  '阅读本文大约需要', '阅读本文需要', '展开全文', '点击下载word', '免费下载WORD', '点击下载Word文档', '下载', '大家', '您', '你', '文章',
  '篇', '3篇', '(精选5篇)', '范文', '範文', '模板', '大全', '合集', '】', ')', ']',
  // prose
  '加强网站地图建设', '主办单位要做好会议组织工作', '推进政务公开', '。', ',', ';', '!', '?', '“', '”', '\t', ' ', 'a', '1',
];
const cjk = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c));
const piece = fc.oneof({ weight: 10, arbitrary: fc.constantFrom(...pieces) }, { weight: 2, arbitrary: cjk });
const lineArb = fc.array(piece, { maxLength: 40 }).map((ps) => ps.join(''));
const NUM_RUNS = Number(process.env.RULE_CUES_RUNS ?? 3000);

const ctx: LineContext = { lines: [], index: 0, memo: new Map() };
const pairs: Array<[CleanRule, CleanRule]> = [[cmsFooter, cmsFooterOracle], [farmHeader, farmHeaderOracle], [icp, icpOracle]];

function expectSame(line: string): void {
  for (const [rule, oracle] of pairs) {
    const got = rule.match(line, ctx);
    const want = oracle.match(line, ctx);
    if (JSON.stringify(got) !== JSON.stringify(want)) expect({ rule: rule.id, line, got }).toEqual({ rule: rule.id, line, got: want });
  }
}

describe('rules with cue prefilters agree with the rules as they were', () => {
  it('on generated lines (short, long, glued to prose)', () => {
    fc.assert(fc.property(lineArb, (l) => expectSame(l)), { numRuns: NUM_RUNS });
    fc.assert(fc.property(lineArb, lineArb, (a, b) => expectSame('推进政务公开工作。'.repeat(12) + a + b)), { numRuns: NUM_RUNS });
  });

  it('on every line of the seeds', () => {
    for (const name of SEEDS) for (const line of readSeed(name).split(/\r?\n/)) expectSame(line.trim());
  });
});

describe('isSpaceAt', () => {
  it('is /\\s/ on every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isSpaceAt(ch, 0) !== /\s/.test(ch)) expect([c, isSpaceAt(ch, 0)]).toEqual([c, /\s/.test(ch)]);
    }
  });

  it('trims what trimSpans trimmed', () => {
    expect(trimSpans(' \u3000a b\u00a0\t', [[0, 7]])).toEqual([[2, 5]]);
    expect(trimSpans('  ', [[0, 2]])).toEqual([]);
  });
});
