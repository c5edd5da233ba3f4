/** Numbered nodes → section nodes of the positioned tree (title, intro, marker, children). */
import type { Point } from '../core/position.js';
import { foldWidthText } from '../core/zh/index.js';
import { analyseHead } from './heads.js';
import { joinParagraphs } from './lines.js';
import type { MarkerMatch } from './markers.js';
import type { MarkerInfo, MarkerStyle, SectionNode } from '../core/tree.js';
import type { Node } from './tree.js';
import { spanOf } from './span.js';

export function headText(text: string, node: Node): string {
  return text.slice(node.block.bodyStart, node.block.end);
}

export function paraTexts(text: string, node: Node): string[] {
  return node.paras.map((p) => text.slice(p.start, p.end));
}

export function toSections(text: string, nodes: readonly Node[], pointOf: (offset: number) => Point): SectionNode[] {
  return nodes.map((node) => toSection(text, node, pointOf));
}

function toSection(text: string, node: Node, pointOf: (offset: number) => Point): SectionNode {
  const head = analyseHead(headText(text, node));
  const hasChildren = node.children.length > 0;
  const start = pointOf(node.block.start);
  const ownEnd = node.paras.length > 0 ? node.paras[node.paras.length - 1].end : node.block.end;
  return {
    type: 'section',
    data: {
      id: node.id,
      marker: node.marker.marker,
      level: node.marker.level,
      ordinal: node.marker.ordinal,
      title: head.title,
      // A leaf's body is task text, not a lead-in.
      intro: hasChildren ? joinParagraphs([head.rest, ...paraTexts(text, node)]) : null,
      line: start.line,
    },
    marker: markerInfo(node.marker, node.block.start, pointOf),
    position: spanOf(pointOf, node.block.start, endOf(node)),
    // A leaf's heading is the start of its task; only a parent's heading and lead-in are its own.
    head: hasChildren ? [pointOf(node.block.bodyStart).offset, pointOf(ownEnd).offset] : null,
    children: toSections(text, node.children, pointOf),
  };
}

/** Doc offset after the last text of `node` and everything under it. */
function endOf(node: Node): number {
  let last = node;
  while (last.children.length > 0) last = last.children[last.children.length - 1];
  return last.paras.length > 0 ? last.paras[last.paras.length - 1].end : last.block.end;
}

/** The marker as the segmenter matched it: its printed style comes from the match, not from reading it again. */
export function markerInfo(marker: MarkerMatch, at: number, pointOf: (offset: number) => Point): MarkerInfo {
  return {
    value: marker.marker.trim(),
    level: marker.level,
    ordinal: marker.ordinal,
    style: styleOf(marker),
    position: spanOf(pointOf, at, at + marker.marker.length),
  };
}

function styleOf(marker: MarkerMatch): MarkerStyle | null {
  const folded = foldWidthText(marker.marker.trim());
  const first = folded[0];
  const last = folded[folded.length - 1];
  switch (marker.kind) {
    case 'cn-comma':
      return { open: '', kind: 'han', close: last };
    case 'cn-paren':
      return { open: first, kind: 'han', close: last };
    case 'num-dot':
      return { open: '', kind: 'arabic', close: last };
    case 'num-paren':
      return { open: first, kind: 'arabic', close: last };
    case 'circled':
      // ① … ⑳ only: ⑴ … ⒇ print their brackets inside one character.
      return folded.charCodeAt(0) <= 0x2473 ? { open: '', kind: 'circled', close: '' } : null;
  }
}
