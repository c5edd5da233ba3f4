import type { Rule } from '../rule.js';
import { children, tasksOf } from '../tree.js';

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
    notOk: [
      {
        input: '2019年工作要点\n(一)做好甲工作。\n责任单位:待定',
        output: ['3:1: No unit could be read from the annotation `责任单位:待定`'],
      },
    ],
  },
  *check(subject) {
    const seen = new Set<number>();
    for (const doc of children(subject.tree)) {
      for (const node of tasksOf(doc)) {
        const task = node.data;
        if (task.unitsText === null || task.leads.length > 0 || task.owners.length > 0) continue;
        seen.add(task.line);
        // The first annotation as written; a table's unit cells have no place of their own but their row.
        const first = node.children[0];
        yield {
          at: first?.position ?? task.line,
          reason: `No unit could be read from the annotation \`${task.unitsText}\``,
          actual: task.unitsText,
        };
      }
    }
    for (const warning of subject.tree.data.warnings) {
      if (!UNPARSED_CODES.has(warning.code) || seen.has(warning.line)) continue;
      yield { at: warning.line, reason: warning.message };
    }
  },
};
