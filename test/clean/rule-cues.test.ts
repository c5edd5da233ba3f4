import { describe, expect, it } from 'vitest';
import { isSpaceAt, trimSpans } from '../../src/clean/engine.js';
import { cmsFooter } from '../../src/clean/rules/cms-footer.js';
import { farmHeader } from '../../src/clean/rules/farm-header.js';
import type { LineContext } from '../../src/clean/types.js';

/*
 * cms-footer and farm-header skip their big patterns on lines without a cue word. The cue is built
 * from the same phrase list as the pattern (src/core/phrases.ts, tested in test/core), so it
 * cannot miss a phrase; these tests read the rules' decisions on lines near their edges.
 */
const ctx: LineContext = { lines: [], index: 0, memo: new Map() };
const reasons = (rule: typeof cmsFooter, line: string) =>
  rule.match(line, ctx).map((h) => ('start' in h ? [h.reason, h.start] : [h.reason]));

describe('cms-footer and farm-header on lines near their edges', () => {
  it.each<[string, string, unknown[]]>([
    ['cms-footer', 'POWERED\tby 某某网络', [['Site footer (CMS credit, copyright or site operator)']]],
    ['cms-footer', '技术支持 :某某公司', [['Site footer (CMS credit, copyright or site operator)']]],
    ['cms-footer', '建议使用IE9以上版本浏览器', [['Site footer (CMS credit, copyright or site operator)']]],
    ['cms-footer', '主办单位要做好会议组织工作', []],
    ['cms-footer', '技术支持单位要加强服务', []],
    [
      'cms-footer',
      '推进政务公开工作。'.repeat(12) + '主办:某某市人民政府办公室 技术支持:某某网络',
      [['Site footer glued to the end of a line', 108]],
    ],
    ['farm-header', '本文关键词:工作要点', [['Content-farm intro: "compiled for you, for reference" boilerplate']]],
    ['farm-header', '本文件自印发之日起施行。', []],
    ['farm-header', '加强政务公开工作。以上内容仅供参考', [['Content-farm outro glued to the text', 9]]],
    ['farm-header', '点击下载WORD文档', [['Content-farm intro: "compiled for you, for reference" boilerplate']]],
    ['farm-header', '某市2021年工作要点【精选3篇】', [['Content-farm collection title']]],
    ['farm-header', '某市2021年工作要点范本', []],
  ])('%s: %s', (id, line, expected) => {
    expect(reasons(id === 'cms-footer' ? cmsFooter : farmHeader, line)).toEqual(expected);
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
