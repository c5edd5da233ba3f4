import type { CleanRule } from '../types.js';
import { countWidgets } from '../widget-line.js';

export const shareLinks: CleanRule = {
  id: 'share-links',
  description: 'Share widgets: 分享到:, 微信 微博 QQ空间, 扫一扫在手机打开当前页',
  examples: {
    hit: ['分享到:', '微信 微博 QQ空间', '扫一扫在手机打开当前页', '分享到: 微信 新浪微博 QQ空间 【打印】', '手机扫一扫,在手机上打开当前页'],
    miss: ['充分发挥政务微博微信作用,扩大政策知晓率。', '微信公众号要及时更新。', '用好“两微一端”新平台。'],
  },
  match(line) {
    const count = countWidgets(line);
    if (count && count.share > 0 && count.share >= count.print) return [{ reason: 'Share buttons' }];
    // `扫一扫在手机打开当前页` and its wordings, when short.
    if (line.length <= 30 && /扫一扫|掃一掃/.test(line) && /手机|手機|当前页|當前頁|二维码|二維碼/.test(line)) {
      return [{ reason: 'Share prompt: scan to open on a phone' }];
    }
    return [];
  },
};
