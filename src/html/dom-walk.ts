import type { DomNode } from './load-cheerio.js';

/** An element, as CSS selectors see them (domhandler's isTag: script and style are elements too). */
export function isElement(node: DomNode): boolean {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/**
 * The elements below `root` that pass `test`, in document order, at most `limit` of them: what a
 * CSS selector query finds (it looks into every node with children, template contents too), with
 * no selector to parse. Iterative, so deep nesting cannot overflow the stack.
 */
export function findElements(root: DomNode, test: (element: DomNode) => boolean, limit = Infinity): DomNode[] {
  const found: DomNode[] = [];
  const stack: DomNode[] = [];
  pushChildren(stack, root);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node) && test(node)) {
      found.push(node);
      if (found.length >= limit) break;
    }
    pushChildren(stack, node);
  }
  return found;
}

/** Pushes the children in reverse, so they pop in document order. */
function pushChildren(stack: DomNode[], node: DomNode): void {
  const children = node.children;
  if (children !== undefined) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
}
