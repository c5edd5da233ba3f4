import { buildTermIndex, termAt } from './term-scan.js';
import { isSpace } from './text.js';

/** Page-widget words (share buttons, print/close links, font size switches), simplified and traditional. */
export const SHARE_WORDS = [
  '分享到', '分享至', '分享', '一键分享', '微信好友', '微信朋友圈', '朋友圈', '微信', '新浪微博', '腾讯微博', '微博',
  'QQ空间', 'QQ好友', 'QQ', '人人网', '豆瓣网', '豆瓣', '百度贴吧', '复制链接', '复制网址', '扫一扫', '手机扫一扫',
  '扫描二维码', '二维码', '在手机打开当前页', '在手机上打开当前页', '手机阅读', '手机版', '微信扫一扫',
  '分享到', '騰訊微博', '新浪微博', 'QQ空間', '人人網', '豆瓣網', '複製鏈接', '掃一掃', '二維碼', '手機閱讀', '更多',
];
export const PRINT_WORDS = [
  '打印本页', '打印此页', '打印文章', '打印正文', '打印', '关闭窗口', '关闭本页', '关闭此页', '关闭', '返回顶部',
  '回到顶部', '返回', '收藏本页', '加入收藏', '收藏', '保存本页', '字体', '字号', '放大', '缩小', '默认', '视力保护色',
  '护眼', '繁体', '简体', '列印本頁', '列印', '打印本頁', '關閉窗口', '關閉視窗', '關閉本頁', '關閉', '返回頂部',
  '加入收藏', '字體', '字號', '繁體', '簡體', '默認', '大', '中', '小',
];
/** Single characters (大 中 小) count only next to a real widget word. */
const WEAK = new Set(['大', '中', '小', '更多', '返回']);
const SEPARATORS = '【】[]()<>|/·•:,、-_〖〗「」>»';

const shareIndex = buildTermIndex(SHARE_WORDS, true);
const printIndex = buildTermIndex(PRINT_WORDS, true);

export interface WidgetCount {
  readonly share: number;
  readonly print: number;
}

/**
 * Counts the widget words of a line made of nothing but widget words and separators;
 * null as soon as anything else appears (so plan sentences that mention 微信 or 打印 never match).
 */
export function countWidgets(line: string): WidgetCount | null {
  if (line.length > 200) return null;
  let share = 0;
  let print = 0;
  let i = 0;
  while (i < line.length) {
    const code = line.charCodeAt(i);
    if (isSpace(code) || SEPARATORS.includes(line[i])) {
      i++;
      continue;
    }
    const s = termAt(shareIndex, line, i);
    const p = termAt(printIndex, line, i);
    const best = (s?.length ?? 0) >= (p?.length ?? 0) ? s : p;
    if (!best) return null;
    if (!WEAK.has(best)) {
      if (best === s) share++;
      else print++;
    }
    i += best.length;
  }
  return { share, print };
}
