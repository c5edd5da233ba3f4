/*
 * The cms-footer, farm-header and icp rules as they were before their cue prefilters and the
 * dropped i flags (commit 791db17), kept verbatim as oracles for rule-cues.test.ts.
 */
import type { CleanRule, Hit } from '../../src/clean/types.js';
import { isListItem, STRUCTURE_MARKER } from '../../src/clean/text.js';
import { gluedFooterStart } from '../../src/clean/glued-footer.js';

export const cmsFooterOracle: CleanRule = (() => {

/** Phrases that only site footers carry. */
const STRONG =
  /Produced\s+By|Powered\s+By|版权所有|版權所有|Copyright|©|网站标识码|網站標識碼|公网安备|公網安備|(?:技术支持|技術支持|主办单位|主辦單位|主办|主辦|承办单位|承辦單位|承办|承辦|协办单位|协办|维护单位|維護單位|运行维护|网站管理|网站维护)\s*:|建议使用.{0,30}浏览器|最佳浏览|分辨率浏览/i;
/** Footer menu words: only on a short line with no prose punctuation. */
const MENU = /联系我们|聯繫我們|聯絡我們|网站地图|網站地圖|关于我们|關於我們|网站声明|網站聲明|隐私政策|隱私政策|使用帮助|无障碍浏览|無障礙|纠错/;

return {
  id: 'cms-footer',
  description: 'Site footers: CMS credits (Produced By …), 版权所有, 主办单位:, 技术支持:, 网站标识码, 公网安备, footer menus',
  examples: {
    hit: [
      'Produced By 大汉网络 大汉版通发布系统 Produced By 大汉网络 大汉版通发布系统',
      '版权所有:黄冈市人民政府 主办:黄冈市人民政府办公室',
      '承办:黄冈市政务服务和大数据管理局 技术支持:大汉网络',
      '网站标识码:4211000001',
      '京公网安备 11010202000001号',
      '联系我们 | 网站地图',
    ],
    miss: ['保护著作权人合法权益,查处侵犯版权所有人权益的行为。', '加强网站地图和搜索功能建设,方便公众查找信息。', '主办单位要做好会议组织工作。', '各地要建立联系我们的群众工作机制。'],
  },
  match(line) {
    if (line.length > 150 || /。/.test(line)) {
      const start = gluedFooterStart(line, STRONG);
      return start > 0 ? [{ reason: 'Site footer glued to the end of a line', start, end: line.length }] : [];
    }
    if (STRONG.test(line)) return [{ reason: 'Site footer (CMS credit, copyright or site operator)', opensTail: true }];
    if (line.length <= 40 && MENU.test(line) && !/[。,;]/.test(line)) {
      return [{ reason: 'Site footer menu', opensTail: true }];
    }
    return [];
  },
  tailItem: isListItem,
};
})();

export const farmHeaderOracle: CleanRule = (() => {

/**
 * Phrases content farms wrap around a copied document. Each is specific to farm prose: government
 * text says 群众, not 大家, and never 小编. (范文 is left out on purpose: 示范文本 contains it.)
 */
const FARM_PHRASE = new RegExp(
  [
    '小编',
    '小編',
    '为(?:大家|您|你)(?:精心)?(?:整理|收集|搜集|带来|准备|推荐|分享|汇总|整合)了?的',
    '為(?:大家|您|你)(?:精心)?(?:整理|收集|蒐集|帶來|準備|推薦|分享)了?的',
    '供(?:大家|您|你)(?:参考|借鉴|学习|阅读|參考|借鑒|學習|閱讀)',
    '仅供参考',
    '僅供參考',
    '希望(?:能)?(?:对|給|给|對|帮到|幫到)(?:大家|您|你)',
    '欢迎(?:阅读|借鉴|下载|大家阅读)',
    '^本文(?:是|共|已|仅|来源于|来自|地址|链接|关键词|標題|关键字)',
    '文章来源于网络',
    '如有侵权',
    '侵删',
    '全文共\\d{1,6}字',
    '阅读本文(?:大约)?需要',
    '展开全文',
    '(?:点击|免费)下载(?:全文|本文|文档|word)',
  ].join('|'),
  'i',
);

/** `xx市2022年政务公开工作要点3篇`, `…工作要点(精选5篇)`, `…工作要点范文`: a farm's collection title. */
const COLLECTION_TITLE =
  /(?:(?:[(\[【]\s*)?(?:精选|通用|共|优选|最新|热门|精選|優選|熱門)?(?:\d{1,3}|[一二三四五六七八九十两兩]{1,3})篇(?:范文|精选|合集|汇总|大全|精選|匯總)?(?:\s*[)\]】])?|范文|範文|模板|大全|合集)$/;

/** Splits text into sentences, each keeping its closing punctuation. */
function sentences(line: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '。' || ch === '!' || ch === '?' || ch === '!' || ch === '?') {
      // Keep runs like `!!` or `。”` with the sentence they close.
      let end = i + 1;
      while (end < line.length && /[!?!?。”’)]/.test(line[end])) end++;
      out.push([start, end]);
      start = end;
      i = end - 1;
    }
  }
  if (start < line.length) out.push([start, line.length]);
  return out;
}

return {
  id: 'farm-header',
  description: 'Content-farm intros and outros (下面是小编为大家整理的…, 供大家参考) and collection titles (…3篇)',
  examples: {
    hit: [
      '下面是小编为大家整理的2022年xx市政务公开工作要点(全文),供大家参考。希望对大家写作有帮助!',
      '以下是本站为大家整理的工作要点,仅供参考',
      'xx市2022年政务公开工作要点3篇',
      '2021年政务公开工作要点范文(精选5篇)',
      '本文是小编精心收集的,欢迎阅读',
      '下面是小編為大家整理的工作要點,供大家參考。',
    ],
    miss: [
      '明确需提交材料的名称、依据、格式、份数、签名签章等要求,并提供规范表格、填写说明和示范文本。',
      '2019年黄冈市政务公开工作实施方案',
      '本文件自印发之日起施行。',
      '(一)写好政务公开“三篇文章”',
    ],
  },
  match(line) {
    if (line.length <= 80 && !/[。!?,;]/.test(line) && !STRUCTURE_MARKER.test(line) && COLLECTION_TITLE.test(line)) {
      return [{ reason: 'Content-farm collection title' }];
    }
    // Cheap reject before splitting a long line into sentences.
    if (!FARM_PHRASE.test(line) && !/^本文/.test(line)) return [];
    const parts = sentences(line);
    const farm = parts.map(([s, e]) => FARM_PHRASE.test(line.slice(s, e)));
    let head = 0;
    while (head < parts.length && farm[head]) head++;
    if (head === parts.length) return [{ reason: 'Content-farm intro: "compiled for you, for reference" boilerplate' }];
    let tail = parts.length;
    while (tail > head && farm[tail - 1]) tail--;
    const hits: Hit[] = [];
    if (head > 0) hits.push({ reason: 'Content-farm intro glued to the text', start: 0, end: parts[head - 1][1] });
    if (tail < parts.length) {
      hits.push({ reason: 'Content-farm outro glued to the text', start: parts[tail][0], end: line.length });
    }
    return hits;
  },
};
})();

export const icpOracle: CleanRule = (() => {

const ICP = /ICP\s*(?:备|備|证|證|许可|\d)|ICP\s*[:]/i;

return {
  id: 'icp',
  description: 'ICP licence lines (京ICP备05070218号)',
  examples: {
    hit: ['京ICP备05070218号', '赣ICP备05004220号-1 赣公网安备 36010802000123号', 'ICP证:浙B2-20080224'],
    miss: ['推进IPv6规模部署。', '做好ICT产业信息公开。'],
  },
  match(line) {
    if (line.length > 150) {
      const start = gluedFooterStart(line, ICP);
      return start > 0 ? [{ reason: 'ICP licence number glued to the end of a line', start, end: line.length }] : [];
    }
    if (!ICP.test(line)) return [];
    return [{ reason: 'ICP licence number (site footer)', opensTail: true }];
  },
  tailItem: isListItem,
};
})();
