import { isHanScript } from '../../core/zh/index.js';
import type { CleanRule, Hit } from '../types.js';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
/**
 * A parenthesised group of lowercase pinyin: `(fā)`, `(rén)`; the rule keeps those right after a
 * Han character. One bounded character class, so no backtracking; the Han test and the tone-mark
 * check come after. All its chars are in the BMP, so no `u` flag is needed.
 */
const GLOSS = new RegExp(`\\(([a-zü${TONED}ɑ ]{1,30})\\)`, 'g');
const HAS_TONE = new RegExp(`[${TONED}ǖǘǚǜ]`);

export const pinyinGloss: CleanRule = {
  id: 'pinyin-gloss',
  description: 'Content-farm pinyin glosses after Han characters (印發(fā), 人(rén)民政府): the gloss goes, the characters stay',
  examples: {
    hit: ['關于印發(fā)2019年工作要點的通知', '各市、縣(區)人(rén)民政府', '(此件公開(kāi)發布)', '推进政务公开(gōng kāi)工作'],
    miss: [
      '部署互联网协议第6版(IPv6)改造工作',
      '政府与社会资本合作(PPP)项目',
      '政务服务移动端(App)',
      '各县(市、区)政府',
      '(a)项目',
    ],
  },
  match(line) {
    if (!line.includes('(')) return [];
    const hits: Hit[] = [];
    GLOSS.lastIndex = 0;
    for (let m = GLOSS.exec(line); m; m = GLOSS.exec(line)) {
      const inner = m[1];
      if (!isHanBefore(line, m.index) || !HAS_TONE.test(inner) || inner.startsWith(' ') || inner.endsWith(' ')) continue;
      hits.push({ reason: `Pinyin gloss ${m[0]} after ${line[m.index - 1]}`, start: m.index, end: m.index + m[0].length });
    }
    return hits;
  },
};

/** Whether the character (code point) before `at` is of the Han script. */
export function isHanBefore(line: string, at: number): boolean {
  if (at === 0) return false;
  let code = line.charCodeAt(at - 1);
  if (code >= 0xdc00 && code <= 0xdfff && at >= 2) {
    const high = line.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) code = (high - 0xd800) * 0x400 + (code - 0xdc00) + 0x10000;
  }
  return isHanScript(code);
}
