/**
 * The closing (`各地各部门要结合实际……`): unannotated paragraphs after the last numbered item,
 * when the last level-1 section has numbered children (so the paragraphs cannot be its body).
 * A paragraph is taken when it addresses everyone (`各……`, `本要点`) or follows text closed by an
 * annotation; the second reason alone is a guess and is warned about.
 */
import type { RegisterWarning } from '../core/register.js';
import { findAnnotations } from '../extract/index.js';
import { analyseHead } from './heads.js';
import type { Block } from './blocks.js';
import { headText } from './sections.js';
import type { Node } from './tree.js';

const ADDRESSES_ALL =
  /^(各|全市|全省|全区|全區|全县|全縣|区政府|區政府|市政府|县政府|縣政府|省政府|本要点|本要點|本方案|本工作|以上)/;
const MENTIONS_PLAN = /本要点|本要點|本工作要点|本工作要點|本方案|本计划|本計劃|本意见|本意見/;

export interface Closing {
  /** Blocks taken as the closing (removed from the last node's paragraphs). */
  readonly blocks: Block[];
  readonly warnings: RegisterWarning[];
}

function lastNode(roots: readonly Node[]): Node | null {
  let node = roots[roots.length - 1] ?? null;
  while (node && node.children.length > 0) node = node.children[node.children.length - 1];
  return node;
}

function endsWithAnnotation(text: string): boolean {
  const found = findAnnotations(text);
  const last = found[found.length - 1];
  return last !== undefined && text.slice(last.end).replace(/[\s。.;]/g, '').length === 0;
}

/** Finds the closing and takes it out of the last node's paragraphs. */
export function takeClosing(text: string, roots: Node[], lineOf: (offset: number) => number): Closing {
  const top = roots[roots.length - 1];
  const last = lastNode(roots);
  if (!top || !last || top.children.length === 0 || last.paras.length === 0) return { blocks: [], warnings: [] };
  const head = headText(text, last);
  // A bare heading's first paragraph is its body.
  const firstCandidate = analyseHead(head).headingOnly ? 1 : 0;
  const paras = last.paras;
  // annotatedFrom[i]: some paragraph from i on carries an annotation (then none of them closes).
  const annotatedFrom: boolean[] = new Array(paras.length + 1).fill(false);
  for (let i = paras.length - 1; i >= 0; i--) {
    annotatedFrom[i] = annotatedFrom[i + 1] || findAnnotations(text.slice(paras[i].start, paras[i].end)).length > 0;
  }
  let prevText = firstCandidate === 1 ? text.slice(paras[0].start, paras[0].end) : head;
  for (let i = firstCandidate; i < paras.length; i++) {
    const para = text.slice(paras[i].start, paras[i].end);
    if (!annotatedFrom[i] && paras[i].lineStart) {
      const addresses = ADDRESSES_ALL.test(para) || MENTIONS_PLAN.test(para);
      if (addresses || endsWithAnnotation(prevText)) {
        const warnings: RegisterWarning[] = addresses
          ? []
          : [
              {
                line: lineOf(paras[i].start),
                code: 'closing-guessed',
                message: 'unnumbered paragraph after the last task taken as the closing',
              },
            ];
        return { blocks: paras.splice(i), warnings };
      }
    }
    prevText = para;
  }
  return { blocks: [], warnings: [] };
}
