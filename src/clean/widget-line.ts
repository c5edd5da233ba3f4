import { buildTermIndex, termAt } from './term-scan.js';
import { isSpace } from './text.js';

/** Page-widget words (share buttons, print/close links, font size switches), simplified and traditional. */
// biome-ignore format: a word list, kept several to a line by kind
export const SHARE_WORDS = [
  '分享到', '分享至', '分享', '一键分享', '微信好友', '微信朋友圈', '朋友圈', '微信', '新浪微博', '腾讯微博', '微博',
  'QQ空间', 'QQ好友', 'QQ', '人人网', '豆瓣网', '豆瓣', '百度贴吧', '复制链接', '复制网址', '扫一扫', '手机扫一扫',
  '扫描二维码', '二维码', '在手机打开当前页', '在手机上打开当前页', '手机阅读', '手机版', '微信扫一扫',
  '分享到', '騰訊微博', '新浪微博', 'QQ空間', '人人網', '豆瓣網', '複製鏈接', '掃一掃', '二維碼', '手機閱讀', '更多',
];
// biome-ignore format: a word list, kept several to a line by kind
export const PRINT_WORDS = [
  '打印本页', '打印此页', '打印文章', '打印正文', '打印', '关闭窗口', '关闭本页', '关闭此页', '关闭', '返回顶部',
  '回到顶部', '返回', '收藏本页', '加入收藏', '收藏', '保存本页', '字体', '字号', '放大', '缩小', '默认', '视力保护色',
  '护眼', '繁体', '简体', '列印本頁', '列印', '打印本頁', '關閉窗口', '關閉視窗', '關閉本頁', '關閉', '返回頂部',
  '加入收藏', '字體', '字號', '繁體', '簡體', '默認', '大', '中', '小',
  // Page versions and tools of government CMS templates (适老化/无障碍 versions since the 2020 MIIT
  // accessibility programme, full/text-only views, download of the document).
  '无障碍', '无障碍浏览', '無障礙', '無障礙瀏覽', '长辈版', '長輩版', '关怀版', '關懷版', '适老版', '適老版', '老年版', '大字版',
  '全真版', '文字版', '纯文本版', '純文本版', '语音播报', '語音播報', '朗读', '朗讀', '读屏', '讀屏', '下载全文', '全文下载',
  '文件下载', '文件下載', '附件下载', '附件下載', '下载附件', '下載附件',
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

/** Words that close a widget run of a page head only: the related-links tab and a stray comment end. */
const RUN_ONLY = buildTermIndex(['相关链接', '相關鏈接', '相关文件', '相關文件', '-->'], true);

export interface WidgetRun {
  readonly end: number;
  /** Widget words read (weak ones not counted). */
  readonly words: number;
}

/**
 * Reads the widget words (share, print, page-version, download) and separators from `start` on,
 * as a collapsed page prints them (`微信微博 QQ空间全真版文字版文件下载相关链接: -->`); stops at the
 * first other character. `end` is after the last widget word (separators after it stay).
 */
export function readWidgetRun(line: string, start: number): WidgetRun {
  let words = 0;
  let end = start;
  let i = start;
  while (i < line.length) {
    const r = termAt(RUN_ONLY, line, i);
    if (!r && (isSpace(line.charCodeAt(i)) || SEPARATORS.includes(line[i]))) {
      i++;
      continue;
    }
    const s = termAt(shareIndex, line, i);
    const p = termAt(printIndex, line, i);
    const best = [s, p, r].reduce<string | null>((a, b) => ((b?.length ?? 0) > (a?.length ?? 0) ? b : a), null);
    if (!best) break;
    // Single characters (大 中 小) are widget words only inside a run.
    if (WEAK.has(best) && words === 0) break;
    if (!WEAK.has(best)) words++;
    i += best.length;
    end = i;
  }
  return { end, words };
}
