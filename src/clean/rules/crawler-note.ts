import type { CleanRule } from '../types.js';

/**
 * Banners a crawler or page archiver writes between its header and the page text:
 * `==== 正文 ====`, `------ 正文 ------`, `【正文】`. A run of rule characters on both sides of a
 * word that names a part of the saved file.
 */
const RULE_CHARS = '=\\-*#~_—─━═+<>';
const PART =
  '正文|正文内容|页面正文|頁面正文|正文开始|正文開始|正文结束|正文結束|原文|全文|内容|內容|元数据|元數據|头信息|頭信息|附件|附件列表|结束|結束|END|BEGIN|BODY|CONTENT|TEXT|META';
const BANNER = new RegExp(
  `^(?:[${RULE_CHARS}]{2,}\\s*(?:${PART})\\s*[${RULE_CHARS}]{2,}|[${RULE_CHARS}]{3,}\\s*(?:${PART})|(?:${PART})\\s*[${RULE_CHARS}]{3,}|[【\\[]\\s*(?:正文|正文开始|正文開始|正文结束|正文結束)\\s*[】\\]])$`,
  'i',
);

/** A file the archiver saved beside the page: `links.tsv`, `files.csv`, `meta.json`. */
const SIDECAR = /[\w.-]+\.(?:tsv|csv|json|jsonl|txt|xlsx?|html?|md|xml|ya?ml)\b/i;
/** What such a note says: "see", "list", "same folder". */
const POINTER = /见|見|详见|詳見|参见|參見|清单|清單|列表|保存|存于|存於|同目录|同目錄|同一目录|另存/;

export const crawlerNote: CleanRule = {
  id: 'crawler-note',
  description:
    'Lines a crawler or page archiver adds to a saved page: `==== 正文 ====` banners, notes pointing at files saved beside it (`图片与附件清单见 files.csv(同目录)`)',
  examples: {
    hit: [
      '==================== 正文 ====================',
      '-------------- 正文 --------------',
      '【正文】',
      '图片与附件清单见 files.csv(同目录)',
      '页面链接与图片详见 links.tsv(同目录)',
      '===== END =====',
    ],
    miss: [
      '正文',
      '=====',
      '(二)附件清单见附件3。',
      '各单位要将统计表(xlsx格式)报送至市政务公开办。',
      '——正文——要素要齐全,格式要规范,确保公文质量。',
    ],
  },
  match(line) {
    if (line.length <= 80 && BANNER.test(line)) return [{ reason: 'Crawler banner before the page text' }];
    if (line.length <= 100 && !/[。;!?]/.test(line) && SIDECAR.test(line) && POINTER.test(line)) {
      return [{ reason: 'Crawler note pointing at files saved beside the page' }];
    }
    return [];
  },
};
