import type { CleanRule, Hit } from '../types.js';
import { labelAt, labelPairsIn } from '../label-pairs.js';
import { readWidgetRun } from '../widget-line.js';
import { plausible, toMeta } from './page-meta.js';

/** The breadcrumb label a CMS article page starts with. */
const WHERE =
  /^[【\[]?\s*(?:当前位置|您现在的位置|您的位置|你的位置|你现在的位置|所在位置|现在位置|當前位置|您現在的位置|所在位置)\s*:/;
/** Only lines that are a whole page collapsed onto one line: short lines are left to the line rules. */
const MIN_LINE = 120;
/** How far into the line the head (breadcrumb, metadata record, page title, widgets) may run. */
const HEAD_LIMIT = 700;
/** Words that can open a widget run (the first word of a share or page-tool bar). */
const RUN_START =
  /分享到|分享至|微信|微博|QQ空间|QQ空間|无障碍|無障礙|长辈版|長輩版|关怀版|關懷版|全真版|文字版|打印|列印|下载全文|【字体|字号:|字體|-->/g;

/**
 * A CMS page collapsed onto one line starts with its head: a breadcrumb (`当前位置:首页>…`), the
 * 政府信息公开目录 record (`索引号:… 发文机关:… 文号:… 有效性:…`), the page's own title and a
 * toolbar (`微信 微博 QQ空间 全真版 文字版 文件下载 相关链接: -->`). From the line start up to the
 * end of that toolbar is the head, when no sentence ends inside it; without a toolbar, the head is
 * the run of label:value pairs. Values go to pageMeta.
 */
function headEnd(line: string, labelled: boolean): [metaEnd: number, end: number] | null {
  const head = line.slice(0, HEAD_LIMIT);
  const stop = head.search(/[。;!?]/);
  const scope = stop < 0 ? head : head.slice(0, stop);
  RUN_START.lastIndex = 0;
  for (let m = RUN_START.exec(scope); m; m = RUN_START.exec(scope)) {
    const run = readWidgetRun(line, m.index);
    if (run.words >= 2) return [m.index, run.end];
  }
  if (!labelled) return null;
  // No toolbar: the head is the label:value run; its last value ends at the first space.
  const pairs = labelPairsIn(scope);
  if (pairs.length < 2 || pairs[0].start > 0) return null;
  const last = pairs[pairs.length - 1];
  const valueStart = last.end - last.value.length;
  const space = scope.indexOf(' ', labelAt(scope, last.start)?.[2] ?? valueStart);
  if (space < 0 || space - valueStart > 40) return null;
  // More labels after it: the run goes on past the head's reach, so it is no head.
  let next = space;
  while (line[next] === ' ') next++;
  return labelAt(line, next) ? null : [space, space];
}

export const pageHead: CleanRule = {
  id: 'page-head',
  description:
    'The head of a CMS page collapsed onto one line: breadcrumb, 政府信息公开目录 record (索 引 号:, 文 号:, 是否有效:), page title and toolbar up to `-->`; values kept in pageMeta',
  examples: {
    hit: [
      '当前位置:首页>信息公开 分 类: 综合政务 发布机构: 某区园林处 生成日期: 2025-03-01 名 称: 某区园林处关于印发绿化养护方案的通知 文 号: 某园〔2025〕7号 是否有效: 是 来源:某区园林处 时间:2025-03-02 09:00 分享到:微信 微博 无障碍 长辈版 下载全文 --> 各街道办事处: 现将《绿化养护方案》印发给你们,请认真落实。一、加强日常养护',
      '当前位置:首页工作动态通知公告某县水务局关于印发2024年河道管理工作要点的通知时间:2024-02-01 10:12 微信微博 QQ空间各镇人民政府,县直有关单位:现将《2024年河道管理工作要点》印发给你们,请认真贯彻落实。某县水务局 2024年1月30日',
    ],
    miss: [
      '当前位置:首页>信息公开',
      '各地要充分利用政务微博微信等新媒体平台,及时发布政策解读信息,当前位置在全省前列,要继续保持,进一步扩大政务新媒体影响力,做好信息发布、解读回应和办事服务等工作,不断提升公开实效。',
      '一、加强政策解读。通过微信、微博、无障碍版网页等渠道发布政策解读信息,打印张贴公开目录,方便群众查阅;分享到各镇街宣传栏,扩大知晓率,确保信息发布及时准确完整规范,让群众看得到、听得懂、能监督。',
    ],
  },
  match(line, ctx) {
    if (line.length < MIN_LINE) return [];
    const where = WHERE.exec(line);
    const labelled = labelAt(line, 0) !== null;
    if (!where && !labelled) return [];
    const ends = headEnd(line, labelled);
    if (!ends) return [];
    const [metaEnd, end] = ends;
    if (end <= 0 || end >= line.length) return [];
    const pairs = labelPairsIn(line.slice(0, metaEnd)).filter(plausible);
    const meta = toMeta(pairs, ctx);
    const labels = pairs.map((p) => p.label).join(', ');
    const hit: Hit = {
      reason: `Page head of a collapsed page (breadcrumb${labels ? `, ${labels}` : ''}, toolbar)`,
      meta,
      start: 0,
      end,
    };
    return [hit];
  },
};
