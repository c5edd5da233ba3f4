import type { Rule } from '../rule.js';
import { firstNonBlank } from '../locate.js';

export const mixedScript: Rule = {
  id: 'mixed-script',
  description: 'A document mixes simplified and traditional script',
  rationale:
    'A notice is written in one script. A mix usually means text pasted from another source (often spam) or a half-done conversion; it also defeats searching and comparing plans across years.',
  defaultSeverity: 'warn',
  defaults: {},
  options: {},
  examples: {
    ok: ['2019年工作要点\n一、加强政务公开工作\n1.做好预算信息公开工作。'],
    notOk: [],
  },
  *check(subject) {
    for (const doc of subject.register.documents) {
      if (doc.script !== 'mixed') continue;
      const which = subject.register.documents.length > 1 ? `Document ${doc.index}` : 'The document';
      yield { line: doc.line, column: firstNonBlank(subject.source, doc.line), reason: `${which} mixes simplified and traditional script`, actual: 'mixed' };
    }
  },
};
