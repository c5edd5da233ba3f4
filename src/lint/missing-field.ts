import type { RegisterDocument } from '../core/register.js';
import { firstNonBlank } from './locate.js';
import type { Finding, LintSubject } from './rule.js';

/**
 * The documents that lack something (`has` is false), each as `<which> has no <what>` at the
 * document's first line; `which` names the document only when there are several.
 */
export function* documentsWithout(subject: LintSubject, has: (doc: RegisterDocument) => boolean, what: string): Generator<Finding> {
  for (const doc of subject.register.documents) {
    if (has(doc)) continue;
    const which = subject.register.documents.length > 1 ? `Document ${doc.index}` : 'The document';
    yield { line: doc.line, column: firstNonBlank(subject.source, doc.line), reason: `${which} has no ${what}` };
  }
}
