/**
 * Reads the list definitions of a .docx (word/numbering.xml) and the list numbering that
 * paragraph styles carry (word/styles.xml), enough to compute the marker Word prints. A plain
 * string scan: these parts are machine-written and flat.
 */
export interface ListLevel {
  readonly start: number;
  readonly numFmt: string;
  readonly lvlText: string;
  /** w:isLgl: referenced levels print as decimal. */
  readonly legal: boolean;
  readonly pStyle: string | null;
}

export interface Numbering {
  /** abstractNumId → levels by ilvl. */
  readonly abstracts: ReadonlyMap<string, ReadonlyMap<number, ListLevel>>;
  /** numId → abstractNumId and start overrides by ilvl. */
  readonly nums: ReadonlyMap<string, { readonly abstractId: string; readonly overrides: ReadonlyMap<number, number> }>;
  /** paragraph styleId → the list it numbers with. */
  readonly styles: ReadonlyMap<string, { readonly numId: string; readonly ilvl: number | null }>;
}

/** Each `<tag …>…</tag>` (or self-closed) element's text, in order. */
export function elementsOf(xml: string, tag: string): string[] {
  const out: string[] = [];
  const open = `<${tag}`;
  const close = `</${tag}>`;
  for (let i = xml.indexOf(open); i >= 0; i = xml.indexOf(open, i + 1)) {
    const after = xml[i + open.length];
    if (after !== ' ' && after !== '>' && after !== '/' && after !== '\n' && after !== '\t' && after !== '\r') continue;
    const tagEnd = xml.indexOf('>', i);
    if (tagEnd < 0) break;
    if (xml[tagEnd - 1] === '/') {
      out.push(xml.slice(i, tagEnd + 1));
      continue;
    }
    const end = xml.indexOf(close, tagEnd);
    if (end < 0) break;
    out.push(xml.slice(i, end + close.length));
    i = end;
  }
  return out;
}

/** The value of `name` on the first `<tag` in the fragment. */
export function attr(fragment: string, tag: string, name: string): string | null {
  const at = fragment.indexOf(`<${tag} `);
  if (at < 0) return null;
  const end = fragment.indexOf('>', at);
  const head = fragment.slice(at, end < 0 ? undefined : end);
  const key = `${name}="`;
  const k = head.indexOf(key);
  if (k < 0) return null;
  const v = head.indexOf('"', k + key.length);
  return v < 0 ? null : decodeXml(head.slice(k + key.length, v));
}

function decodeXml(text: string): string {
  return text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '',
  );
}

function int(value: string | null, fallback: number): number {
  const n = value === null ? Number.NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
}

export function readNumbering(numberingXml: string | null, stylesXml: string | null): Numbering {
  const abstracts = new Map<string, Map<number, ListLevel>>();
  const nums = new Map<string, { abstractId: string; overrides: Map<number, number> }>();
  const styles = new Map<string, { numId: string; ilvl: number | null }>();
  for (const abstract of elementsOf(numberingXml ?? '', 'w:abstractNum')) {
    const id = attr(abstract, 'w:abstractNum', 'w:abstractNumId');
    if (id === null) continue;
    const levels = new Map<number, ListLevel>();
    for (const lvl of elementsOf(abstract, 'w:lvl')) {
      levels.set(int(attr(lvl, 'w:lvl', 'w:ilvl'), 0), {
        start: int(attr(lvl, 'w:start', 'w:val'), 1),
        numFmt: attr(lvl, 'w:numFmt', 'w:val') ?? 'decimal',
        lvlText: attr(lvl, 'w:lvlText', 'w:val') ?? '',
        legal: lvl.includes('<w:isLgl/>') || lvl.includes('<w:isLgl '),
        pStyle: attr(lvl, 'w:pStyle', 'w:val'),
      });
    }
    abstracts.set(id, levels);
  }
  for (const num of elementsOf(numberingXml ?? '', 'w:num')) {
    const id = attr(num, 'w:num', 'w:numId');
    const abstractId = attr(num, 'w:abstractNumId', 'w:val');
    if (id === null || abstractId === null) continue;
    const overrides = new Map<number, number>();
    for (const o of elementsOf(num, 'w:lvlOverride')) {
      const start = attr(o, 'w:startOverride', 'w:val');
      if (start !== null) overrides.set(int(attr(o, 'w:lvlOverride', 'w:ilvl'), 0), int(start, 1));
    }
    nums.set(id, { abstractId, overrides });
  }
  for (const style of elementsOf(stylesXml ?? '', 'w:style')) {
    const id = attr(style, 'w:style', 'w:styleId');
    const numId = attr(style, 'w:numId', 'w:val');
    if (id === null || numId === null) continue;
    const ilvl = attr(style, 'w:ilvl', 'w:val');
    styles.set(id, { numId, ilvl: ilvl === null ? null : int(ilvl, 0) });
  }
  return { abstracts, nums, styles };
}
