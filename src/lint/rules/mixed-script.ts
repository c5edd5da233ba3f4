import type { Rule } from '../rule.js';

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
    notOk: [
      {
        input:
          '2019年江西省政务公开工作要点\n一、加强政务公开\n(一)认真落实政务公开考核分值的有关要求,各地、各部门要高度重视政务公开工作,进一步理顺和完善领导体制、工作机制,各级政务公开领导小组要切实履行职责。\n(二)認真落實政務公開考核分值的有關要求。各地、各部門要高度重視政務公開工作,進一步理順和完善領導體制、工作機制,各級政務公開領導小組要切實履行職責,定期聽取政務公開工作情況匯報、研究解決重大問題。',
        output: ['1:1: The document mixes simplified and traditional script'],
      },
    ],
  },
  *check(subject) {
    const docs = subject.tree.children;
    for (const doc of docs) {
      if (doc.data.script !== 'mixed') continue;
      const which = docs.length > 1 ? `Document ${doc.data.index}` : 'The document';
      yield { at: doc.position.start, reason: `${which} mixes simplified and traditional script`, actual: 'mixed' };
    }
  },
};
