const STRONG = /<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]/i;
const BLOCK = /<(?:p|div|br|table|tr|td|h[1-6]|ul|li|meta|title)[\s/>]/gi;

/**
 * True when the content is HTML: it opens with markup and has a doctype, <html>, <head> or
 * <body>, or it has several block tags near the start. Decided by content, never by file name.
 * A text notice that merely mentions `<body>` stays text (its lines would be lost as HTML).
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  if (STRONG.test(head) && /^[\s\uFEFF]*</.test(head)) return true;
  let count = 0;
  BLOCK.lastIndex = 0;
  while (BLOCK.exec(head) !== null) {
    if (++count >= 3) return true;
  }
  return false;
}
