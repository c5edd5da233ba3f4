import { MapBuilder, type MappedText } from '../core/source-map.js';

/** Runs at least this long are assembled in a UTF-16 buffer (see runText). */
const LONG_RUN = 4096;

/**
 * A MapBuilder front end for char-by-char transforms. Consecutive kept or 1:1-replaced chars
 * collapse into one span, so a text with thousands of folded chars still gets one anchor per
 * dropped or inserted piece, not one per char.
 */
export class MappedWriter {
  private readonly builder = new MapBuilder();
  private runStart = 0;
  private runEnd = 0;
  /** The current run's replaced chars: their source offsets and their new char codes. */
  private at: number[] = [];
  private codes: number[] = [];

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

  /** Writes the char `code` (one UTF-16 unit) in place of source[i]. */
  replace(i: number, code: number): void {
    this.extend(i);
    this.at.push(i);
    this.codes.push(code);
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
      if (this.at.length > 0) this.builder.put(this.runText(), this.runStart, this.runEnd);
      else this.builder.keep(this.source, this.runStart, this.runEnd);
    }
    if (this.at.length > 0) {
      this.at = [];
      this.codes = [];
    }
    this.runStart = nextStart;
    this.runEnd = nextStart;
  }

  /**
   * The current run with its replacements. A long run (a 5 MB line without breaks, every
   * full-width comma folded) is patched in one UTF-16 buffer, not joined from pieces, whose many
   * small strings made such a line cost far more than its length (docs/performance.md).
   */
  private runText(): string {
    const { source, runStart, runEnd, at, codes } = this;
    if (runEnd - runStart < LONG_RUN) {
      let text = '';
      let from = runStart;
      for (let k = 0; k < at.length; k++) {
        text += source.slice(from, at[k]) + String.fromCharCode(codes[k]);
        from = at[k] + 1;
      }
      return text + source.slice(from, runEnd);
    }
    const buffer = Buffer.from(source.slice(runStart, runEnd), 'utf16le');
    for (let k = 0; k < at.length; k++) buffer.writeUInt16LE(codes[k], 2 * (at[k] - runStart));
    return buffer.toString('utf16le');
  }
}
