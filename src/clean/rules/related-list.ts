import type { CleanRule, LineContext } from '../types.js';
import { isListItem } from '../text.js';

// biome-ignore format: a word list, kept several to a line by kind
const HEADINGS = [
  '相关文章', '相关新闻', '相关链接', '相关阅读', '相关推荐', '相关信息', '相关文件', '相关稿件', '相关解读', '相关政策',
  '相关专题', '部门解读', '专家解读', '媒体解读', '图片解读', '视频解读', '文字解读', '政策解读', '图解类', '图解',
  '相關文章', '相關新聞', '相關鏈接', '相關連結', '相關閱讀', '相關推薦', '相關資訊', '相關信息', '相關文件', '相關解讀',
  '相關政策', '部門解讀', '專家解讀', '媒體解讀', '圖片解讀', '視頻解讀', '文字解讀', '政策解讀', '圖解類', '圖解',
  '猜你喜欢', '热门文章', '热点新闻', '推荐阅读', '延伸阅读', '热门推荐', '最新文章', '更多阅读', '熱門文章', '推薦閱讀', '延伸閱讀',
];
/** A list bullet a crawler writes before a heading or a link (`- 相关推荐`, `· 某某通知`). */
const BULLET = '(?:[-*•·▪■□◆◇>»]\\s*)?';
const HEADING = new RegExp(
  `^${BULLET}[【\\[]?\\s*(${HEADINGS.join('|')})\\s*[】\\]]?\\s*(?::\\s*(.{0,120})|(?:>>|更多>*|more>*)?\\s*)$`,
  'i',
);
/**
 * Tab names of the related-content box of government CMS article pages (政策文件 / 政策解读 / 媒体报道 /
 * 音频视频 / 新闻发布会 / 访谈 / 互动交流 / 相关附件 …, the tabs of the 政务公开 "政策文件-解读-回应" linkage
 * every 政府网站 carries since the 2017 建设指引). Alone, each is also a word a plan or a table cell could
 * hold, so they count only in a block that runs to the end of the page and holds a second tab or heading.
 */
// biome-ignore format: a word list, kept several to a line by kind
const TAB_NAMES = [
  '相关附件', '政策文件', '媒体报道', '媒体解读', '音频视频', '视频新闻', '视频', '图片新闻', '新闻发布会', '发布会实录', '发布会', '访谈', '在线访谈',
  '互动交流', '互动回应', '回应关切', '政策问答', '热点专题', '专题专栏', '政府公报', '文件', '其他',
  '相關附件', '政策文件', '媒體報道', '媒體解讀', '音頻視頻', '視頻新聞', '視頻', '圖片新聞', '新聞發布會', '新聞發佈會', '發布會實錄', '發佈會實錄',
  '發布會', '訪談', '在線訪談', '互動交流', '互動回應', '回應關切', '政策問答', '熱點專題', '專題專欄', '政府公報', '其他',
];
const TAB = new RegExp(`^${BULLET}[【\\[]?\\s*(${TAB_NAMES.toSorted((a, b) => b.length - a.length).join('|')})\\s*[】\\]]?$`);
/** Keyword and tag labels of an article (`文章关键词:`, `標籤:`), with a short value or none. */
const KEYWORDS = new RegExp(
  `^${BULLET}(?:文章关键词|文章關鍵詞|本文关键词|本文關鍵詞|关键词|關鍵詞|关键字|關鍵字|标签|標籤|標簽|Tags?)\\s*:\\s*([^。;!?]{0,60})$`,
  'i',
);
/** How many lines a tab block may hold below its first tab. */
const MAX_TAB_BLOCK = 40;

/** 上一篇:… / 下一篇:… pager links. */
const PAGER = /^(?:上一篇|下一篇|上一条|下一条|上一页|下一页|上一頁|下一頁|上一條|下一條|上篇|下篇)\s*(?::.{0,150})?$/;

/** Related lists number their links (`1.《…》解读`, `(2)一图读懂…`); plan items there would carry sentences. */
const ARABIC_ITEM = /^(?:\d{1,2}[.、](?!\d)|\(\d{1,2}\))/;

/** A link of a related list: a short title line, maybe numbered with an Arabic number. */
export function isRelatedItem(line: string): boolean {
  const bare = line.replace(/^[-*•·▪■□◆◇>»]\s*/, '');
  const number = ARABIC_ITEM.exec(bare);
  return isListItem(number ? bare.slice(number[0].length) : bare) || KEYWORDS.test(bare);
}

/** Pinyin glosses do not hide a tab name (`發(fā)布會`): read without them. */
const GLOSSES = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\)/g;

function isTabLike(line: string): boolean {
  const bare = line.replace(GLOSSES, '');
  return TAB.test(bare) || HEADING.test(bare) || KEYWORDS.test(bare);
}

/**
 * A tab name opens a block only when every non-blank line after it up to the end of the page is a
 * short list line, and one of them is another tab, heading or keyword label.
 */
function opensTabBlock(ctx: LineContext): boolean {
  const { lines, index } = ctx;
  let count = 0;
  let second = false;
  for (let j = index + 1; j < lines.length; j++) {
    const next = lines[j].trim();
    if (next.length === 0) continue;
    if (++count > MAX_TAB_BLOCK || /^[|｜]$/.test(next)) return false;
    // A bare label (`分享到:`) is a widget of the same box.
    if (!isRelatedItem(next.replace(GLOSSES, '')) && !/^.{1,12}:$/.test(next)) return false;
    if (isTabLike(next)) second = true;
  }
  return second;
}

export const relatedList: CleanRule = {
  id: 'related-list',
  description:
    'Related-content blocks (相关文章, 相關新聞, 相关解读:…, 部门解读, 图解类) and their items at the end of a page; 上一篇/下一篇',
  examples: {
    hit: [
      '相关文章',
      '相關解讀:解讀《2019年江西省政務公開工作要點的通知》',
      '【相关新闻】',
      '部門解讀',
      '图解类',
      '上一篇:关于做好2019年政务公开工作的通知',
      '下一篇',
      '- 相关推荐',
      '标签:',
      '文章關鍵詞:',
    ],
    miss: [
      '(三)做好相关文章的解读工作。',
      '相关文件要及时公开。',
      '政策解读要与政策文件同步起草、同步审签、同步发布。',
      '政策文件',
      '新闻发布会',
      '关键词:要突出政策要点,避免空话套话。',
    ],
  },
  match(line, ctx) {
    if (line.length > 160) return [];
    const heading = HEADING.exec(line);
    if (heading) return [{ reason: `Related-content list: ${heading[1]}`, opensTail: true }];
    const keywords = KEYWORDS.exec(line);
    if (keywords) return [{ reason: 'Article keywords or tags', opensTail: true }];
    const tab = TAB.exec(line.replace(GLOSSES, ''));
    if (tab && opensTabBlock(ctx)) return [{ reason: `Related-content tab at the end of the page: ${tab[1]}`, opensTail: true }];
    if (PAGER.test(line)) return [{ reason: 'Previous/next article link' }];
    return [];
  },
  tailItem: isRelatedItem,
};
