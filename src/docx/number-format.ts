/**
 * Word's list number formats (w:numFmt), so an automatically numbered paragraph keeps the marker
 * Word would print: chineseCounting 3 → 三, decimalEnclosedCircle 3 → ③.
 */
import { formatChineseNumeral, toFullWidth } from '../core/zh/index.js';

const DIGITS = '〇一二三四五六七八九';
const LEGAL = '零壹贰叁肆伍陆柒捌玖';
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

function letters(n: number, base: string): string {
  let out = '';
  for (let v = n; v > 0; v = Math.floor((v - 1) / 26)) out = base[(v - 1) % 26] + out;
  return out;
}

const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function roman(n: number): string {
  let out = '';
  let v = n;
  for (const [value, symbol] of ROMAN) for (; v >= value; v -= value) out += symbol;
  return out;
}

function enclosed(n: number, first: number, count: number): string {
  return n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : String(n);
}

/** The number n written in Word's format; unknown formats fall back to decimal. */
export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return formatChineseNumeral(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return Array.from(String(n), (d) => DIGITS[Number(d)]).join('');
    case 'chineseLegalSimplified':
      return formatChineseNumeral(n, LEGAL, '拾', '佰');
    case 'ideographTraditional':
      return STEMS[(n - 1 + STEMS.length * 100) % STEMS.length];
    case 'ideographZodiac':
      return BRANCHES[(n - 1 + BRANCHES.length * 100) % BRANCHES.length];
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosed(n, 0x2460, 20);
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474, 20);
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488, 20);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return toFullWidth(String(n));
    case 'upperLetter':
      return letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'none':
      return '';
    default:
      return String(n);
  }
}
