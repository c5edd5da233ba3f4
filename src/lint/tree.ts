/** Reading the positioned tree (core/tree.ts) for rules. */
import type { DocumentNode, RootNode, SectionNode, TaskNode } from '../core/tree.js';
import { walk } from '../core/tree.js';

export function children(root: RootNode): readonly DocumentNode[] {
  return root.children;
}

export function sectionsOf(doc: DocumentNode): SectionNode[] {
  const out: SectionNode[] = [];
  for (const node of walk(doc)) if (node.type === 'section') out.push(node);
  return out;
}

export function tasksOf(doc: DocumentNode): TaskNode[] {
  const out: TaskNode[] = [];
  for (const node of walk(doc)) if (node.type === 'task') out.push(node);
  return out;
}
