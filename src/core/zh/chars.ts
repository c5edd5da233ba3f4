/**
 * Character classes of Chinese text, by char code: hot loops test one char at a time, and a regex
 * test on a one-character string costs a string per char.
 */

/** The two big blocks of CJK ideographs: URO U+4E00–9FFF and Extension A U+3400–4DBF. */
export function isHanIdeograph(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** A Han character of the BMP: the two big blocks, compatibility ideographs U+F900–FAFF, and 〇 (二〇二〇年). */
export function isHan(code: number): boolean {
  return isHanIdeograph(code) || (code >= 0xf900 && code <= 0xfaff) || code === 0x3007;
}

let hanScript: RegExp | undefined;

/**
 * Whether a code point is of the Han script. The two big blocks are decided by range; any other
 * code point by \p{Script=Han}, built on first need (docs/performance.md).
 */
export function isHanScript(codePoint: number): boolean {
  if (isHanIdeograph(codePoint)) return true;
  if (codePoint < 0x2e80) return false;
  hanScript ??= /^\p{Script=Han}$/u;
  return hanScript.test(String.fromCodePoint(codePoint));
}

/** Number of ideographs of the two big blocks in `text`: the measure of "where the notice is" on a page. */
export function countHan(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isHanIdeograph(text.charCodeAt(i))) n++;
  return n;
}

/**
 * CJK text for the "space between two CJK characters" rule: Han characters (astral ones via
 * their surrogates), CJK punctuation, and the quotes/dashes Chinese text uses.
 */
export function isCjkText(code: number): boolean {
  return (
    isHan(code) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    (code >= 0x3001 && code <= 0x303f) ||
    (code >= 0x2018 && code <= 0x201f) ||
    code === 0x2026 ||
    code === 0x2014 ||
    code === 0x00b7 ||
    (code >= 0xff5f && code <= 0xffef)
  );
}

/** What `/\s/` matches (WhiteSpace and LineTerminator). */
export function isRegexSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Space-like characters that become one ASCII space: NBSP, ideographic space, en/em/thin spaces. */
export function isSpaceLike(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x0b ||
    code === 0x0c
  );
}

/** Invisible characters dropped outright: zero-width space/joiners, word joiner, stray BOM. */
export function isZeroWidth(code: number): boolean {
  return code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff;
}
