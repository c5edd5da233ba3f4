import type { Register, Section } from '../core/register.js';

/** Item markers at the start of a line inside a task's text: rows a parser failed to separate. */
const INNER_MARKER = /(^|\n)\s*(\d{1,3}[.．、]|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/gu;
/** Share of tasks with units above which the unit-less ones are suspect. */
const MOST_HAVE_UNITS = 0.6;

/**
 * Signs that a register was parsed badly, said at the top of a diff: the alignment can only be as
 * good as the tasks it is given. Numbering that skips (a lost section or item), numbered items
 * left inside task texts (table rows grouped into one task), and tasks with no units in a plan
 * where most have them (a unit cell not recognised).
 */
export function parseWarnings(register: Register): string[] {
  const out: string[] = [];
  for (const doc of register.documents) {
    const where = register.documents.length > 1 ? `document ${doc.index}: ` : '';
    const gaps: string[] = [];
    const walk = (sections: readonly Section[], parent: string): void => {
      for (let i = 1; i < sections.length; i++) {
        const a = sections[i - 1];
        const b = sections[i];
        if (a.level === b.level && b.ordinal > a.ordinal + 1)
          gaps.push(`${b.marker} follows ${a.marker}${parent ? ` under ${parent}` : ''}`);
      }
      for (const s of sections) walk(s.sections, s.marker);
    };
    walk(doc.sections, '');
    if (gaps.length > 0)
      out.push(`${where}numbering skips: ${gaps.slice(0, 3).join('; ')}${gaps.length > 3 ? ` (+${gaps.length - 3} more)` : ''}`);
    const inner = doc.tasks.reduce((n, t) => n + [...t.text.matchAll(INNER_MARKER)].length, 0);
    if (inner >= 3 && inner >= doc.tasks.length / 2) {
      out.push(
        `${where}${inner} numbered items inside the texts of ${doc.tasks.length} tasks: rows or items were probably grouped into one task`,
      );
    }
    const withUnits = doc.tasks.filter((t) => t.leads.length + t.owners.length > 0).length;
    const without = doc.tasks.length - withUnits;
    if (doc.tasks.length >= 4 && without > 0 && withUnits >= MOST_HAVE_UNITS * doc.tasks.length) {
      out.push(`${where}${without} of ${doc.tasks.length} tasks have no units while most do`);
    }
    if (doc.tasks.length >= 4 && withUnits === 0 && doc.tasks.some((t) => /牵头|责任单位|负责/u.test(t.text))) {
      out.push(`${where}no task has units, but task texts mention 牵头/责任单位/负责: units were probably left in the text`);
    }
  }
  return out;
}
