const DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/**
 * Arabic or Chinese numeral → number, or null. Chinese: 十月 → 10, 二十一 → 21, 一百 → 100, and
 * digit-by-digit years (二〇二〇 → 2020).
 */
export function parseNumeral(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (text.length === 0) return null;
  if (!/[十百千]/.test(text)) {
    let n = 0;
    for (const ch of text) {
      const d = DIGITS[ch];
      if (d === undefined) return null;
      n = n * 10 + d;
    }
    return n;
  }
  let total = 0;
  let current = 0;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) current = d;
    else if (ch === '十' || ch === '百' || ch === '千') {
      const unit = ch === '十' ? 10 : ch === '百' ? 100 : 1000;
      total += (current === 0 ? 1 : current) * unit;
      current = 0;
    } else return null;
  }
  return total + current;
}
