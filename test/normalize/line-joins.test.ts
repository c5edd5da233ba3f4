import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { readSeedText } from '../seeds.js';
import { describe, expect, it } from 'vitest';
import { joinBrokenLines, normalizeText, startsWithMarker } from '../../src/normalize/index.js';
import { identity, toSource } from '../../src/core/source-map.js';

const join = (text: string): string => joinBrokenLines(identity(text)).text;
const LONG = '完善政务服务制度和流程,规范和完善办事指南,列明依据条件、流程时限、收费标准、注意事项和办理结果';

describe('joinBrokenLines', () => {
  it.each([
    [
      'ends with ; (seed 001)',
      '列明收费标准、注意事项等;\n明确需提交材料的名称。',
      '列明收费标准、注意事项等;明确需提交材料的名称。',
    ],
    ['ends with full-width ;', '注意事项等;\n明确材料。', '注意事项等;明确材料。'],
    [
      '; before a numbered item stays',
      '1.本单位职能等信息;\n2.本单位印发的规范性文件;',
      '1.本单位职能等信息;\n2.本单位印发的规范性文件;',
    ],
    ['ends with a comma', '各地各部门要结合实际,\n认真抓好落实。', '各地各部门要结合实际,认真抓好落实。'],
    ['date broken into pieces', '2019\n年\n6\n月\n12\n日', '2019年6月12日'],
    ['date pieces then a sentence', '2019\n年\n6\n月\n12\n日\n\n一、总体要求', '2019年6月12日\n\n一、总体要求'],
    ['word broken inside 《》', '认真落实《政\n府部门权责清单》', '认真落实《政府部门权责清单》'],
    ['annotation broken inside brackets', '及时调整更新。(市政管局\n牵头落实)', '及时调整更新。(市政管局牵头落实)'],
    ['number broken before its unit', '杭政办函〔2018〕84\n号', '杭政办函〔2018〕84号'],
    ['long line cut mid-sentence', `${LONG}\n等内容。`, `${LONG}等内容。`],
    ['long line ending with 。 stays', `${LONG}。\n下一段。`, `${LONG}。\n下一段。`],
    ['long line ending with an annotation stays', `${LONG}(市政管局牵头落实)\n下一段。`, `${LONG}(市政管局牵头落实)\n下一段。`],
    [
      'title line before its preamble stays',
      '2019年黄冈市政务公开工作实施方案\n2019年全市政务公开工作的总体要求是,以习近平新时代中国特色社会主义思想为指导。',
      '2019年黄冈市政务公开工作实施方案\n2019年全市政务公开工作的总体要求是,以习近平新时代中国特色社会主义思想为指导。',
    ],
    [
      'broken notice title left to segment (seed 003)',
      '杭州市人民政府办公厅关于印发\n2018年杭州市政务公开工作要点的通知',
      '杭州市人民政府办公厅关于印发\n2018年杭州市政务公开工作要点的通知',
    ],
    [
      'heading followed by its body stays',
      '(一)清单式公开\n持续推进清单式公开,向公众交上明白账。',
      '(一)清单式公开\n持续推进清单式公开,向公众交上明白账。',
    ],
    [
      'long heading without 。 stays',
      '一、巩固完善制度机制,优化制作审查流程,不断提高政府信息公开工作水平和政务服务能力\n各区要切实加强组织领导。',
      '一、巩固完善制度机制,优化制作审查流程,不断提高政府信息公开工作水平和政务服务能力\n各区要切实加强组织领导。',
    ],
    ['a blank line separates', '注意事项等;\n\n明确材料。', '注意事项等;\n\n明确材料。'],
    [
      'line ending with : stays',
      '各区、县(市)人民政府,市政府各部门:\n现将方案印发给你们。',
      '各区、县(市)人民政府,市政府各部门:\n现将方案印发给你们。',
    ],
    [
      'table rows are never joined',
      '1\t制定清单,\t市政管局\n2\t规范清单\t市财政局',
      '1\t制定清单,\t市政管局\n2\t规范清单\t市财政局',
    ],
    [
      'ASCII words joined with a space',
      'Produced By 大汉网络 大汉版通发布系统 and more words here to make it long Hanweb\nsystem',
      'Produced By 大汉网络 大汉版通发布系统 and more words here to make it long Hanweb system',
    ],
    [
      'one stray ( far back does not swallow the next line',
      `(${LONG}${LONG}${LONG}。\n下一段。`,
      `(${LONG}${LONG}${LONG}。\n下一段。`,
    ],
    ['marker kinds stop a join', '甲;\n(1)乙\n丙;\n①丁\n戊;\n第三条 己', '甲;\n(1)乙\n丙;\n①丁\n戊;\n第三条 己'],
    [
      'a marker alone on its line heads the next line',
      '1.\n建立绿地巡查台账\n（二）\n强化养护考核\n三、\n保障措施',
      '1.建立绿地巡查台账\n（二）强化养护考核\n三、保障措施',
    ],
    ['a marker alone before another marker stays', '1.\n2.开展普查', '1.\n2.开展普查'],
    ['a lone 0. joined with its number is read as that number, not a marker', '《\n3.\n5倍', '《3.5倍'],
  ])('%s', (_name, input, expected) => {
    expect(join(input)).toBe(expected);
  });

  it('joins the ;-broken paragraphs of seed 001 and keeps its numbered lists', () => {
    const seed = readFileSync(new URL('../../fixtures/seed-001-content-farm-compilation/input.txt', import.meta.url), 'utf8');
    const out = joinBrokenLines(normalizeText(identity(seed))).text.split('\n');
    expect(out).toContain(
      '1.加强实体政务服务大厅规范化建设。完善政务服务制度和流程,规范和完善办事指南,列明依据条件、流程时限、收费标准、注意事项等;明确需提交材料的名称、依据、格式、份数、签名签章等要求,并提供规范表格、填写说明和示范文本。',
    );
    expect(out).toContain('1.本单位职能、领导成员分工、内设机构设置、主要联系方式等信息;');
    expect(out).toContain('2.本单位印发的规范性文件、负责实施和监督实施的有关法律、法规和规范性文件;');
    expect(out.filter((l) => l.startsWith('【篇'))).toHaveLength(3);
  });

  it.each(['000_b8becd59a2cbc9aa', '002_1f4bb2617c1968ca', '003_f6e836a7c1703721', '004_997beea5d328a63b'])(
    'seed %s has no broken lines to join',
    (name) => {
      const text = normalizeText(identity(readSeedText(name))).text;
      expect(join(text)).toBe(text);
    },
  );

  it('maps every output char back to its source char (property)', () => {
    const alphabet = fc.constantFrom('政', '务', '1', '2', 'a', ';', ',', '。', '年', '《', '》', '(', ')', '\n', '\n', '一、');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')),
        (source) => {
          const out = joinBrokenLines(identity(source));
          for (let i = 0; i < out.text.length; i++) {
            const ch = out.text[i];
            const src = source[toSource(out.map, i)];
            if (ch !== src && !(ch === ' ' && src === '\n')) throw new Error(`${i}: ${ch} ≠ ${src}`);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('composes with the input map', () => {
    const source = '甲乙丙;\n\n丁;\n戊。';
    const first = normalizeText(identity(source));
    const out = joinBrokenLines(first);
    expect(out.text).toBe('甲乙丙;\n\n丁;戊。');
    expect(toSource(out.map, out.text.indexOf('戊'))).toBe(source.indexOf('戊'));
  });

  // Timing of these inputs is in `npm run bench` (hostile rows long-line, split-brackets, semicolon-lines), not here.
  it('handles 5 MB on one line, 1 MB of brackets split over two lines and 300,000 short lines', () => {
    const line = '政务公开(市政管局牵头落实);'.repeat(350_000);
    const brackets = '('.repeat(500_000) + '\n' + ')'.repeat(500_000);
    const lines = '甲;\n'.repeat(300_000);
    expect(join(line)).toBe(line);
    expect(join(brackets)).toBe('('.repeat(500_000) + ')'.repeat(500_000));
    expect(join(lines)).toBe('甲;'.repeat(300_000) + '\n');
  });
});

describe('startsWithMarker', () => {
  it.each([
    ['一、总体要求', true],
    ['(一)清单式公开', true],
    ['(十二)', true],
    ['1.依法', true],
    ['3. 规范', true],
    ['1、加强', true],
    ['(1)以', true],
    ['①以', true],
    ['第三条', true],
    ['【篇二】', true],
    ['2019年', false],
    ['12.4国家宪法日', false],
    ['1.5亿元', false],
    ['市政管局', false],
    ['(市政管局牵头)', false],
  ])('%s → %s', (line, expected) => {
    expect(startsWithMarker(line)).toBe(expected);
  });
});
