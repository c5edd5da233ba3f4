/** Space-like characters that become one ASCII space: NBSP, ideographic space, en/em/thin spaces. */
export function isSpaceLike(code: number): boolean {
  return (
    code === 0x20 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f ||
    code === 0x205f || code === 0x0b || code === 0x0c
  );
}

/** Invisible characters dropped outright: zero-width space/joiners, word joiner, stray BOM. */
export function isZeroWidth(code: number): boolean {
  return code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff;
}

/**
 * CJK text for the "space between two CJK characters" rule: ideographs (BMP, compatibility,
 * and astral ones via surrogates), CJK punctuation, and the quotes/dashes Chinese text uses.
 */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xd800 && code <= 0xdfff) || (code >= 0x3001 && code <= 0x303f) || (code >= 0x2018 && code <= 0x201f) ||
    code === 0x2026 || code === 0x2014 || code === 0x00b7 || (code >= 0xff5f && code <= 0xffef)
  );
}
