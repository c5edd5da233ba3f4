/**
 * The one place a register is made: from the positioned tree (core/tree.ts). Sections nest as
 * in the tree; tasks are listed flat in document order (a depth-first walk), each naming its
 * section by id. Keys are written in the register's order.
 */
import type { Register, RegisterDocument, Section, Task } from '../core/register.js';
import type { DocumentNode, RootNode, SectionNode } from '../core/tree.js';
import { walk } from '../core/tree.js';

export function toRegister(root: RootNode): Register {
  const { schemaVersion, source, pageMeta, stripped, warnings } = root.data;
  return {
    schemaVersion,
    source,
    pageMeta,
    stripped: [...stripped],
    warnings: [...warnings],
    documents: root.children.map(toRegisterDocument),
  };
}

export function toRegisterDocument(node: DocumentNode): RegisterDocument {
  const d = node.data;
  const tasks: Task[] = [];
  for (const n of walk(node)) if (n.type === 'task') tasks.push(n.data);
  return {
    index: d.index,
    title: d.title,
    notice: d.notice,
    issuer: d.issuer,
    date: d.date,
    year: d.year,
    disclosure: d.disclosure,
    preamble: d.preamble,
    closing: d.closing,
    record: d.record,
    script: d.script,
    sections: sectionsOf(node.children),
    tasks,
    line: d.line,
    endLine: d.endLine,
  };
}

function sectionsOf(children: DocumentNode['children']): Section[] {
  const sections: Section[] = [];
  for (const child of children) if (child.type === 'section') sections.push(toSection(child));
  return sections;
}

function toSection(node: SectionNode): Section {
  const d = node.data;
  return {
    id: d.id,
    marker: d.marker,
    level: d.level,
    ordinal: d.ordinal,
    title: d.title,
    intro: d.intro,
    sections: sectionsOf(node.children),
    line: d.line,
  };
}
