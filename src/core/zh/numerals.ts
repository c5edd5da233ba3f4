/**
 * Chinese numerals: the counting numerals of structure markers and dates (一 … 九十九, 一百 …),
 * digit-by-digit years (二〇二〇), circled digits, and the counting numeral written back.
 */
const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Every character that can be part of a counting numeral. */
export const NUMERAL_CHARS = `${Object.keys(DIGITS).join('')}十百`;

const NUMERAL_CODES = new Uint8Array(0x10000);
for (const ch of NUMERAL_CHARS) NUMERAL_CODES[ch.charCodeAt(0)] = 1;

/** True for a character that can be part of a counting numeral (a table: `in` on DIGITS was slow). */
export function isChineseNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && NUMERAL_CODES[ch.charCodeAt(0)] === 1;
}

/**
 * Value of a counting numeral (一 → 1, 十二 → 12, 二十 → 20, 一百零五 → 105), or null for anything
 * else: 0, two digits in a row (一二), a unit twice (十十), more than six characters.
 */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0 || text.length > 6) return null;
  let total = 0;
  let current = -1; // pending digit, -1 = none
  let sawHundred = false;
  let sawTen = false;
  for (const ch of text) {
    if ((ch === '零' || ch === '〇') && sawHundred && !sawTen && current < 0) continue; // 一百零五
    if (ch in DIGITS) {
      if (current >= 0) return null; // two digits in a row (一二) is not a numeral
      current = DIGITS[ch];
    } else if (ch === '百') {
      if (sawHundred || sawTen || current <= 0) return null;
      total += current * 100;
      current = -1;
      sawHundred = true;
    } else if (ch === '十') {
      if (sawTen) return null;
      total += (current < 0 ? (sawHundred ? -1 : 1) : current) * 10;
      if (current === 0) return null;
      if (current < 0 && sawHundred) return null;
      current = -1;
      sawTen = true;
    } else {
      return null;
    }
  }
  if (current > 0) total += current;
  if (current === 0 && !sawHundred) return null;
  return total > 0 ? total : null;
}

/** A number written digit by digit (二〇二〇 → 2020; O and Ｏ typed for 〇), or null. */
export function parseDigitString(text: string): number | null {
  if (text.length === 0) return null;
  let n = 0;
  for (const ch of text) {
    const d = ch === 'O' || ch === 'Ｏ' ? 0 : DIGITS[ch];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return n;
}

/** Arabic digits, a number written digit by digit, or a counting numeral → its value; else null. */
export function parseNumeral(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  return parseDigitString(text) ?? parseChineseNumeral(text);
}

/**
 * n (1 … 999) written as a counting numeral: 3 → 三, 10 → 十, 21 → 二十一, 105 → 一百零五,
 * 110 → 一百一十; anything else in Arabic digits. Other digit sets (Word's 壹贰/拾/佰) pass their own.
 */
export function formatChineseNumeral(n: number, digits = '〇一二三四五六七八九', ten = '十', hundred = '百'): string {
  if (n <= 0 || n >= 1000) return String(n);
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const o = n % 10;
  let out = h > 0 ? digits[h] + hundred : '';
  if (t > 0) out += (t === 1 && h === 0 ? '' : digits[t]) + ten;
  else if (h > 0 && o > 0) out += '零';
  return out + (o > 0 ? digits[o] : '');
}

/** ① … ⑳ (U+2460–2473) and ⑴ … ⒇ (U+2474–2487) → 1 … 20; else null. */
export function circledValue(ch: string): number | null {
  const code = ch.charCodeAt(0);
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
  if (code >= 0x2474 && code <= 0x2487) return code - 0x2474 + 1;
  return null;
}
