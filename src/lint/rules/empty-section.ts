import type { Section } from '../../core/register.js';
import type { Rule } from '../rule.js';
import { findOnLine } from '../locate.js';

export const emptySection: Rule = {
  id: 'empty-section',
  description: 'A numbered section has no text: no lead-in, no subsections and no task',
  rationale:
    'A heading with nothing under it usually means its body was lost in copying (or was a table or picture that did not come along); the register would show a section without tasks.',
  defaultSeverity: 'warn',
  defaults: {},
  options: {},
  examples: {
    ok: ['2019年工作要点\n一、甲\n1.做好甲工作。\n二、乙\n1.做好乙工作。'],
    notOk: [],
  },
  *check(subject) {
    for (const doc of subject.register.documents) {
      const withTasks = new Set(doc.tasks.map((t) => t.sectionId));
      const visit = function* (sections: readonly Section[]): Generator<{ section: Section }> {
        for (const s of sections) {
          if (s.sections.length === 0 && s.intro === null && !withTasks.has(s.id)) yield { section: s };
          yield* visit(s.sections);
        }
      };
      for (const { section } of visit(doc.sections)) {
        const marker = section.marker.trim();
        const column = findOnLine(subject.source, section.line, marker);
        yield {
          line: section.line,
          column,
          length: column === undefined ? undefined : marker.length + section.title.length,
          reason: `Section \`${marker}${section.title.length > 20 ? `${section.title.slice(0, 19)}…` : section.title}\` is empty`,
        };
      }
    }
  },
};
