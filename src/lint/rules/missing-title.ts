import type { Rule } from '../rule.js';
import { documentsWithout } from '../missing-field.js';

export const missingTitle: Rule = {
  id: 'missing-title',
  description: 'A document has no title (neither a plan title nor a notice title)',
  rationale: 'Without a title a register cannot say which plan it holds, and plans cannot be matched across years or places.',
  defaultSeverity: 'warn',
  defaults: {},
  options: {},
  examples: {
    ok: ['2019年黄冈市政务公开工作要点\n一、甲\n1.做好甲工作。'],
    notOk: [{ input: '一、甲\n(一)做好甲工作。', output: ['1:1: The document has no title'] }],
  },
  check(subject) {
    return documentsWithout(subject, (doc) => doc.title !== null || (doc.notice?.title ?? null) !== null, 'title');
  },
};
