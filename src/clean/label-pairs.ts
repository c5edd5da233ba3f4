import type { PageMeta } from '../core/register.js';

type Field = keyof PageMeta | 'body' | null;

/** Labels of page metadata lines and crawler headers, with the PageMeta field each feeds. */
const LABELS: ReadonlyArray<readonly [string, Field]> = [
  ...['发布时间', '发布日期', '发文日期', '发表时间', '发表日期', '信息时间', '时间', '日期', '發佈時間', '發布時間', '發布日期', '發表時間', '時間'].map(
    (l) => [l, 'date'] as const,
  ),
  ...['更新时间', '更新日期', '修改时间', '更新時間', '更新日期'].map((l) => [l, 'updated'] as const),
  ...['信息来源', '文章来源', '稿件来源', '新闻来源', '来源', '來源', '資料來源', '出处'].map((l) => [l, 'source'] as const),
  ...['浏览次数', '浏览量', '浏览', '点击数', '点击量', '点击', '阅读次数', '阅读量', '阅读数', '阅读', '访问量', '访问次数', '瀏覽次數', '瀏覽', '點擊數', '點擊', '閱讀', '人气'].map(
    (l) => [l, 'views'] as const,
  ),
  ...['标题', '標題'].map((l) => [l, 'title'] as const),
  ...['文号', '文號', '发文字号', '發文字號'].map((l) => [l, 'docNumber'] as const),
  ...['原始链接', '原文链接', '原文地址', '原始网址', '原始鏈接', '原文鏈接', '链接', '网址', 'URL'].map((l) => [l, 'url'] as const),
  ...['作者', '编辑', '责任编辑', '撰稿', '供稿', '审核', '校对', '編輯', '責任編輯', '字号', '字体', '字號', '字體', '索引号', '索引號', '主题分类', '主題分類', '发布机构', '發布機構', '所属栏目', '栏目', '发文机关', '發文機關', '发布机关', '發布機關', '成文日期', '分类', '体裁分类', '信息分类'].map(
    (l) => [l, null] as const,
  ),
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

/** A known label followed by a colon at `offset`: [label, field, offset after the colon and spaces]. */
function labelAt(text: string, offset: number): [string, Field, number] | null {
  const list = byFirst.get(text[offset]);
  if (!list) return null;
  for (const [label, field] of list) {
    if (!text.startsWith(label, offset)) continue;
    let j = offset + label.length;
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
  let pos = /^[【\[]/.test(line) ? 1 : 0;
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
    const value = line.slice(valueStart, i).replace(/[\s|【】\[\]]+$/, '').trim();
    pairs.push({ label, field, value, start, end: i });
    if (!next) return pairs;
    start = i;
    current = next;
  }
}
