import { describe, expect, it } from 'vitest';
import { parseHtml, type DomNode } from '../../src/html/load-cheerio.js';

const find = (node: DomNode, name: string): DomNode | undefined => {
  if (node.name === name) return node;
  for (const child of node.children ?? []) {
    const hit = find(child, name);
    if (hit) return hit;
  }
  return undefined;
};

// parseHtml builds cheerio's DOM with less memory: elements without attributes share one empty,
// frozen set, and text is flattened as it is inserted. What the DOM says must not change.
describe('parseHtml memory', () => {
  it('elements without attributes share one frozen empty set; those with attributes keep theirs', () => {
    const root = parseHtml('<html><body><p>甲</p><div><p id="x" class="y">乙</p></div></body></html>');
    const [p, div] = [find(root, 'p'), find(root, 'div')];
    expect(p?.attribs).toBe(div?.attribs);
    expect(Object.isFrozen(p?.attribs)).toBe(true);
    const withId = find(find(root, 'div')!, 'p');
    expect({ ...withId?.attribs }).toEqual({ id: 'x', class: 'y' });
  });

  it('a second <body> tag adds its attributes to the first, which had none', () => {
    const root = parseHtml('<html><body><p>甲</p><body class="late" id="b"><p>乙</p></body></html>');
    expect({ ...find(root, 'body')?.attribs }).toEqual({ class: 'late', id: 'b' });
    expect(find(root, 'p')?.attribs).not.toBe(find(root, 'body')?.attribs);
  });

  it('text nodes hold the text as parsed, entities and CJK included', () => {
    const root = parseHtml('<p>推进政务公开&amp;工作 (市政府办公室牵头)</p>');
    expect(find(root, 'p')?.children?.[0]?.data).toBe('推进政务公开&工作 (市政府办公室牵头)');
  });
});
