/**
 * Units written as a labelled line instead of a bracket group: `责任单位:市工信局、财政局。`,
 * `牵头单位:区发改局`. Such a line (or such a tail after a sentence end) belongs to the task
 * before it.
 */
const LABEL =
  '(?:责任单位|責任單位|牵头单位|牽頭單位|责任部门|責任部門|牵头部门|牽頭部門|配合单位|配合單位|配合部门|配合部門|主办单位|主辦單位|协办单位|協辦單位|负责单位|負責單位|实施单位|實施單位|落实单位|落實單位)\\s*[:：]';
const AT_START = new RegExp(`^${LABEL}`);
const AFTER_SENTENCE = new RegExp(`[。;；]\\s*(?=${LABEL})`);

export interface Span {
  readonly kind: 'text' | 'units';
  readonly start: number;
  readonly end: number;
}

/** Cuts `text` into runs of task text and unit lines (offsets into `text`). */
export function cutUnitLines(text: string): Span[] {
  const spans: Span[] = [];
  const push = (kind: Span['kind'], start: number, end: number): void => {
    if (end <= start) return;
    const last = spans[spans.length - 1];
    if (kind === 'text' && last && last.kind === 'text') spans[spans.length - 1] = { kind, start: last.start, end };
    else spans.push({ kind, start, end });
  };
  let ls = 0;
  while (ls < text.length) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    const line = text.slice(ls, le);
    const lead = line.length - line.trimStart().length;
    if (AT_START.test(line.trimStart())) {
      push('units', ls + lead, le);
    } else {
      const m = AFTER_SENTENCE.exec(line);
      if (m) {
        const cut = ls + m.index + m[0].length;
        push('text', ls, cut);
        push('units', cut, le);
      } else {
        push('text', ls, le === text.length ? le : le + 1);
      }
    }
    ls = le + 1;
  }
  return spans;
}
