/** The Chinese-text toolkit: character classes, width folding, numerals and script folding, one home each. */
export { countHan, isCjkText, isHan, isHanIdeograph, isHanScript, isRegexSpace, isSpaceLike, isZeroWidth } from './chars.js';
export { foldWidth, foldWidthText, toFullWidth } from './width.js';
export {
  circledValue,
  formatChineseNumeral,
  isChineseNumeralChar,
  NUMERAL_CHARS,
  parseChineseNumeral,
  parseDigitString,
  parseNumeral,
} from './numerals.js';
export { foldScript, foldScriptCode, SIMPLIFIED_ONLY, TRADITIONAL_ONLY, TRADITIONAL_VARIANTS } from './script.js';
