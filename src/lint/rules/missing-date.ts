import type { Rule } from '../rule.js';
import { documentsWithout } from '../missing-field.js';

export const missingDate: Rule = {
  id: 'missing-date',
  description: 'A document has no date (no 成文日期, no 印发 date, no page date)',
  rationale:
    'The date fixes which plan a register holds and turns relative deadlines (年底前) into dates; a copy that lost it cannot be placed in a series of plans.',
  defaultSeverity: 'warn',
  defaults: {},
  options: {},
  examples: {
    ok: [
      '黄冈市人民政府办公室关于印发2019年黄冈市政务公开工作要点的通知\n2019年6月12日\n2019年黄冈市政务公开工作要点\n一、甲\n(一)做好甲工作。',
    ],
    notOk: [{ input: '2019年黄冈市政务公开工作要点\n一、甲\n(一)做好甲工作。', output: ['1:1: The document has no date'] }],
  },
  check(subject) {
    return documentsWithout(subject, (doc) => doc.date !== null || (doc.record?.printedDate ?? null) !== null, 'date');
  },
};
