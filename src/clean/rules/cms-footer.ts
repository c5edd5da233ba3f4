import type { CleanRule } from '../types.js';
import { isListItem } from '../text.js';
import { gluedFooterStart } from '../glued-footer.js';
import { anyCase, phraseSet } from '../../core/phrases.js';

/** Site operator labels: footers only when a colon follows (主办单位:, 技术支持:). */
const OPERATOR_LABELS = [
  '技术支持',
  '技術支持',
  '主办单位',
  '主辦單位',
  '主办',
  '主辦',
  '承办单位',
  '承辦單位',
  '承办',
  '承辦',
  '协办单位',
  '协办',
  '维护单位',
  '維護單位',
  '运行维护',
  '网站管理',
  '网站维护',
];

/** Phrases that only site footers carry; the words are the cue a line needs (see phrases.ts). */
const STRONG = phraseSet([
  { before: `${anyCase('Produced')}\\s+`, words: [anyCase('By')] },
  { before: `${anyCase('Powered')}\\s+`, words: [anyCase('By')] },
  { words: ['版权所有', '版權所有'] },
  { words: [anyCase('Copyright')] },
  { words: ['©'] },
  { words: ['网站标识码', '網站標識碼'] },
  { words: ['公网安备', '公網安備'] },
  { before: `(?:${OPERATOR_LABELS.join('|')})\\s*`, words: [':'] },
  { before: '建议使用.{0,30}', words: ['浏览'], after: '器' },
  { before: '(?:最佳|分辨率)', words: ['浏览'] },
]);
const mayBeFooter = (text: string): boolean => STRONG.cue().test(text);

/** Footer menu words: only on a short line with no prose punctuation. */
const MENU =
  /联系我们|聯繫我們|聯絡我們|网站地图|網站地圖|关于我们|關於我們|网站声明|網站聲明|隐私政策|隱私政策|使用帮助|无障碍浏览|無障礙|纠错/;

export const cmsFooter: CleanRule = {
  id: 'cms-footer',
  description: 'Site footers: CMS credits (Produced By …), 版权所有, 主办单位:, 技术支持:, 网站标识码, 公网安备, footer menus',
  examples: {
    hit: [
      'Produced By 大汉网络 大汉版通发布系统 Produced By 大汉网络 大汉版通发布系统',
      '版权所有:黄冈市人民政府 主办:黄冈市人民政府办公室',
      '承办:黄冈市政务服务和大数据管理局 技术支持:大汉网络',
      '网站标识码:4211000001',
      '京公网安备 11010202000001号',
      '联系我们 | 网站地图',
    ],
    miss: [
      '保护著作权人合法权益,查处侵犯版权所有人权益的行为。',
      '加强网站地图和搜索功能建设,方便公众查找信息。',
      '主办单位要做好会议组织工作。',
      '各地要建立联系我们的群众工作机制。',
    ],
  },
  match(line) {
    if (line.length > 150 || /。/.test(line)) {
      // The cue is read on the tail the glued-footer search looks at, not on the whole long line.
      const start = gluedFooterStart(line, STRONG.pattern(), mayBeFooter);
      return start > 0 ? [{ reason: 'Site footer glued to the end of a line', start, end: line.length }] : [];
    }
    if (mayBeFooter(line) && STRONG.pattern().test(line))
      return [{ reason: 'Site footer (CMS credit, copyright or site operator)', opensTail: true }];
    if (line.length <= 40 && MENU.test(line) && !/[。,;]/.test(line)) {
      return [{ reason: 'Site footer menu', opensTail: true }];
    }
    return [];
  },
  tailItem: isListItem,
};
