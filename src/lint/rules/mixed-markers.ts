import type { Rule } from '../rule.js';
import type { MarkerStyle } from '../../core/tree.js';
import { markerAt, numberedGroups, type NumberedItem } from '../numbered.js';
import { formatMarker, sameStyle } from '../marker.js';
import { children } from '../tree.js';

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
    notOk: [
      {
        input: '2019年工作要点\n一、甲\n(一)子甲\n1.孙甲\n2、孙乙\n3.孙丙',
        output: ['5:1: `2、` is written in another style than the `1.` used at this level'],
      },
    ],
  },
  *check(subject) {
    for (const doc of children(subject.tree)) {
      const byLevel = new Map<number, NumberedItem[]>();
      for (const group of numberedGroups(doc)) byLevel.set(group.level, [...(byLevel.get(group.level) ?? []), ...group.items]);
      for (const items of byLevel.values()) {
        const styled = items.flatMap((i) => (i.marker.style === null ? [] : [{ item: i, style: i.marker.style }]));
        const main = majorityStyle(styled.map((i) => i.style));
        if (!main) continue;
        for (const { item, style } of styled) {
          if (sameStyle(style, main)) continue;
          const usual = formatMarker(main, 1);
          yield {
            at: markerAt(item),
            reason: `\`${item.marker.value}\` is written in another style than the \`${usual}\` used at this level`,
            actual: item.marker.value,
            expected: [formatMarker(main, item.marker.ordinal)],
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
