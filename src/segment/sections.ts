/** Tree nodes → register sections (title, intro, children). */
import type { Section } from '../core/register.js';
import { analyseHead } from './heads.js';
import { joinParagraphs } from './lines.js';
import type { Node } from './tree.js';

export function headText(text: string, node: Node): string {
  return text.slice(node.block.bodyStart, node.block.end);
}

export function paraTexts(text: string, node: Node): string[] {
  return node.paras.map((p) => text.slice(p.start, p.end));
}

export function toSections(text: string, nodes: readonly Node[], lineOf: (offset: number) => number): Section[] {
  return nodes.map((node) => toSection(text, node, lineOf));
}

function toSection(text: string, node: Node, lineOf: (offset: number) => number): Section {
  const head = analyseHead(headText(text, node));
  const hasChildren = node.children.length > 0;
  return {
    id: node.id,
    marker: node.marker.marker,
    level: node.marker.level,
    ordinal: node.marker.ordinal,
    title: head.title,
    // A leaf's body is task text, not a lead-in.
    intro: hasChildren ? joinParagraphs([head.rest, ...paraTexts(text, node)]) : null,
    sections: toSections(text, node.children, lineOf),
    line: lineOf(node.block.start),
  };
}
