import type { CleanRule, Hit } from '../types.js';
import { startsWithMarker } from '../../normalize/structure-marker.js';

const LABEL =
  /(?:当前位置|您现在的位置|您的位置|你的位置|你现在的位置|所在位置|现在位置|當前位置|您現在的位置|您的位置|所在位置)\s*:\s*/;
/** 首页 counts only as the head of a trail: followed by a separator or the end of the line. */
const HOME = /(?:网站首页|網站首頁|首页|首頁|主页|主頁|home)(?=\s*(?:>|»|›|$))/iy;
const SEP = /\s*(?:>>|>|»|›)\s*/y;

function stickyAt(re: RegExp, text: string, pos: number): string | null {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? m[0] : null;
}
/** Breadcrumb segments are menu names: short, no sentence punctuation. */
const MAX_SEGMENT = 40;

/** A plan heading glued to the last crumb (`通知公告二、强化…`, the space lost in normalising) ends the trail. */
function markerAt(line: string, pos: number, segStart: number): boolean {
  return pos > segStart && /[一二三四五六七八九十(（\d]/.test(line[pos]) && startsWithMarker(line.slice(pos, pos + 12));
}

interface Trail {
  readonly end: number;
  readonly segments: readonly string[];
}

/** Reads `首页 > a > b` from `start`; the last segment ends at the first space (a title may follow). */
function readTrail(line: string, start: number): Trail | null {
  let pos = start;
  const segments: string[] = [];
  const home = stickyAt(HOME, line, pos);
  if (home) {
    segments.push(home);
    pos += home.length;
  }
  let seps = 0;
  for (;;) {
    const sep = stickyAt(SEP, line, pos);
    if (!sep) break;
    const segStart = pos + sep.length;
    let end = segStart;
    while (
      end < line.length &&
      end - segStart <= MAX_SEGMENT &&
      !/[\s>»›。,;!?]/.test(line[end]) &&
      !markerAt(line, end, segStart)
    )
      end++;
    if (end - segStart > MAX_SEGMENT) return null;
    seps++;
    if (end > segStart) segments.push(line.slice(segStart, end));
    pos = end;
  }
  if (segments.length === 0) return null;
  if (seps === 0 && !home) return null;
  return { end: pos, segments };
}

function hit(line: string, start: number, trail: Trail): Hit[] {
  const meta = { breadcrumb: trail.segments.join(' > ') };
  const rest = line.slice(trail.end).trim();
  const reason = `Breadcrumb navigation: ${meta.breadcrumb}`;
  if (start === 0 && rest.length === 0) return [{ reason, meta }];
  return [{ reason, meta, start, end: trail.end }];
}

export const breadcrumb: CleanRule = {
  id: 'breadcrumb',
  description: 'Breadcrumb trails (首页 > … > …, 当前位置:首页>…), also split over two lines',
  examples: {
    hit: [
      '首頁',
      '> 全面推進基層政務公開標準化規范化專題 > 省內政策',
      '当前位置:首页>政务公开>通知公告',
      '您现在的位置: 首页 > 信息公开',
      '首页 > 政务公开 > 工作计划',
    ],
    miss: ['首页要设置政务公开专栏。', '做好首页内容保障,及时更新。', '增长率>5%的地区要加强监测。'],
  },
  match(line) {
    if (/^(?:网站首页|網站首頁|首页|首頁|主页|主頁)$/.test(line)) {
      return [{ reason: 'Breadcrumb navigation: home link alone', meta: { breadcrumb: line } }];
    }
    const head = line.slice(0, 400);
    const label = LABEL.exec(head);
    if (label) {
      const start = label.index;
      const from = start + label[0].length;
      const trail = readTrail(line, from);
      if (trail) return hit(line, start, trail);
      // `当前位置:政务公开` without separators: the label and one word.
      let end = from;
      while (end < line.length && end - from <= MAX_SEGMENT && !/[\s。,;]/.test(line[end])) end++;
      if (end > from && end - from <= MAX_SEGMENT) {
        return hit(line, start, { end, segments: [line.slice(from, end)] });
      }
      return [];
    }
    const trail = readTrail(line, 0);
    if (trail) return hit(line, 0, trail);
    return menuChain(line);
  },
};

/** `政务公开 > 通知公告 > 正文` without 首页: a whole short line of at least three menu names. */
function menuChain(line: string): Hit[] {
  if (line.length > 120) return [];
  const parts = line.split(/\s*(?:>>|>|»|›)\s*/);
  if (parts.length < 3) return [];
  if (parts.some((p) => p.length === 0 || p.length > 20 || /[。,;!?:]/.test(p))) return [];
  const meta = { breadcrumb: parts.join(' > ') };
  return [{ reason: `Breadcrumb navigation: ${meta.breadcrumb}`, meta }];
}
