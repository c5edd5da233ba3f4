import type { CleanRule } from '../types.js';
import { isListItem } from '../text.js';
import { gluedFooterStart } from '../glued-footer.js';

/** ICP in any letter case, spelled out: no i flag on a pattern with CJK text (docs/performance.md). */
const ICP = /[Ii][Cc][Pp]\s*(?:备|備|证|證|许可|\d)|[Ii][Cc][Pp]\s*[:]/;

export const icp: CleanRule = {
  id: 'icp',
  description: 'ICP licence lines (京ICP备05070218号)',
  examples: {
    hit: ['京ICP备05070218号', '赣ICP备05004220号-1 赣公网安备 36010802000123号', 'ICP证:浙B2-20080224'],
    miss: ['推进IPv6规模部署。', '做好ICT产业信息公开。'],
  },
  match(line) {
    if (line.length > 150) {
      const start = gluedFooterStart(line, ICP);
      return start > 0 ? [{ reason: 'ICP licence number glued to the end of a line', start, end: line.length }] : [];
    }
    if (!ICP.test(line)) return [];
    return [{ reason: 'ICP licence number (site footer)', opensTail: true }];
  },
  tailItem: isListItem,
};
