import { MapBuilder, type MappedText } from '../core/source-map.js';

/**
 * A MapBuilder front end for char-by-char transforms. Consecutive kept or 1:1-replaced chars
 * collapse into one span, so a text with thousands of folded chars still gets one anchor per
 * dropped or inserted piece, not one per char.
 */
export class MappedWriter {
  private readonly builder = new MapBuilder();
  private runStart = 0;
  private runEnd = 0;
  /** Replaced pieces of the current run; kept chars are sliced from the source lazily (from pieceFrom). */
  private pieces: string[] = [];
  private pieceFrom = 0;
  private changed = false;

  constructor(private readonly source: string) {}

  /** Copies source[i] unchanged. */
  keep(i: number): void {
    this.extend(i);
  }

  /** Copies source[start, end) unchanged. */
  keepRange(start: number, end: number): void {
    if (end <= start) return;
    if (this.runEnd !== start) this.flush(start);
    this.runEnd = end;
  }

  /** Writes one char in place of source[i]. */
  replace(i: number, char: string): void {
    this.extend(i);
    if (i > this.pieceFrom) this.pieces.push(this.source.slice(this.pieceFrom, i));
    this.pieces.push(char);
    this.pieceFrom = i + 1;
    this.changed = true;
  }

  /** Writes `text` (any length) in place of source[start, end); '' drops the span. */
  put(text: string, start: number, end: number): void {
    this.flush(end);
    this.builder.put(text, start, end);
  }

  build(): MappedText {
    this.flush(this.runEnd);
    return this.builder.build();
  }

  private extend(i: number): void {
    if (this.runEnd !== i) this.flush(i);
    this.runEnd = i + 1;
  }

  private flush(nextStart: number): void {
    if (this.runEnd > this.runStart) {
      if (this.changed) {
        if (this.runEnd > this.pieceFrom) this.pieces.push(this.source.slice(this.pieceFrom, this.runEnd));
        this.builder.put(this.pieces.join(''), this.runStart, this.runEnd);
      } else this.builder.keep(this.source, this.runStart, this.runEnd);
    }
    if (this.pieces.length > 0) this.pieces = [];
    this.changed = false;
    this.runStart = nextStart;
    this.runEnd = nextStart;
    this.pieceFrom = nextStart;
  }
}
