/**
 * Word's automatic list numbers are not text in the file, and mammoth drops them (it only makes
 * <ol><li>). A plan's structure lives in those numbers (一、 (一) 1.), so before conversion each
 * numbered paragraph gets its marker written in as text, computed the way Word counts, and its
 * numbering switched off (numId 0) so mammoth leaves it a plain paragraph.
 */
import { formatNumber } from './number-format.js';
import { attr, type ListLevel, type Numbering } from './numbering.js';

const NO_LIST = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Index just past the element starting at `at` (self-closed or with nested same-name elements). */
function elementEnd(xml: string, at: number, tag: string): number {
  let depth = 0;
  const pattern = new RegExp(`<(/?)${tag}(?=[\\s/>])[^>]*>`, 'g');
  pattern.lastIndex = at;
  for (let m = pattern.exec(xml); m !== null; m = pattern.exec(xml)) {
    const closing = m[1] === '/';
    const selfClosed = !closing && m[0].endsWith('/>');
    if (closing) depth--;
    else if (!selfClosed) depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  return xml.length;
}

class Counter {
  private readonly values = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  next(numbering: Numbering, numId: string, ilvl: number): string | null {
    const num = numbering.nums.get(numId);
    const levels = num && numbering.abstracts.get(num.abstractId);
    const level = levels?.get(ilvl);
    if (!num || !levels || !level || level.numFmt === 'bullet' || level.lvlText === '') return null;
    const state = this.values.get(num.abstractId) ?? [];
    this.values.set(num.abstractId, state);
    const override = num.overrides.get(ilvl);
    const key = `${numId}:${ilvl}`;
    if (override !== undefined && !this.started.has(key)) state[ilvl] = override - 1;
    this.started.add(key);
    state[ilvl] = (state[ilvl] ?? level.start - 1) + 1;
    for (let l = ilvl + 1; l < state.length; l++) state[l] = undefined;
    return render(level, levels, state);
  }
}

function render(level: ListLevel, levels: ReadonlyMap<number, ListLevel>, state: readonly (number | undefined)[]): string {
  return level.lvlText.replace(/%([1-9])/g, (_m, d: string) => {
    const l = Number(d) - 1;
    const ref = levels.get(l);
    const value = state[l] ?? ref?.start ?? 1;
    return formatNumber(value, level.legal ? 'decimal' : (ref?.numFmt ?? 'decimal'));
  });
}

/** document.xml with every automatically numbered paragraph's marker written in as text. */
export function writeListMarkers(documentXml: string, numbering: Numbering): string {
  if (numbering.nums.size === 0) return documentXml;
  const counter = new Counter();
  const out: string[] = [];
  let copied = 0;
  const open = /<w:p(?=[\s>/])[^>]*>/g;
  for (let m = open.exec(documentXml); m !== null; m = open.exec(documentXml)) {
    if (m[0].endsWith('/>')) continue;
    const bodyStart = m.index + m[0].length;
    const hasProps = documentXml.startsWith('<w:pPr', bodyStart) && /[\s/>]/.test(documentXml[bodyStart + 6] ?? '');
    const propsEnd = hasProps ? elementEnd(documentXml, bodyStart, 'w:pPr') : bodyStart;
    const props = documentXml.slice(bodyStart, propsEnd);
    const current = props.replace(/<w:pPrChange[\s\S]*?<\/w:pPrChange>/g, '');
    let numId = attr(current, 'w:numId', 'w:val');
    let ilvl: number | null = numId === null ? null : Number(attr(current, 'w:ilvl', 'w:val') ?? '0');
    const styleId = attr(current, 'w:pStyle', 'w:val');
    if (numId === null && styleId !== null) {
      const fromStyle = numbering.styles.get(styleId);
      if (fromStyle) {
        numId = fromStyle.numId;
        ilvl = fromStyle.ilvl ?? styleLevel(numbering, numId, styleId);
      }
    }
    if (numId === null || numId === '0' || ilvl === null) continue;
    const marker = counter.next(numbering, numId, ilvl);
    if (marker === null) continue;
    out.push(
      documentXml.slice(copied, bodyStart),
      withoutList(props),
      `<w:r><w:t xml:space="preserve">${escapeXml(marker)}</w:t></w:r>`,
    );
    copied = propsEnd;
    open.lastIndex = propsEnd;
  }
  out.push(documentXml.slice(copied));
  return out.join('');
}

function styleLevel(numbering: Numbering, numId: string, styleId: string): number {
  const num = numbering.nums.get(numId);
  const levels = num ? numbering.abstracts.get(num.abstractId) : undefined;
  for (const [ilvl, level] of levels ?? []) if (level.pStyle === styleId) return ilvl;
  return 0;
}

/** Paragraph properties with the list switched off (numId 0), so mammoth makes a plain paragraph. */
function withoutList(props: string): string {
  if (props === '') return `<w:pPr>${NO_LIST}</w:pPr>`;
  if (props.endsWith('/>')) return `<w:pPr>${NO_LIST}</w:pPr>`;
  const replaced = props.replace(/<w:numPr>[\s\S]*?<\/w:numPr>/, NO_LIST);
  if (replaced !== props) return replaced;
  const headEnd = props.indexOf('>') + 1;
  return props.slice(0, headEnd) + NO_LIST + props.slice(headEnd);
}
