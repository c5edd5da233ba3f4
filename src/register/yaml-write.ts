import type { Register } from '../core/register.js';
import { loadYaml } from './yaml-lib.js';

let ambiguous: readonly RegExp[] | undefined;

/**
 * Plain-scalar patterns that a YAML 1.1 reader (PyYAML, older tools analysts use) would read as
 * something other than a string: yes/no/on/off, 0o17, 1_000, 12:30, 2019-06-19. The yaml
 * package already quotes what YAML 1.2 would misread; these get quoted too.
 */
function yaml11Patterns(): readonly RegExp[] {
  if (ambiguous) return ambiguous;
  const { Document } = loadYaml();
  const tags = new Document(null, { version: '1.1' }).schema.tags as ReadonlyArray<{ tag: string; test?: RegExp }>;
  ambiguous = tags.filter((t) => t.test !== undefined && t.tag !== 'tag:yaml.org,2002:str').map((t) => t.test as RegExp);
  return ambiguous;
}

/** YAML 1.2 text, no line folding (long Chinese lines stay whole), no anchors or aliases. */
export function registerToYaml(register: Register): string {
  const { Document, visit } = loadYaml();
  const doc = new Document(register, { version: '1.2', aliasDuplicateObjects: false });
  const patterns = yaml11Patterns();
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && patterns.some((p) => p.test(node.value as string))) {
        node.type = 'QUOTE_DOUBLE';
      }
    },
  });
  return doc.toString({ lineWidth: 0 });
}
