import type { Rule } from '../rule.js';
import { numberedGroups, type NumberedItem } from '../items.js';
import { formatMarker, sameStyle, type MarkerStyle } from '../marker.js';
import { findOnLine } from '../locate.js';

export const mixedMarkers: Rule = {
  id: 'mixed-markers',
  description: 'Markers at one level are written in different styles (`1.` and `1、`)',
  rationale:
    'A document that numbers one level both `1.` and `1、` was usually pieced together from several sources or edited by hand; the odd style also trips up readers and tools that split the plan by its markers.',
  defaultSeverity: 'warn',
  defaults: {},
  options: {},
  examples: {
    ok: ['2019年工作要点\n一、甲\n(一)子甲\n1.孙甲\n2.孙乙'],
    notOk: [{ input: '2019年工作要点\n一、甲\n(一)子甲\n1.孙甲\n2、孙乙\n3.孙丙', output: ['5:1: `2、` is written in another style than the `1.` used at this level'] }],
  },
  *check(subject) {
    for (const doc of subject.register.documents) {
      const byLevel = new Map<number, NumberedItem[]>();
      for (const group of numberedGroups(doc)) byLevel.set(group.level, [...(byLevel.get(group.level) ?? []), ...group.items]);
      for (const items of byLevel.values()) {
        const styled = items.filter((i): i is NumberedItem & { style: MarkerStyle } => i.style !== null);
        const main = majorityStyle(styled.map((i) => i.style));
        if (!main) continue;
        for (const item of styled) {
          if (sameStyle(item.style, main)) continue;
          const column = findOnLine(subject.source, item.line, item.marker);
          const usual = formatMarker(main, 1);
          yield {
            line: item.line,
            column,
            length: column === undefined ? undefined : item.marker.length,
            reason: `\`${item.marker}\` is written in another style than the \`${usual}\` used at this level`,
            actual: item.marker,
            expected: [formatMarker(main, item.ordinal)],
          };
        }
      }
    }
  },
};

/** The most used style; on a tie, the one seen first. */
function majorityStyle(styles: readonly MarkerStyle[]): MarkerStyle | null {
  const counts: { style: MarkerStyle; count: number }[] = [];
  for (const style of styles) {
    const entry = counts.find((c) => sameStyle(c.style, style));
    if (entry) entry.count++;
    else counts.push({ style, count: 1 });
  }
  if (counts.length < 2) return null;
  return counts.reduce((best, c) => (c.count > best.count ? c : best)).style;
}
