import type { CleanRule } from '../types.js';
import { countWidgets } from '../widget-line.js';

export const printLinks: CleanRule = {
  id: 'print-links',
  description: 'Print/close/font-size links: 打印本页, 关闭窗口, 【打印】【关闭】, 【字体:大 中 小】',
  examples: {
    hit: [
      '打印本页',
      '【打印】【关闭】',
      '【字体:大 中 小】',
      '[打印本页] [关闭窗口]',
      '【字体:大 中 小】【打印】【关闭】',
      '列印本頁 關閉視窗',
    ],
    miss: ['做好文件打印和分发工作。', '关闭不合规的政务新媒体账号。', '大', '(三)中小企业'],
  },
  match(line) {
    const count = countWidgets(line);
    if (count && count.print > 0 && count.print > count.share) return [{ reason: 'Print/close/font-size links' }];
    return [];
  },
};
