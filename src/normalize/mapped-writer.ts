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
  private pieces: string[] = [];
  private changed = false;

  constructor(private readonly source: string) {}

  /** Copies source[i] unchanged. */
  keep(i: number): void {
    this.extend(i);
    this.pieces.push(this.source[i]);
  }

  /** Copies source[start, end) unchanged. */
  keepRange(start: number, end: number): void {
    if (end <= start) return;
    if (this.runEnd !== start) this.flush(start);
    this.pieces.push(this.source.slice(start, end));
    this.runEnd = end;
  }

  /** Writes one char in place of source[i]. */
  replace(i: number, char: string): void {
    this.extend(i);
    this.pieces.push(char);
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
      if (this.changed) this.builder.put(this.pieces.join(''), this.runStart, this.runEnd);
      else this.builder.keep(this.source, this.runStart, this.runEnd);
    }
    this.pieces = [];
    this.changed = false;
    this.runStart = nextStart;
    this.runEnd = nextStart;
  }
}
