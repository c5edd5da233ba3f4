/** Written dates → ISO: `2018年6月19日`, `二〇一八年六月十九日`, `2019-05-17 09:15`. */
import { parseChineseNumeral, parseDigitString } from '../core/zh/index.js';

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1949 || y > 2100) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function cnYear(text: string): number | null {
  return text.length === 4 ? parseDigitString(text) : null;
}

function num(text: string): number | null {
  if (/^\d{1,4}$/.test(text)) return Number(text);
  return parseChineseNumeral(text);
}

const DATE_LINE =
  /^([0-9]{4}|[〇零Ｏ一二三四五六七八九]{4})\s*年\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9]{1,2}|[一二三四五六七八九十]{1,4})\s*日$/;

/** ISO date when the whole string is a 成文日期 (`2018年6月19日`), else null. */
export function parseDateLine(text: string): string | null {
  const m = DATE_LINE.exec(text.trim());
  if (!m) return null;
  const y = /^\d/.test(m[1]) ? Number(m[1]) : cnYear(m[1]);
  const mo = num(m[2]);
  const d = num(m[3]);
  return y !== null && mo !== null && d !== null ? iso(y, mo, d) : null;
}

const ANY_DATE = /(\d{4})\s*(?:年|-|\/|\.)\s*(\d{1,2})\s*(?:月|-|\/|\.)\s*(\d{1,2})/;

/** ISO date of the first numeric date anywhere in the string (page metadata), else null. */
export function findIsoDate(text: string): string | null {
  const m = ANY_DATE.exec(text);
  return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** The first `20xx年` / `19xx年` year in a string, else null. */
export function findYear(text: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(text);
  if (m) return Number(m[1]);
  const c = /([〇零一二三四五六七八九]{4})年/.exec(text);
  return c ? cnYear(c[1]) : null;
}
