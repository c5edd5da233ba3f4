import type { CleanRule } from '../types.js';
import { isListItem } from '../text.js';

const HEADINGS = [
  '相关文章', '相关新闻', '相关链接', '相关阅读', '相关推荐', '相关信息', '相关文件', '相关稿件', '相关解读', '相关政策',
  '相关专题', '部门解读', '专家解读', '媒体解读', '图片解读', '视频解读', '文字解读', '政策解读', '图解类', '图解',
  '相關文章', '相關新聞', '相關鏈接', '相關連結', '相關閱讀', '相關推薦', '相關資訊', '相關信息', '相關文件', '相關解讀',
  '相關政策', '部門解讀', '專家解讀', '媒體解讀', '圖片解讀', '視頻解讀', '文字解讀', '政策解讀', '圖解類', '圖解',
  '猜你喜欢', '热门文章', '热点新闻', '推荐阅读', '延伸阅读', '热门推荐', '最新文章', '更多阅读', '熱門文章', '推薦閱讀', '延伸閱讀',
];
const HEADING = new RegExp(
  `^[【\\[]?\\s*(${HEADINGS.join('|')})\\s*[】\\]]?\\s*(?::\\s*(.{0,120})|(?:>>|更多>*|more>*)?\\s*)$`,
  'i',
);
/** 上一篇:… / 下一篇:… pager links. */
const PAGER = /^(?:上一篇|下一篇|上一条|下一条|上一页|下一页|上一頁|下一頁|上一條|下一條|上篇|下篇)\s*(?::.{0,150})?$/;

/** Related lists number their links (`1.《…》解读`, `(2)一图读懂…`); plan items there would carry sentences. */
const ARABIC_ITEM = /^(?:\d{1,2}[.、](?!\d)|\(\d{1,2}\))/;

/** A link of a related list: a short title line, maybe numbered with an Arabic number. */
export function isRelatedItem(line: string): boolean {
  const number = ARABIC_ITEM.exec(line);
  return isListItem(number ? line.slice(number[0].length) : line);
}

export const relatedList: CleanRule = {
  id: 'related-list',
  description: 'Related-content blocks (相关文章, 相關新聞, 相关解读:…, 部门解读, 图解类) and their items at the end of a page; 上一篇/下一篇',
  examples: {
    hit: ['相关文章', '相關解讀:解讀《2019年江西省政務公開工作要點的通知》', '【相关新闻】', '部門解讀', '图解类', '上一篇:关于做好2019年政务公开工作的通知', '下一篇'],
    miss: ['(三)做好相关文章的解读工作。', '相关文件要及时公开。', '政策解读要与政策文件同步起草、同步审签、同步发布。'],
  },
  match(line) {
    if (line.length > 160) return [];
    const heading = HEADING.exec(line);
    if (heading) return [{ reason: `Related-content list: ${heading[1]}`, opensTail: true }];
    if (PAGER.test(line)) return [{ reason: 'Previous/next article link' }];
    return [];
  },
  tailItem: isRelatedItem,
};
