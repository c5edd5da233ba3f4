/** CRLF and lone CR become LF. Linear, one pass. */
export function normalizeLineEndings(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}
