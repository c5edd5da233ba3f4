import type { Rule } from '../rule.js';
import { findNear } from '../locate.js';

/** Codes the segment stage uses for an annotation it found but could not read. */
export const UNPARSED_CODES: ReadonlySet<string> = new Set(['unparsed-annotation', 'unparsed-units', 'unknown-units']);

export const unparsedAnnotation: Rule = {
  id: 'unparsed-annotation',
  description: 'A unit annotation whose units could not be read',
  rationale:
    'An annotation that yields no lead or responsible unit leaves the task unowned in the register although the document does name someone; the wording is unusual or damaged and a person should check it.',
  defaultSeverity: 'warn',
  defaults: {},
  options: {},
  examples: {
    ok: ['2019年工作要点\n一、甲\n1.做好甲工作。(市财政局牵头落实)'],
    notOk: [{ input: '2019年工作要点\n(一)做好甲工作。\n责任单位:待定', output: ['3:1: No unit could be read from the annotation `责任单位:待定`'] }],
  },
  *check(subject) {
    const seen = new Set<number>();
    for (const doc of subject.register.documents) {
      for (const task of doc.tasks) {
        if (task.unitsText === null || task.leads.length > 0 || task.owners.length > 0) continue;
        seen.add(task.line);
        const first = task.unitsText.split('\n')[0];
        const at = findNear(subject.source, task.line, first);
        yield {
          line: at?.line ?? task.line,
          column: at?.column,
          length: at === undefined ? undefined : first.length,
          reason: `No unit could be read from the annotation \`${task.unitsText}\``,
          actual: task.unitsText,
        };
      }
    }
    for (const warning of subject.register.warnings) {
      if (!UNPARSED_CODES.has(warning.code) || seen.has(warning.line)) continue;
      yield { line: warning.line, reason: warning.message };
    }
  },
};
