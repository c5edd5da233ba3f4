import { isChrome, isDropped } from './boilerplate.js';
import { countHan } from '../core/zh/index.js';
import { isElement } from './dom-walk.js';
import type { DomNode } from './load-cheerio.js';
import { isCandidate } from './main-content.js';

/** What choosing the main content and its chrome needs to know about a page, from one walk. */
export interface PageSurvey {
  readonly root: DomNode;
  /** The first <body>, if any. */
  readonly body: DomNode | undefined;
  /** The content containers (see isCandidate), in document order. */
  readonly candidates: readonly DomNode[];
  /** The chrome elements (see isChrome). */
  readonly chrome: ReadonlySet<DomNode>;
  /** CJK ideographs in the text below the root, a candidate, the body or a chrome element. */
  cjkIn(node: DomNode): number;
  /** True when an <h1>–<h3> is below the chrome element. */
  hasHeading(node: DomNode): boolean;
}

const HEADINGS = new Set(['h1', 'h2', 'h3']);

/** What the survey keeps for an element it was asked about. */
interface Tally {
  readonly cjk: number;
  readonly headed: boolean;
}

/**
 * One walk over the page as it is with the dropped elements (isDropped) left out: their text
 * counts nowhere and nothing inside them is a candidate, the body or chrome. Each element's sums
 * are added into its parent's when the walk leaves it, so nested containers cost nothing extra.
 * Iterative, so deep nesting cannot overflow the stack.
 */
export function surveyPage(root: DomNode): PageSurvey {
  let body: DomNode | undefined;
  const candidates: DomNode[] = [];
  const chrome = new Set<DomNode>();
  const tallies = new Map<DomNode, Tally>();
  // The walk: a node to enter (false) or to leave (true); sums of the nodes entered and not left.
  const nodes: DomNode[] = [root];
  const leaving: boolean[] = [false];
  const cjk: number[] = [];
  const headed: boolean[] = [];
  const kept: boolean[] = [];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    if (leaving.pop()!) {
      const sum = cjk.pop()!;
      const below = headed.pop()!;
      if (kept.pop()!) tallies.set(node, { cjk: sum, headed: below });
      if (cjk.length > 0) {
        cjk[cjk.length - 1] += sum;
        if (below || (isElement(node) && HEADINGS.has(node.name ?? ''))) headed[headed.length - 1] = true;
      }
      continue;
    }
    let keep = node === root;
    if (isElement(node)) {
      if (body === undefined && node.name === 'body') {
        body = node;
        keep = true;
      }
      if (isCandidate(node)) {
        candidates.push(node);
        keep = true;
      }
      if (isChrome(node)) {
        chrome.add(node);
        keep = true;
      }
    }
    nodes.push(node);
    leaving.push(true);
    kept.push(keep);
    let own = 0;
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child.type === 'text') own += countHan(child.data ?? '');
      else if (child.children !== undefined && !isDropped(child)) {
        nodes.push(child);
        leaving.push(false);
      }
    }
    cjk.push(own);
    headed.push(false);
  }
  const tally = (node: DomNode): Tally => {
    const t = tallies.get(node);
    if (t === undefined) throw new Error('surveyPage: not a surveyed element');
    return t;
  };
  return { root, body, candidates, chrome, cjkIn: (node) => tally(node).cjk, hasHeading: (node) => tally(node).headed };
}
