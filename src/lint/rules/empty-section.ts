import type { RegisterDocument, Section } from '../../core/register.js';
import type { Rule } from '../rule.js';
import { findOnLine } from '../locate.js';

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
    for (const doc of subject.register.documents) {
      for (const section of emptySections(doc)) {
        const marker = section.marker.trim();
        const column = findOnLine(subject.source, section.line, marker);
        const title = section.title.length > 20 ? `${section.title.slice(0, 19)}…` : section.title;
        yield { line: section.line, column, reason: `Section \`${marker}${title}\` is empty` };
      }
    }
  },
};

/**
 * Sections that are headings (level 1, or a level where some section has subsections or a
 * lead-in) and hold nothing but their heading. A one-sentence numbered item is a task, not an
 * empty heading, so levels made only of such items, and long one-line items, are left alone.
 */
function emptySections(doc: RegisterDocument): Section[] {
  const all: Section[] = [];
  const walk = (list: readonly Section[]): void => {
    for (const s of list) {
      all.push(s);
      walk(s.sections);
    }
  };
  walk(doc.sections);
  const headingLevels = new Set(all.filter((s) => s.sections.length > 0 || s.intro !== null).map((s) => s.level));
  headingLevels.add(1);
  return all.filter((s) => {
    if (!headingLevels.has(s.level) || s.sections.length > 0 || s.intro !== null) return false;
    // A long line is a one-sentence task, not a heading that lost its body.
    if (bare(s.title).length > MAX_HEADING) return false;
    const own = doc.tasks.filter((t) => t.sectionId === s.id);
    return own.every((t) => t.unitsText === null && bare(t.text) === bare(s.title));
  });
}

/** Longest heading, in characters; headings are short phrases (着力推进政务公开平台建设). */
const MAX_HEADING = 30;

function bare(text: string): string {
  return text.replace(/[\s。;;,,.:：、]+$/u, '').trim();
}
