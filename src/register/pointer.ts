import type { Node } from 'yaml';
import { pointerSegments } from './schema-messages.js';
import { loadYaml } from './yaml-lib.js';
import type { ParsedYaml } from './yaml-read.js';

/**
 * Source offsets [start, end) of the node a JSON pointer names, or null when there is none.
 * With `key`, the last segment's map key rather than its value (for "unexpected property").
 */
export function pointerOffsets(doc: ParsedYaml, pointer: string, key = false): [number, number] | null {
  const { isAlias, isMap, isScalar, isSeq } = loadYaml();
  let node: unknown = doc.contents;
  const segments = pointerSegments(pointer);
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) return null;
      // An empty value (`title:`) has no node of its own: point at its key.
      node = (key && i === segments.length - 1) || pair.value === null ? pair.key : pair.value;
    } else if (isSeq(node) && /^(0|[1-9][0-9]*)$/.test(segment)) {
      node = node.items[Number(segment)];
    } else {
      return null;
    }
  }
  const range = (node as Node | null | undefined)?.range;
  return range ? [range[0], range[1]] : null;
}
