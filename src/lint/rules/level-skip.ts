import type { Rule } from '../rule.js';
import { markerAt, numberedGroups } from '../numbered.js';
import { children } from '../tree.js';

const EXAMPLE_MARKER = ['', '一、', '(一)', '1.', '(1)'];

export const levelSkip: Rule = {
  id: 'level-skip',
  description: 'A numbered level is skipped (`一、` followed straight by `1.`)',
  rationale:
    'GB/T 9704-2012 §7.3.3 orders structure numbers 一、 → (一) → 1. → (1). A skipped level often means a heading line was lost in copying, and it makes the section ids of the register disagree with how readers cite the plan.',
  defaultSeverity: 'warn',
  defaults: {},
  options: {},
  examples: {
    ok: ['2019年工作要点\n一、甲\n(一)子甲\n1.孙甲'],
    notOk: [
      {
        input: '2019年工作要点\n一、甲\n1.孙甲\n2.孙乙',
        output: ['3:1: `1.` comes straight under `一、`: level 2 (`(一)`) is skipped'],
      },
    ],
  },
  *check(subject) {
    for (const doc of children(subject.tree)) {
      for (const group of numberedGroups(doc)) {
        const parent = group.parent;
        // The document root may start at any level: short plans are often numbered 1. 2. 3.
        if (parent === null || group.level <= parent.data.level + 1) continue;
        const item = group.items[0];
        const missing = parent.data.level + 1;
        yield {
          at: markerAt(item),
          reason: `\`${item.marker.value}\` comes straight under \`${parent.marker.value}\`: level ${missing} (\`${EXAMPLE_MARKER[missing]}\`) is skipped`,
          actual: item.marker.value,
          expected: [EXAMPLE_MARKER[missing]],
        };
      }
    }
  },
};
