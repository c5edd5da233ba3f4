import { isHanIdeograph } from '../core/zh/index.js';

/**
 * Words that say little about what a task is: function words are dropped, the genre's filler
 * (进一步, 切实, 加强, 推进…) is kept at a low weight so that two short tasks made only of filler can
 * still be told apart, but it never decides a match between longer ones.
 */
// biome-ignore format: a word list, kept several to a line by kind
export const STOP_WORDS: ReadonlySet<string> = new Set([
  '的', '和', '与', '及', '以及', '等', '在', '对', '为', '将', '把', '是', '了', '并', '或', '要', '由', '从', '向', '于', '按', '按照',
  '其', '之', '中', '上', '下', '内', '后', '前', '同时', '通过', '围绕', '根据', '结合', '有', '各', '各级', '各类', '方面', '情况', '以', '使',
  '着力', '进行', '开展', '确保', '坚持', '注重', '做到', '认真', '主动', '及时', '更加', '更', '不', '好', '既', '也', '还', '又', '让',
]);

// biome-ignore format: a word list, kept several to a line by kind
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  '进一步', '切实', '加强', '推进', '做好', '全面', '深入', '积极', '不断', '持续', '工作', '相关', '有关', '加大', '力度', '大力',
  '强化', '着力', '深化', '完善', '健全', '建立', '建立健全', '推动', '落实', '提升', '提高', '加快', '努力', '扎实', '继续', '抓好',
  '重点', '重要', '有效', '统筹', '不断完善', '认真落实', '贯彻落实', '信息', '公开', '政务', '政府', '部门', '单位', '机制', '制度',
]);

/** Weight multiplier of a filler word in the TF-IDF vectors. */
export const FILLER_WEIGHT = 0.25;

/** Punctuation, digits alone and single Latin letters carry no topic. */
export function isNoise(token: string): boolean {
  if (token.trim() === '') return true;
  // One pass over code points: noise when no CJK ideograph or letter appears.
  for (const ch of token) {
    const c = ch.codePointAt(0)!;
    if (isHanIdeograph(c)) return false;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return token.length < 2;
  }
  return true;
}
