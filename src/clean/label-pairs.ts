import type { PageMeta } from '../core/register.js';

type Field = keyof PageMeta | 'body' | null;

/**
 * Labels of page metadata lines and crawler headers, with the PageMeta field each feeds. Where the
 * list comes from:
 * - article pages of government CMSs (TRS WCM, 大汉, 博思, 网站群 platforms): 发布时间, 来源, 浏览次数, 字号…;
 * - the 政府信息公开目录 record every such site prints above a document (《政府信息公开目录系统实施指引
 *   (试行)》, 2008, and the 政务公开 page norms built on it): 索引号, 名称/标题, 内容概述, 生成日期/成文日期,
 *   发布机构/发文机关, 文号/发文字号, 主题分类/体裁分类/组配分类/服务对象分类, 公开方式/形式/范围/时限,
 *   有效性/是否有效/时效, 实施/废止日期;
 * - the export fields of crawlers and page archivers (saved-page headers above `正文:`): 标题, 原始链接/原文链接,
 *   本地目录/本地路径/保存路径, 抓取时间/采集时间/入库时间, 站点/频道/栏目.
 * Simplified and traditional forms both; 主题词 is left out (版记 of the notice itself, read by segment).
 */
// biome-ignore format: a word list, kept several to a line by kind
const LABELS: ReadonlyArray<readonly [string, Field]> = [
  ...['发布时间', '发布日期', '发文日期', '发表时间', '发表日期', '信息时间', '公开日期', '公开时间', '时间', '日期', '發佈時間', '發布時間', '發布日期', '發表時間', '公開日期', '時間'].map(
    (l) => [l, 'date'] as const,
  ),
  ...['更新时间', '更新日期', '修改时间', '更新時間', '更新日期'].map((l) => [l, 'updated'] as const),
  ...['信息来源', '文章来源', '稿件来源', '新闻来源', '来源', '來源', '資料來源', '出处'].map((l) => [l, 'source'] as const),
  ...['浏览次数', '浏览量', '浏览', '点击数', '点击量', '点击', '阅读次数', '阅读量', '阅读数', '阅读', '访问量', '访问次数', '瀏覽次數', '瀏覽', '點擊數', '點擊', '閱讀', '人气'].map(
    (l) => [l, 'views'] as const,
  ),
  ...['标题', '標題', '名称', '名稱', '信息名称', '信息名稱', '文件名称', '文件名稱'].map((l) => [l, 'title'] as const),
  ...['文号', '文號', '发文字号', '發文字號', '发文文号', '文件编号', '文件編號'].map((l) => [l, 'docNumber'] as const),
  ...['原始链接', '原文链接', '原文地址', '原始网址', '原始鏈接', '原文鏈接', '原始地址', '原文网址', '原链接', '原网址', '源链接', '源地址', '来源链接', '来源网址', '来源地址', '页面地址', '页面链接', '网页地址', '采集地址', '链接', '网址', 'URL'].map(
    (l) => [l, 'url'] as const,
  ),
  ...[
    '作者', '编辑', '责任编辑', '撰稿', '供稿', '审核', '校对', '編輯', '責任編輯', '字号', '字体', '字號', '字體', '索引号', '索引號', '信息索引',
    '主题分类', '主題分類', '体裁分类', '體裁分類', '组配分类', '組配分類', '服务对象分类', '服務對象分類', '信息分类', '信息分類', '分类', '分類',
    '发布机构', '發布機構', '發佈機構', '发文机关', '發文機關', '发布机关', '發布機關', '发文单位', '發文單位', '发布单位', '發布單位', '所属机构',
    '所属栏目', '所屬欄目', '栏目', '欄目', '所属频道', '频道', '頻道', '站点', '站點', '所属站点', '网站名称', '網站名稱',
    '成文日期', '生成日期', '實施日期', '实施日期', '施行日期', '废止日期', '廢止日期', '失效日期', '失效时间',
    '有效性', '是否有效', '时效性', '時效性', '时效', '時效', '效力状态', '效力狀態', '有效期',
    '公开方式', '公開方式', '公开形式', '公開形式', '公开范围', '公開範圍', '公开时限', '公開時限', '内容概述', '內容概述', '内容摘要', '摘要',
    '本地目录', '本地目錄', '本地路径', '本地路徑', '保存路径', '保存路徑', '存储路径', '文件路径', '保存位置', '本地文件',
    '抓取时间', '抓取時間', '采集时间', '採集時間', '爬取时间', '入库时间', '下载时间', '保存时间',
  ].map((l) => [l, null] as const),
  ['正文', 'body'],
];

const byFirst = new Map<string, Array<readonly [string, Field]>>();
for (const entry of LABELS.toSorted((a, b) => b[0].length - a[0].length)) {
  const list = byFirst.get(entry[0][0]) ?? [];
  list.push(entry);
  byFirst.set(entry[0][0], list);
}

export interface LabelPair {
  readonly label: string;
  readonly field: Field;
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Where `label` ends when it stands at `offset`, or -1. CMS templates letter-space short labels
 * (`索 引 号:`, `文　号:`): one space between its characters is part of the label.
 */
function spacedLabelEnd(text: string, offset: number, label: string): number {
  let j = offset;
  for (let k = 0; k < label.length; k++) {
    if (k > 0 && text[j] === ' ' && text[j + 1] === label[k]) j++;
    if (text[j] !== label[k]) return -1;
    j++;
  }
  return j;
}

/** A known label followed by a colon at `offset`: [label, field, offset after the colon and spaces]. */
export function labelAt(text: string, offset: number): [string, Field, number] | null {
  const list = byFirst.get(text[offset]);
  if (!list) return null;
  for (const [label, field] of list) {
    let j = spacedLabelEnd(text, offset, label);
    if (j < 0) continue;
    while (text[j] === ' ') j++;
    if (text[j] !== ':' && text[j] !== ':') continue;
    j++;
    while (text[j] === ' ') j++;
    return [label, field, j];
  }
  return null;
}

/**
 * Reads `label:value label:value …` from the start of `line` (after an optional bracket), up to
 * `limit` characters. Stops after `正文:`: what follows is content. Null unless the text up to
 * there is nothing but known label:value pairs.
 */
export function readLabelPairs(line: string, limit: number): LabelPair[] | null {
  const pos = /^[【\[]/.test(line) ? 1 : 0;
  let current = labelAt(line, pos);
  if (!current) return null;
  const pairs: LabelPair[] = [];
  const max = Math.min(line.length, limit);
  let start = pos;
  for (;;) {
    const [label, field, valueStart] = current;
    if (field === 'body') {
      pairs.push({ label, field, value: '', start, end: valueStart });
      return pairs;
    }
    let i = valueStart;
    let next: [string, Field, number] | null = null;
    while (i < line.length) {
      if (i >= max) return null;
      next = labelAt(line, i);
      if (next) break;
      i++;
    }
    // The separator before the next label (`|`, `【字体:`) is not part of the value.
    const value = line
      .slice(valueStart, i)
      .replace(/[\s|【】\[\]]+$/, '')
      .trim();
    pairs.push({ label, field, value, start, end: i });
    if (!next) return pairs;
    start = i;
    current = next;
  }
}

/**
 * Every known `label:value` inside `text` (a page head cut out of a collapsed line): each value runs
 * to the next label or the end of `text`.
 */
export function labelPairsIn(text: string): LabelPair[] {
  const found: Array<[number, string, Field, number]> = [];
  for (let i = 0; i < text.length; ) {
    const hit = labelAt(text, i);
    if (hit) {
      found.push([i, ...hit]);
      i = hit[2];
    } else i++;
  }
  return found.map(([start, label, field, valueStart], k) => {
    const end = k + 1 < found.length ? found[k + 1][0] : text.length;
    return { label, field, value: text.slice(valueStart, end).trim(), start, end };
  });
}
