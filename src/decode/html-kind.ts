const STRONG = /<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]/i;
const BLOCK = /<(?:p|div|br|table|tr|td|h[1-6]|ul|li|meta|title)[\s/>]/gi;

/**
 * True when the content is HTML: a doctype, <html>, <head> or <body>, or several block tags
 * near the start. Decided by content, never by file name.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  if (STRONG.test(head)) return true;
  let count = 0;
  BLOCK.lastIndex = 0;
  while (BLOCK.exec(head) !== null) {
    if (++count >= 3) return true;
  }
  return false;
}
