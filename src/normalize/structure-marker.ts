/**
 * Structure markers that open a line (GB/T 9704-2012 §7.3.3 and what real text writes):
 * `一、` `(一)` `1.` `1、` `(1)` `①` `第三条` `【篇一】`, full- or half-width. `2019年`, `12.4` and
 * `1.5亿` are not markers. Every alternative is anchored and bounded: no backtracking.
 */
const MARKER =
  /^(?:[一二三四五六七八九十百零〇]{1,4}[、.．]|[(（][一二三四五六七八九十百零〇]{1,4}[)）]|\d{1,3}(?:[、．]|\.(?!\d))|[(（]\d{1,3}[)）]|[\u2460-\u2473\u2776-\u277f]|第[一二三四五六七八九十百零〇\d]{1,5}[条章节部分篇]|【|附件)/;

export function startsWithMarker(line: string): boolean {
  return MARKER.test(line);
}
