import { InputError } from '../core/errors.js';

/**
 * A register is about 15 levels deep (register → documents → sections → … → deadlines); 100
 * leaves room for hand-edited files and stops hostile nesting long before a stack overflows.
 */
export const MAX_NESTING = 100;

/** yaml's own guard against alias expansion ("billion laughs"); a register needs no aliases. */
export const MAX_ALIAS_COUNT = 100;

/**
 * Throws InputError when a parsed value nests deeper than MAX_NESTING or contains itself (a YAML
 * alias to its own ancestor), which would send the schema validator into endless recursion.
 * Iterative, so the check itself cannot overflow the stack.
 */
export function checkNesting(value: unknown, name: string): void {
  const stack: Array<{ node: unknown; depth: number; exit?: object }> = [{ node: value, depth: 0 }];
  const path = new Set<object>();
  while (stack.length > 0) {
    const { node, depth, exit } = stack.pop()!;
    if (exit) {
      path.delete(exit);
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    if (depth > MAX_NESTING) throw new InputError(`nesting deeper than ${MAX_NESTING} levels`, { file: name });
    if (path.has(node)) throw new InputError('a YAML alias refers to a node that contains it', { file: name });
    path.add(node);
    stack.push({ node: null, depth, exit: node });
    for (const child of Object.values(node)) stack.push({ node: child, depth: depth + 1 });
  }
}
