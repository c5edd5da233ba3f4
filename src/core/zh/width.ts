/**
 * Width folding. Chosen representation: half-width ASCII for the whole full-width block
 * U+FF01–U+FF5E (`（市政管局牵头落实）` and `(市政管局牵头落实)` become the same text;
 * `１.` → `1.`, `：` → `:`, `Ａ1` → `A1`), because the seeds and most CMS output already use
 * half-width `(),:;!?` and one spelling keeps every later regex simple. CJK punctuation with no
 * ASCII twin (`。、“”《》〔〕【】…—`) is kept as is: folding `。` to `.` would lose sentence ends
 * and `“”` carry the direction a plain `"` does not. Folding is 1:1 in UTF-16 units.
 */
export function foldWidth(code: number): number {
  return code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
}

/** A string folded as foldWidth, the ideographic space as a space too; keeps the length, for searching one text in another. */
export function foldWidthText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code === 0x3000 ? ' ' : String.fromCharCode(foldWidth(code));
  }
  return out;
}

/** The reverse of foldWidth for printable ASCII (`12` → `１２`), other characters as they are. */
export function toFullWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += String.fromCharCode(code >= 0x21 && code <= 0x7e ? code + 0xfee0 : code);
  }
  return out;
}
