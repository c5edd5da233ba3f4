import { describe, expect, it } from 'vitest';
import { parse, parseTree, toRegister, walk, type AnnotationNode, type SectionNode, type TaskNode } from '../../src/index.js';

/** Made-up notice: full-width markers and brackets, a line join, two tasks in one item, a unit line. */
const NOTICE = [
  '2019年某市政务公开工作要点', // 1
  '一、加强组织领导', // 2
  '（一）完善工作机制。做好甲工作。（市政府办公室牵头）做好乙工作', // 3
  '。（市财政局负责）', // 4: joined onto line 3 by the normaliser
  '（二）推进信息公开。', // 5
  '责任单位：市发改委、市教育局', // 6
  '二、强化保障', // 7
  '1.做好丙工作。', // 8
].join('\n');

function at(line: number, text: string): number {
  return NOTICE.split('\n')[line - 1].indexOf(text) + 1;
}

describe('the positioned tree', () => {
  const tree = parseTree(NOTICE);
  const doc = tree.children[0];
  const nodes = [...walk(doc)];
  const sections = nodes.filter((n): n is SectionNode => n.type === 'section');
  const tasks = nodes.filter((n): n is TaskNode => n.type === 'task');

  it('nests document → section → task → annotation', () => {
    expect(tree.type).toBe('root');
    expect(doc.type).toBe('document');
    expect(sections.map((s) => s.data.id)).toEqual(['1', '1.1', '1.2', '2', '2.1']);
    expect(tasks.map((t) => t.data.id)).toEqual(['1.1a', '1.1b', '1.2', '2.1']);
    // As the text stages read it: brackets width-folded.
    expect(tasks[0].children.map((a) => a.data.raw)).toEqual(['(市政府办公室牵头)']);
  });

  it('places markers, tasks and annotations on the source', () => {
    const s11 = sections[1];
    expect(s11.marker.position?.start).toMatchObject({ line: 3, column: 1 });
    expect(s11.marker.position?.end).toMatchObject({ line: 3, column: 4 });
    expect(s11.marker.style).toEqual({ open: '(', kind: 'han', close: ')' });
    // The second task of the item starts at its own first word.
    expect(tasks[1].position.start).toMatchObject({ line: 3, column: at(3, '做好乙工作') });
    // Its annotation is on the next source line although the normaliser joined the lines.
    const note = tasks[1].children[0] as AnnotationNode;
    expect(note.position.start).toMatchObject({ line: 4, column: at(4, '（市财政局') });
    expect(note.position.end).toMatchObject({ line: 4, column: NOTICE.split('\n')[3].length + 1 });
    // A unit line is an annotation of its own kind.
    expect(tasks[2].children.map((a) => [a.data.kind, a.position.start.line, a.position.start.column])).toEqual([
      ['unit-line', 6, 1],
    ]);
    // A section spans its heading to its last text.
    expect(sections[0].position.end.line).toBe(6);
  });

  it('is the register, built from the tree in one place', () => {
    expect(toRegister(tree)).toEqual(parse(NOTICE).register);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(tree))).toEqual(tree);
  });

  it('keeps each offset and its line and column in step', () => {
    const lines = NOTICE.split('\n');
    const starts = lines.map((_, i) => lines.slice(0, i).join('\n').length + (i > 0 ? 1 : 0));
    for (const node of [...sections, ...tasks, ...tasks.flatMap((t) => t.children)]) {
      for (const p of [node.position.start, node.position.end]) expect(starts[p.line - 1] + p.column - 1).toBe(p.offset);
    }
  });
});
