/**
 * Shapes returned by the extract stage. Offsets are 0-based UTF-16 indexes into the string the
 * function was given (one paragraph's text), `end` exclusive.
 */

/** A bracket group that names the units carrying out a task. */
export interface Annotation {
  /** The group as written, brackets included (for an unclosed group: up to the end of text). */
  readonly raw: string;
  /** The text between the brackets. */
  readonly inner: string;
  readonly open: string;
  /** The closing bracket, or '' when the group is not closed. */
  readonly close: string;
  readonly start: number;
  readonly end: number;
  /** False when the text ends before the group closes (a truncated file). */
  readonly balanced: boolean;
}

/** One task of a paragraph, with the annotation that closes it. */
export interface TaskPiece {
  /** The task text without its annotation, trimmed; keeps the sentence's final 。. */
  readonly text: string;
  /** Offset of the first character of `text` in the paragraph. */
  readonly start: number;
  readonly annotation: Annotation | null;
}

export interface UnitParse {
  /** 牵头 units, as written (qualifiers such as 等部门 / 按职责 dropped). */
  readonly leads: string[];
  /** Responsible units (负责 / 落实 / 配合 / no role word). */
  readonly owners: string[];
  /** 分别牵头 / 分别负责: each unit takes its own part. */
  readonly separately: boolean;
  /** False when nothing that looks like a unit could be found; leads and owners are then empty. */
  readonly ok: boolean;
}
