import type { PageMeta } from '../../core/register.js';
import type { CleanRule, LineContext } from '../types.js';
import { readLabelPairs, type LabelPair } from '../label-pairs.js';
import { isoDate } from '../text.js';
import { pinyinGloss } from './pinyin-gloss.js';

/** How far a crawler header may run before `正文:`. */
const HEADER_LIMIT = 600;
const MAX_VALUE: Record<string, number> = { title: 150, url: 400 };
/** Where an archiver saved the page: a folder path that may end in the page's whole title. */
const PATH_LABELS = new Set([
  '本地目录',
  '本地目錄',
  '本地路径',
  '本地路徑',
  '保存路径',
  '保存路徑',
  '存储路径',
  '文件路径',
  '保存位置',
  '本地文件',
]);
/** Labels that plan text could also use: alone on a line they need a value that fits the label. */
const AMBIGUOUS = new Set([
  '时间',
  '日期',
  '時間',
  '来源',
  '來源',
  '作者',
  '编辑',
  '链接',
  '网址',
  '分类',
  '分類',
  '栏目',
  '阅读',
  '浏览',
  '点击',
  '名称',
  '名稱',
  '摘要',
  '时效',
  '時效',
  '频道',
  '頻道',
  '站点',
  '站點',
  '有效期',
]);

export function plausible(pair: LabelPair): boolean {
  if (pair.field === 'body') return true;
  const max = MAX_VALUE[pair.field ?? ''] ?? (PATH_LABELS.has(pair.label) ? 400 : 60);
  if (pair.value.length > max || /[。;]/.test(pair.value)) return false;
  if (pair.field === 'date' || pair.field === 'updated')
    return pair.value.length === 0 || isoDate(pair.value) !== null || /^\d{4}[-/.]\d{1,2}/.test(pair.value);
  if (pair.field === 'views') return /^(?:\d{1,3}(?:,\d{3})+|\d{0,10})(?:次|人次)?$/.test(pair.value);
  return true;
}

/** Content farms gloss the header too (`標題:關於印發(fā)…`): the meta value is the text without them. */
function withoutGlosses(value: string, ctx: LineContext): string {
  let out = '';
  let from = 0;
  for (const hit of pinyinGloss.match(value, ctx)) {
    if (hit.start === undefined || hit.end === undefined) continue;
    out += value.slice(from, hit.start);
    from = hit.end;
  }
  return out + value.slice(from);
}

export function toMeta(pairs: readonly LabelPair[], ctx: LineContext): PageMeta {
  const meta: Record<string, string> = {};
  for (const { field, value: raw } of pairs) {
    if (!field || field === 'body' || raw.length === 0 || field in meta) continue;
    const value = withoutGlosses(raw, ctx);
    meta[field] =
      field === 'date' || field === 'updated' ? (isoDate(value) ?? value) : field === 'views' ? value.replaceAll(',', '') : value;
  }
  return meta;
}

export const pageMeta: CleanRule = {
  id: 'page-meta',
  description:
    'Short lines of label:value page metadata (日期:, 来源:, 浏览次数:, crawler headers up to 正文:), values kept in pageMeta',
  examples: {
    hit: [
      '时间:2018-06-19 17:16 来源:“中国杭州”政府门户网站 浏览次数:',
      '日期:2019-05-17 09:15',
      '來源:江西省人民政府辦公廳',
      '来源: 区政府办 更新时间: 2020-03-02 点击:1165',
      '来源: 某市政府网 | 作者: 办公室 | 发布时间: 2024-04-12 09:30:00 | 阅读次数: 1,165 | 【字体:大 中 小】',
      '发文机关:某市人民政府办公室 成文日期:2024-04-10',
      '字号:大 中 小',
      '标题:关于印发2020年工作要点的通知 发布时间:2020-03-02 文号:x政办〔2020〕3号 来源:x市政府 原始链接:http://x.gov.cn/a.html 正文:',
    ],
    miss: [
      '数据来源:各地各部门报送的季度统计报表,由市统计局汇总后于每季度末向社会公开发布。',
      '时间:2020年底前',
      '主题词:行政事务 政务公开 通知',
      '抄送:市委办公室。',
      '加强信息来源审核,确保发布内容准确。',
    ],
  },
  match(line, ctx) {
    const pairs = readLabelPairs(line, HEADER_LIMIT);
    if (!pairs || !pairs.every(plausible)) return [];
    const last = pairs[pairs.length - 1];
    const meta = toMeta(pairs, ctx);
    const labels = pairs.map((p) => p.label).join(', ');
    if (last.field === 'body') {
      const rest = line.slice(last.end).trim();
      const reason = `Crawler header (${labels})`;
      return rest.length === 0 ? [{ reason, meta }] : [{ reason, meta, start: 0, end: last.end }];
    }
    if (line.length > 200) return [];
    if (pairs.length === 1 && AMBIGUOUS.has(last.label) && last.value.length > 40) return [];
    return [{ reason: `Page metadata (${labels})`, meta }];
  },
};
