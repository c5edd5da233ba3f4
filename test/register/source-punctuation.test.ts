import { describe, expect, it } from 'vitest';
import {
  isFullWidthPunctuation,
  sourcePunctuation,
  sourcePunctuationNear,
  withSourcePunctuation,
} from '../../src/register/source-punctuation.js';
import { foldWidthText } from '../../src/core/zh/width.js';
import { parseInput } from '../../src/pipeline.js';
import { FULL_WIDTH_NOTICE } from './full-width-notice.js';

describe('sourcePunctuation (pure)', () => {
  it.each([
    ['one line', '做好意见征集,及时反馈。', '（一）做好意见征集，及时反馈。', 0, '做好意见征集，及时反馈。'],
    ['brackets and colon', '含(三公)经费:全部', '1．含（三公）经费：全部', 0, '含（三公）经费：全部'],
    [
      'across a line break the normaliser joined',
      '全面公开,细化到项;年底前',
      '（二）全面公开，\n细化到项；年底前',
      0,
      '全面公开，细化到项；年底前',
    ],
    ['across CRLF and an indent', '全面公开,细化到项', '全面公开，\r\n　　细化到项', 0, '全面公开，细化到项'],
    ['spaces between CJK dropped by normalisation', '脱贫攻坚,全面小康', '脱贫攻  坚，全面 小康', 0, '脱贫攻坚，全面小康'],
    ['script converted: chars differ, punctuation kept', '发展改革,统筹推进', '發展改革，統籌推進', 0, '发展改革，统筹推进'],
    ['a fragment the cleaner stripped', '各部门印發通知,按时', '各部门印發(fā)通知，按时', 0, '各部门印發通知，按时'],
    [
      'a task whose text starts far from its marker (a table on one line)',
      '甲乙丙丁,戊',
      `${'无关文字，'.repeat(30)}甲乙丙丁，戊`,
      0,
      '甲乙丙丁，戊',
    ],
    [
      'a text that skips another cell of its row',
      '整合平台 统一口径,及时',
      '整合平台\t县融媒体中心、县政府办公室\t统一口径，及时',
      0,
      '整合平台 统一口径，及时',
    ],
    ['half-width source unchanged', '做好征集,及时反馈。', '(一)做好征集,及时反馈。', 0, '做好征集,及时反馈。'],
    ['digits and letters stay half-width', 'IPv6改造,1次', 'ＩＰｖ６改造，１次', 0, 'IPv6改造，1次'],
    ['mixed source widths, each kept', '甲,乙;丙', '甲，乙;丙', 0, '甲，乙;丙'],
    ['starts at the offset given', '乙,丙', '甲，乙，丙\n乙，丙', 6, '乙，丙'],
    ['no start found: unchanged', '全然不同,的文字', '（一）另一段，文字', 0, '全然不同,的文字'],
  ])('%s', (_name, text, source, from, expected) => {
    expect(sourcePunctuation(text, source, from)).toBe(expected);
  });

  it('only ever puts a char back for its own full-width twin', () => {
    const source = FULL_WIDTH_NOTICE;
    for (const text of [
      '完善重大决策预公开制度,扩大公众参与范围;做好意见征集:及时反馈。',
      '任意文字,不在原文中;',
      '(县财政局)',
    ]) {
      const restored = sourcePunctuation(text, source, 0);
      expect(restored.length).toBe(text.length);
      expect(foldWidthText(restored)).toBe(text);
    }
  });

  it('tells punctuation from full-width digits and letters', () => {
    expect([...'，。；：（）！？％＋'].map((c) => isFullWidthPunctuation(c.charCodeAt(0)))).toEqual([
      true,
      false,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect([...'１Ａｚ,'].map((c) => isFullWidthPunctuation(c.charCodeAt(0)))).toEqual([false, false, false, false]);
  });

  it('finds a unit name near a task', () => {
    const source = '（一）甲。（各乡、镇（街道）负责）';
    expect(sourcePunctuationNear('各乡、镇(街道)', source, 0, source.length)).toBe('各乡、镇（街道）');
    expect(sourcePunctuationNear('县财政局', source, 0, source.length)).toBe('县财政局');
    expect(sourcePunctuationNear('别处(单位)', source, 0, source.length)).toBe('别处(单位)');
  });
});

describe('withSourcePunctuation on a parsed full-width notice', () => {
  const { register, clean } = parseInput(FULL_WIDTH_NOTICE, { path: 'notice.txt' });
  const shown = withSourcePunctuation(register, clean.sourceText);
  const tasks = shown.documents[0].tasks;

  it('keeps the register itself normalised', () => {
    const text = register.documents[0].tasks.map((t) => t.text).join('');
    expect(text).not.toMatch(/[，；：（）！]/);
    expect(text).toContain(',');
  });

  it('gives task texts, units and headings the source punctuation, also across lines', () => {
    expect(tasks.map((t) => t.text)).toEqual([
      '推进决策公开。完善重大决策预公开制度，扩大公众参与范围；做好意见征集：及时反馈。',
      '深化财政信息公开。全面公开部门预算、决算（含“三公”经费），细化到项级科目；年底前完成。',
      '整合政务新媒体，统一发布口径！',
    ]);
    expect(tasks[0].owners).toEqual(['各乡、镇（街道）']);
    expect(tasks[0].unitsText).toBe('（县政府办公室牵头，各乡、镇（街道）负责）');
    expect(shown.documents[0].sections[0].title).toBe('加强政策解读（重点工作）');
    expect(shown.documents[0].sections[0].sections[0].marker).toBe('（一）');
  });

  it('changes nothing but width', () => {
    const fold = (r: typeof register): string => foldWidthText(JSON.stringify(r));
    expect(fold(shown)).toBe(fold(register));
  });

  it('works on an HTML notice (against the text extracted from the page)', () => {
    const html = `<html><body><div class="content">${FULL_WIDTH_NOTICE.split('\n')
      .map((l) => `<p>${l}</p>`)
      .join('')}</div></body></html>`;
    const parsed = parseInput(html, { path: 'notice.html' });
    const texts = withSourcePunctuation(parsed.register, parsed.clean.sourceText).documents[0].tasks.map((t) => t.text);
    expect(texts[0]).toBe('推进决策公开。完善重大决策预公开制度，扩大公众参与范围；做好意见征集：及时反馈。');
    expect(texts.join('')).toContain('（含“三公”经费），');
  });
});
