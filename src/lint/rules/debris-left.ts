import type { Rule } from '../rule.js';

export interface DebrisLeftOptions {
  /** Clean rule ids (e.g. 'page-meta') whose lines are not reported. */
  readonly ignore: readonly string[];
}

export const debrisLeft: Rule<DebrisLeftOptions> = {
  id: 'debris-left',
  description: 'The text still holds lines that `workplan clean` strips as web debris, spam or boilerplate',
  rationale:
    'Page headers, breadcrumbs, share links, CMS footers, content-farm banners and SEO spam are not part of the notice. A file kept as "the plan" should hold the plan only; run `workplan clean` and keep its output.',
  defaultSeverity: 'error',
  defaults: { ignore: [] },
  options: {
    ignore: {
      description: "Clean rule ids whose lines are not reported, e.g. ['page-meta', 'breadcrumb'].",
      type: 'array',
      items: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
      uniqueItems: true,
    },
  },
  examples: {
    ok: ['2019年工作要点\n一、甲\n1.做好甲工作。'],
    notOk: [
      {
        input: '首页 > 政务公开 > 通知\n2019年工作要点\n一、甲\n(一)做好甲工作。',
        output: ['1:1: Debris left in the text (breadcrumb): `首页 > 政务公开 > 通知`'],
      },
    ],
  },
  *check(subject, options) {
    const ignore = new Set(options.ignore);
    for (const { data: s, position } of subject.tree.stripped) {
      // workplan's own document separators are structure, not debris.
      if (ignore.has(s.rule) || s.rule === 'document-separator') continue;
      const first = s.text.split('\n')[0].trim();
      const shown = first.length > 40 ? `${first.slice(0, 39)}…` : first;
      // Its first line: the stripped text as it stands in the source (none when only space was there).
      const start = position.start;
      const at =
        position.end.offset > start.offset
          ? { start, end: { line: start.line, column: start.column + first.length, offset: start.offset + first.length } }
          : s.line;
      yield { at, reason: `Debris left in the text (${s.rule}): \`${shown}\``, actual: s.text };
    }
  },
};
