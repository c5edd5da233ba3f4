import type { DocumentData } from '../core/tree.js';
import type { Finding, LintSubject } from './rule.js';

/**
 * The documents that lack something (`has` is false), each as `<which> has no <what>` at the
 * document's first line; `which` names the document only when there are several.
 */
export function* documentsWithout(subject: LintSubject, has: (doc: DocumentData) => boolean, what: string): Generator<Finding> {
  const docs = subject.tree.children;
  for (const doc of docs) {
    if (has(doc.data)) continue;
    const which = docs.length > 1 ? `Document ${doc.data.index}` : 'The document';
    yield { at: doc.position.start, reason: `${which} has no ${what}` };
  }
}
