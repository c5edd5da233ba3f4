/**
 * Source maps through text transforms (after cspell's MappedText).
 *
 * A SourceMap is a list of anchors `[outputOffset, sourceOffset]`, sorted by outputOffset.
 * From an anchor on, output and source offsets advance together until the next anchor, so a
 * transform that keeps most text 1:1 needs only an anchor where it inserts, drops or replaces.
 * An empty map is the identity.
 */
export type Anchor = readonly [output: number, source: number];
export type SourceMap = readonly Anchor[];

export interface MappedText {
  readonly text: string;
  /** Maps offsets in `text` to offsets in the decoded input. */
  readonly map: SourceMap;
}

export function identity(text: string): MappedText {
  return { text, map: [] };
}

/** The source offset of an output offset. */
export function toSource(map: SourceMap, offset: number): number {
  if (map.length === 0 || offset < map[0][0]) return offset;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map[mid][0] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return map[lo][1] + (offset - map[lo][0]);
}

/**
 * Chains two maps: `outer` maps stage-2 output to stage-1 output, `inner` maps stage-1 output
 * to the source. The result maps stage-2 output straight to the source.
 */
export function composeMaps(inner: SourceMap, outer: SourceMap): SourceMap {
  if (inner.length === 0) return outer;
  const result: Anchor[] = [];
  const push = (out: number, mid: number): void => {
    const src = toSource(inner, mid);
    const last = result[result.length - 1];
    // Skip anchors that the previous one already implies.
    if (last && last[0] === out) {
      result[result.length - 1] = [out, src];
      return;
    }
    if (last && src - last[1] === out - last[0]) return;
    result.push([out, src]);
  };
  const outerAnchors: Anchor[] = outer.length === 0 || outer[0][0] !== 0 ? [[0, 0], ...outer] : [...outer];
  let j = 0;
  for (let i = 0; i < outerAnchors.length; i++) {
    const [out, mid] = outerAnchors[i];
    const nextOut = i + 1 < outerAnchors.length ? outerAnchors[i + 1][0] : Infinity;
    const midEnd = mid + (nextOut - out);
    push(out, mid);
    // Inner anchors that fall inside this outer segment become anchors of their own.
    while (j < inner.length && inner[j][0] <= mid) j++;
    let k = j;
    while (k < inner.length && inner[k][0] < midEnd) {
      push(out + (inner[k][0] - mid), inner[k][0]);
      k++;
    }
  }
  return result;
}

/**
 * Builds an output string and its map in one pass. Transforms call `keep` for source text they
 * copy unchanged and `put` for text they write in place of a source span.
 */
export class MapBuilder {
  private readonly parts: string[] = [];
  private readonly anchors: Anchor[] = [];
  private length = 0;
  private expectedSource = 0;

  /** Copies source[start, end) unchanged. */
  keep(source: string, start: number, end: number): void {
    if (end <= start) return;
    this.anchor(start);
    this.parts.push(source.slice(start, end));
    this.length += end - start;
    this.expectedSource = end;
  }

  /** Writes `text` in place of the source span starting at `sourceOffset` (may be empty). */
  put(text: string, sourceOffset: number, sourceEnd = sourceOffset): void {
    if (text.length === 0) {
      this.expectedSource = -1;
      return;
    }
    this.anchor(sourceOffset, true);
    this.parts.push(text);
    this.length += text.length;
    this.expectedSource = -1;
    // The next kept span needs a fresh anchor unless it happens to line up.
    if (text.length === sourceEnd - sourceOffset) this.expectedSource = sourceEnd;
  }

  get outputLength(): number {
    return this.length;
  }

  build(): MappedText {
    return { text: this.parts.join(''), map: this.anchors };
  }

  private anchor(source: number, force = false): void {
    if (!force && source === this.expectedSource && this.anchors.length > 0) return;
    const last = this.anchors[this.anchors.length - 1];
    if (last && last[0] === this.length) {
      this.anchors[this.anchors.length - 1] = [this.length, source];
      return;
    }
    if (!force && !last && source === this.length) return;
    this.anchors.push([this.length, source]);
  }
}
