/**
 * Turns grid cells (which may hold several paragraphs, one per '\n') into the one-line strings a
 * task row carries, and guesses what kind of content a cell holds when a flattened row lost cells.
 */
import { isHanIdeograph } from '../core/zh/index.js';

const SEPARATOR_END = /[、,，;；:：。]$/;
const CJK_PUNCT_END = /[。;；!！?？:：,，、)）」』”]$/;

/** A unit cell's paragraphs as one list: 市发改委\n市财政局 → 市发改委、市财政局. */
export function unitLine(cell: string): string {
  return joinLines(cell, (prev) => (SEPARATOR_END.test(prev) ? '' : '、'));
}

/** A text cell's paragraphs as one line; a space only where neither side is CJK punctuation. */
export function textLine(cell: string): string {
  return joinLines(cell, (prev, next) =>
    CJK_PUNCT_END.test(prev) || (isHanIdeograph(next.charCodeAt(0)) && isHanIdeograph(prev.charCodeAt(prev.length - 1)))
      ? ''
      : ' ',
  );
}

function joinLines(cell: string, glue: (prev: string, next: string) => string): string {
  const lines = cell
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  let out = lines[0] ?? '';
  for (const line of lines.slice(1)) out += glue(out, line) + line;
  return out;
}

const SEQ = /^([0-9]{1,4}|[一二三四五六七八九十百]{1,4})[、.．]?$/;
const TIME =
  /(\d{4}年|\d{1,2}月|年底|年内|月底|季度|前$|以前|之前|长期|持续|常态|每年|每季|每月|每半年|\d+(个)?(工作)?日内|即时|随时)/;
const UNIT_END =
  /(局|委|办|府|院|会|部|厅|室|中心|部门|单位|公司|街道|镇|乡|区|县|市|处|科|所|队|站|团|行|联|馆|组|署|集团)(等)?$/;

export type CellGuess = 'seq' | 'time' | 'unit' | 'text' | 'blank';

/** A rough guess of what a cell holds; used only to line up a flattened row with its header. */
export function guessCell(cell: string): CellGuess {
  const t = cell.trim();
  if (t.length === 0) return 'blank';
  if (SEQ.test(t)) return 'seq';
  if (t.length <= 30 && TIME.test(t)) return 'time';
  if (t.length <= 80 && (UNIT_END.test(t) || (/[、,，]/.test(t) && UNIT_END.test(t.split(/[、,，]/).at(-1) ?? ''))))
    return 'unit';
  return 'text';
}

/** True for a cell that looks like a row number: 1, 12, 一、, 3. */
export function looksLikeSeq(cell: string): boolean {
  return SEQ.test(cell.trim());
}
