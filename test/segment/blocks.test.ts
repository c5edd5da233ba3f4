import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../src/segment/blocks.js';

function markers(text: string): string[] {
  return splitBlocks(text).map((b) => (b.marker ? b.marker.marker : '·') + text.slice(b.bodyStart, b.end).slice(0, 4));
}

describe('splitBlocks', () => {
  it.each([
    // one line per item
    ['一、总体\n(一)清单\n1.依法公开。\n2.做好公开。', ['一、总体', '(一)清单', '1.依法公开', '2.做好公开']],
    // the whole body on one line: cut after sentence ends and closing brackets
    [
      '一、总体要求。(一)清单式公开。1.依法公开。(市政管局牵头)2.做好公开。(市编办牵头)二、围绕中心',
      ['一、总体要求', '(一)清单式公', '1.依法公开', '2.做好公开', '二、围绕中心'],
    ],
    // a marker glued to a short heading without punctuation
    ['一、讲求实效,压实方法(一)清单式公开持续推进。1.依法公开。', ['一、讲求实效', '(一)清单式公', '1.依法公开']],
    // dates and numbers are not markers, even after a sentence end
    ['1.开展“12.4”国家宪法日活动。2017年10月底前完成。1.5亿元。', ['1.开展“1']],
    // an inline list after `:` stays in the item's text, across `;` line breaks
    [
      '(五)优化机制。以下2种途径:1.当面提出申请;\n2.以传真形式提出申请。同时,优化。\n(六)加强',
      ['(五)优化机制', '·2.以传', '(六)加强'],
    ],
    // line-initial items after a line ending in `:` are items
    ['(二)制作以下信息:\n1.本单位职能;\n2.本单位文件。', ['(二)制作以下', '1.本单位职', '2.本单位文']],
    // unnumbered paragraphs stay blocks of their own
    ['(三)围绕预期加强解读。\n牢牢把握要求。(责任单位:市发改委)', ['(三)围绕预期', '·牢牢把握']],
  ])('%s', (text, expected) => {
    expect(markers(text)).toEqual(expected);
  });

  it.each([
    // the next number after a space, after a bare unit name, after an unfinished 责任单位 label
    [
      '一、任务分工 (一)强化巡查 1.建立台账。 责任单位:县水务局牵头,各镇人民政府负责 2.排查隐患。 责任单位:县应急管理局 二、工作要求 (一)加强领导。',
      ['一、任务分工', '(一)强化巡查', '1.建立台账', '2.排查隐患', '二、工作要求', '(一)加强领导'],
    ],
    ['1.清理河道。区园林处2.修剪树木。区绿化办3.补植苗木。', ['1.清理河道', '2.修剪树木', '3.补植苗木']],
    // level-3 numbering running on across level-2 sections
    [
      '(一)巡查 1.建台账。县水务局 2.查隐患。县应急局 (二)考核 3.季度考评。县督查室',
      ['(一)巡查', '1.建台账。', '2.查隐患。', '(二)考核', '3.季度考评'],
    ],
    // not the next number, or glued to a number or an ordinal word: text
    ['1.做好第二、第三批次验收 2.开展十二、十三号线巡查', ['1.做好第二', '2.开展十二']],
    ['一、总体 1.落实第(二)项要求,推进3.完成。', ['一、总体', '1.落实第(']],
    ['(一)总体 1.对照第一部分(二)要求,按附件2.填报。', ['(一)总体', '1.对照第一']],
    // a first child counts after a space only
    ['一、总体要求 (一)工作目标。推进统一、规范。(二)主要任务', ['一、总体要求', '(一)工作目标', '(二)主要任务']],
  ])('expected numbers: %s', (text, expected) => {
    expect(markers(text)).toEqual(expected);
  });

  it.each([
    // a first 一、 glued to the header row of a flattened task table opens the body; the header
    // run becomes a block of its own, cut off the title
    [
      '2026年防汛工作任务清单序号工作任务责任部门完成时限一、落实责任(一)压实包保1.建立台账。',
      ['·2026', '·序号工作', '一、落实责任', '(一)压实包保', '1.建立台账'],
    ],
    ['某镇垃圾分类任务分解表重点任务具体措施牵头部门配合/责任部门一、源头减量', ['·某镇垃圾', '·重点任务', '一、源头减量']],
    // no header word, no plan noun: text
    ['推进统一、规范的公开,做到唯一、权威。', ['·推进统一']],
  ])('header run: %s', (text, expected) => {
    expect(markers(text)).toEqual(expected);
  });

  // Its time on such lines is in `npm run bench` (hostile rows: long-line, markers).
  it('keeps offsets of the text on a long single line', () => {
    const item = '做好信息公开工作。(市政管局牵头落实)';
    const text = Array.from({ length: 20000 }, (_, i) => `${(i % 9) + 1}.${item}`).join('');
    const blocks = splitBlocks(text);
    expect(blocks).toHaveLength(20000);
    expect(text.slice(blocks[1].start, blocks[1].end)).toBe(`2.${item}`);
  });
});
