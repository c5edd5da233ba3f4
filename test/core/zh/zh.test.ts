import { describe, expect, it } from 'vitest';
import {
  circledValue,
  countHan,
  foldScript,
  foldScriptCode,
  foldWidth,
  foldWidthText,
  formatChineseNumeral,
  isChineseNumeralChar,
  isCjkText,
  isHan,
  isHanIdeograph,
  isHanScript,
  isRegexSpace,
  isSpaceLike,
  isZeroWidth,
  NUMERAL_CHARS,
  parseChineseNumeral,
  parseDigitString,
  parseNumeral,
  SIMPLIFIED_ONLY,
  toFullWidth,
  TRADITIONAL_ONLY,
  TRADITIONAL_VARIANTS,
} from '../../../src/core/zh/index.js';

/**
 * The Chinese-text toolkit as one table of examples per question: each row is a character or a
 * text and what every class, fold and parser says of it.
 */
const code = (ch: string): number => ch.codePointAt(0)!;

describe('character classes', () => {
  // char, isHanIdeograph, isHan, isCjkText, isHanScript
  it.each([
    ['中', true, true, true, true],
    ['㐀', true, true, true, true], // Extension A
    ['\uf900', false, true, true, true], // compatibility ideograph 豈
    ['〇', false, true, true, true], // 二〇二〇年
    ['𠀋', false, false, true, true], // astral: a script question; isCjkText sees its high surrogate
    ['々', false, false, true, true], // iteration mark: Han script, CJK punctuation block
    ['⺀', false, false, false, true], // CJK radical
    ['、', false, false, true, false],
    ['“', false, false, true, false],
    ['…', false, false, true, false],
    ['，', false, false, false, false], // U+FF0C: full-width block, folded to ',' before the question is asked
    ['a', false, false, false, false],
    ['1', false, false, false, false],
    ['ā', false, false, false, false],
    ['ア', false, false, false, false],
  ])('%s: ideograph %s, Han %s, CJK text %s, Han script %s', (ch, ideograph, han, cjkText, hanScript) => {
    expect(isHanIdeograph(code(ch))).toBe(ideograph);
    expect(isHan(code(ch))).toBe(han);
    expect(isCjkText(ch.charCodeAt(0))).toBe(cjkText);
    expect(isHanScript(code(ch))).toBe(hanScript);
  });

  // char, /\s/, space-like (one ASCII space), zero-width (dropped)
  it.each([
    [' ', true, true, false],
    ['\t', true, false, false],
    ['\n', true, false, false],
    ['\u00a0', true, true, false],
    ['\u3000', true, true, false],
    ['\u2003', true, true, false],
    ['\u200b', false, false, true],
    ['\u2060', false, false, true],
    ['\ufeff', true, false, true],
    ['\u2028', true, false, false],
    ['中', false, false, false],
  ])('%j: regex space %s, space-like %s, zero-width %s', (ch, regexSpace, spaceLike, zeroWidth) => {
    expect(isRegexSpace(code(ch))).toBe(regexSpace);
    expect(isRegexSpace(code(ch))).toBe(/\s/.test(ch));
    expect(isSpaceLike(code(ch))).toBe(spaceLike);
    expect(isZeroWidth(code(ch))).toBe(zeroWidth);
  });

  it('counts the ideographs of the two big blocks', () => {
    expect(countHan('关于印发2024年工作要点的通知 (ABC)')).toBe(12);
    expect(countHan('')).toBe(0);
  });
});

describe('width', () => {
  it.each([
    ['（市政管局牵头落实）', '(市政管局牵头落实)'],
    ['１．Ａ１：', '1.A1:'],
    ['。、“”《》〔〕【】…—', '。、“”《》〔〕【】…—'], // no ASCII twin: kept
    ['a\u3000b', 'a b'],
  ])('%s folds to %s, same length', (text, folded) => {
    expect(foldWidthText(text)).toBe(folded);
    expect(foldWidthText(text)).toHaveLength(text.length);
  });

  it.each([
    [0xff01, 0x21],
    [0xff5e, 0x7e],
    [0xff00, 0xff00],
    [0xff5f, 0xff5f],
    [0x3000, 0x3000],
  ])('foldWidth(%i) = %i', (from, to) => {
    expect(foldWidth(from)).toBe(to);
  });

  it.each([
    ['12', '１２'],
    ['(3)', '（３）'],
    ['中 1', '中 １'],
  ])('%s written full-width is %s, and folds back', (text, wide) => {
    expect(toFullWidth(text)).toBe(wide);
    expect(foldWidthText(wide)).toBe(text);
  });
});

describe('numerals', () => {
  // text, parseChineseNumeral (counting numerals), parseNumeral (also Arabic and digit by digit)
  it.each([
    ['一', 1, 1],
    ['九', 9, 9],
    ['十', 10, 10],
    ['十一', 11, 11],
    ['一十', 10, 10],
    ['二十', 20, 20],
    ['两', 2, 2],
    ['九十九', 99, 99],
    ['一百', 100, 100],
    ['一百零五', 105, 105],
    ['一百〇五', 105, 105],
    ['一百一十', 110, 110],
    ['三百四十五', 345, 345],
    ['二〇二〇', null, 2020],
    ['二零一九', null, 2019],
    ['二O二三', null, 2023], // Latin O typed for 〇
    ['一二', null, 12],
    ['〇', null, 0],
    ['零', null, 0],
    ['2024', null, 2024],
    ['十十', null, null],
    ['百', null, null],
    ['二十二十', null, null],
    ['十二百', null, null],
    ['一百十', null, null],
    ['甲', null, null],
    ['', null, null],
    ['十十十十十十十', null, null],
  ])('%j: counting %s, numeral %s', (text, counting, numeral) => {
    expect(parseChineseNumeral(text)).toBe(counting);
    expect(parseNumeral(text)).toBe(numeral);
  });

  it.each([
    ['二〇二〇', 2020],
    ['二ＯＯ八', 2008],
    ['十', null],
    ['2020', null],
    ['', null],
  ])('%j digit by digit is %s', (text, n) => {
    expect(parseDigitString(text)).toBe(n);
  });

  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [21, '二十一'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [999, '九百九十九'],
  ])('%i is written %s and read back', (n, han) => {
    expect(formatChineseNumeral(n)).toBe(han);
    expect(parseChineseNumeral(han)).toBe(n);
  });

  it.each([
    [0, '0'],
    [1000, '1000'],
    [-3, '-3'],
  ])('%i stays in Arabic digits', (n, text) => {
    expect(formatChineseNumeral(n)).toBe(text);
  });

  it('writes other digit sets (Word legal numerals)', () => {
    expect(formatChineseNumeral(112, '零壹贰叁肆伍陆柒捌玖', '拾', '佰')).toBe('壹佰壹拾贰');
  });

  it('reads back every number it writes', () => {
    for (let n = 1; n < 1000; n++) expect(parseChineseNumeral(formatChineseNumeral(n))).toBe(n);
  });

  it.each([
    ['①', 1],
    ['⑳', 20],
    ['⑴', 1],
    ['⒇', 20],
    ['⒈', null],
    ['1', null],
  ])('%s is circled %s', (ch, n) => {
    expect(circledValue(ch)).toBe(n);
  });

  it('names the characters of a counting numeral', () => {
    for (const ch of NUMERAL_CHARS) expect(isChineseNumeralChar(ch)).toBe(true);
    for (const ch of ['千', '兩', '1', '甲', '', '一二', undefined]) expect(isChineseNumeralChar(ch)).toBe(false);
  });
});

describe('script folding', () => {
  it.each([
    ['牽頭單位', '牵头单位'],
    ['負責落實', '负责落实'],
    ['不低於', '不低于'], // simplified form also a traditional character: folded, no evidence
    ['發展後', '发展后'],
    ['爲民服務', '为民服务'], // variant form
    ['備註', '备注'],
    ['牵头单位', '牵头单位'], // simplified text as it is
    ['2020年內完成', '2020年内完成'],
  ])('%s folds to %s', (text, folded) => {
    expect(foldScript(text)).toBe(folded);
  });

  it('keeps the length and the characters it does not know', () => {
    const text = '𠀋於abc（一）';
    expect(foldScript(text)).toBe('𠀋于abc（一）');
    expect(foldScript(text)).toHaveLength(text.length);
    expect(foldScriptCode(code('a'))).toBe(code('a'));
  });

  it('has one simplified form per traditional character, and the evidence lists are aligned', () => {
    expect(Array.from(SIMPLIFIED_ONLY)).toHaveLength(Array.from(TRADITIONAL_ONLY).length);
    Array.from(TRADITIONAL_ONLY).forEach((t, i) => expect(String.fromCharCode(foldScriptCode(code(t)))).toBe(SIMPLIFIED_ONLY[i]));
    for (const ch of SIMPLIFIED_ONLY) expect(foldScriptCode(code(ch))).toBe(code(ch));
    for (const ch of TRADITIONAL_VARIANTS) expect(foldScriptCode(code(ch))).not.toBe(code(ch));
    const simplified = new Set(SIMPLIFIED_ONLY);
    for (const ch of TRADITIONAL_ONLY + TRADITIONAL_VARIANTS) expect(simplified.has(ch)).toBe(false);
  });
});
