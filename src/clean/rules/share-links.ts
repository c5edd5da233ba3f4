import type { CleanRule } from '../types.js';
import { countWidgets } from '../widget-line.js';

/** The scan prompt glued before a title (`扫一扫在手机打开当前页关于印发…`). */
const SCAN_PROMPT = /^(?:手机|手機|微信)?(?:扫一扫|掃一掃),?(?:在手机上?打开当前页|在手機上?打開當前頁)/;

/** Share buttons glued to the end of a kept line: from the last 分享到 on, nothing but widget words. */
function trailingShare(line: string): number | null {
  // The two words cannot overlap, so the later of their last places is the last of either.
  const last = Math.max(line.lastIndexOf('分享到'), line.lastIndexOf('分享至'));
  if (last <= 0) return null;
  const count = countWidgets(line.slice(last));
  return count && count.share > 0 ? last : null;
}

export const shareLinks: CleanRule = {
  id: 'share-links',
  description: 'Share widgets: 分享到:, 微信 微博 QQ空间, 扫一扫在手机打开当前页',
  examples: {
    hit: [
      '分享到:',
      '微信 微博 QQ空间',
      '扫一扫在手机打开当前页',
      '分享到: 微信 新浪微博 QQ空间 【打印】',
      '手机扫一扫,在手机上打开当前页',
    ],
    miss: [
      '充分发挥政务微博微信作用,扩大政策知晓率。',
      '把好经验分享到各地,扩大影响。',
      '扫一扫二维码即可办理。',
      '微信公众号要及时更新。',
      '用好“两微一端”新平台。',
    ],
  },
  match(line) {
    const count = countWidgets(line);
    if (count && count.share > 0 && count.share >= count.print) return [{ reason: 'Share buttons' }];
    // A title glued after the prompt stays.
    const prompt = SCAN_PROMPT.exec(line);
    if (prompt && line.slice(prompt[0].length).trim().length > 0) {
      return [{ reason: 'Share prompt: scan to open on a phone', start: 0, end: prompt[0].length }];
    }
    // `扫一扫在手机打开当前页` and its wordings, when short.
    if (
      line.length <= 30 &&
      !/[。;]/.test(line) &&
      /扫一扫|掃一掃/.test(line) &&
      /手机|手機|当前页|當前頁|二维码|二維碼/.test(line)
    ) {
      return [{ reason: 'Share prompt: scan to open on a phone' }];
    }
    const tail = trailingShare(line);
    if (tail !== null) return [{ reason: 'Share buttons', start: tail, end: line.length }];
    return [];
  },
};
