import type { DocumentNode, SectionNode } from '../../core/tree.js';
import type { Rule } from '../rule.js';
import { children, sectionsOf } from '../tree.js';

export const emptySection: Rule = {
  id: 'empty-section',
  description: 'A section heading has nothing under it: no lead-in, no subsections and no task text',
  rationale:
    'A heading with nothing under it usually means its body was lost in copying (or was a table or picture that did not come along); the register would show a section without tasks.',
  defaultSeverity: 'warn',
  defaults: {},
  options: {},
  examples: {
    ok: ['2019年工作要点\n一、甲\n(一)做好甲工作。\n二、乙\n(一)做好乙工作。'],
    notOk: [{ input: '2019年工作要点\n一、甲\n二、乙\n(一)做好乙工作。', output: ['2:1: Section `一、甲` is empty'] }],
  },
  *check(subject) {
    for (const doc of children(subject.tree)) {
      for (const section of emptySections(doc)) {
        const marker = section.marker.value;
        const { title } = section.data;
        const shown = title.length > 20 ? `${title.slice(0, 19)}…` : title;
        yield { at: section.marker.position?.start ?? section.data.line, reason: `Section \`${marker}${shown}\` is empty` };
      }
    }
  },
};

/**
 * Sections that are headings (level 1, or a level where some section has subsections or a
 * lead-in) and hold nothing but their heading. A one-sentence numbered item is a task, not an
 * empty heading, so levels made only of such items, and long one-line items, are left alone.
 */
function emptySections(doc: DocumentNode): SectionNode[] {
  const all = sectionsOf(doc);
  const hasSections = (s: SectionNode): boolean => s.children.some((c) => c.type === 'section');
  const headingLevels = new Set(all.filter((s) => hasSections(s) || s.data.intro !== null).map((s) => s.data.level));
  headingLevels.add(1);
  return all.filter((s) => {
    if (!headingLevels.has(s.data.level) || hasSections(s) || s.data.intro !== null) return false;
    // A long line is a one-sentence task, not a heading that lost its body.
    if (bare(s.data.title).length > MAX_HEADING) return false;
    return s.children.every((t) => t.type === 'task' && t.data.unitsText === null && bare(t.data.text) === bare(s.data.title));
  });
}

/** Longest heading, in characters; headings are short phrases (着力推进政务公开平台建设). */
const MAX_HEADING = 30;

function bare(text: string): string {
  return text.replace(/[\s。;;,,.:：、]+$/u, '').trim();
}
