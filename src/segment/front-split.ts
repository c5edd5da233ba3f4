/**
 * A notice head collapsed onto one line (`……的通知各区人民政府:……落实。2019年7月2日2019年……方案……`)
 * is cut back into its parts before the line-based front-matter parse: after `的通知`, after a
 * 主送机关 `:`, around a 成文日期 that follows a sentence end or a 署名 (`……落实。某市人民政府办公室
 * 2019年6月12日`: the 署名 is cut from the body too, 署名 of a 处 or 所 included), around `(此件公开发布)`,
 * after a 发文字号 glued before the title (`某园〔2025〕7号某区园林处关于印发…`).
 * Only long lines are cut; short lines are already lines (a short notice collapsed is ~150 chars).
 */
import type { TextLine } from './lines.js';
import { isDocNumber, recipientsOf } from './notice.js';

const MIN_LENGTH = 100;
/** A 发文字号 glued before the notice title it heads (`某园〔2025〕7号某区园林处关于印发…`). */
const GLUED_DOC_NUMBER =
  '(?:^|(?<=[。)）>\\s]))[\\u4e00-\\u9fff]{1,14}[〔\\[【(（](?:19|20)\\d{2}[〕\\]】)）]\\d{1,4}[号號](?=\\s*[^\\s。,，:：;；]{0,40}(?:关于|關于|關於))';
/** How a 署名 ends: offices (室 府 委 局 厅 办 会 部 院), sub-offices (处 所 站 队 组) and 中心. */
const SIGNATURE_END = '[室府委局厅办会部院处處所站队隊组組心]';
const CUTS = new RegExp(
  String.raw`的通知(?!》)|[:：]|${GLUED_DOC_NUMBER}|。(?=\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)|。(?=[^。,，:：;；、()（）《》\d\s]{2,30}\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)|(?<=[。)）]|[^。,，:：;；、()（）《》\d\s]{2,30}${SIGNATURE_END})\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?![,，。、前后内底起至印召))])|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?=\s*[(（]此件)|[(（]此件[^()（）]{1,12}[)）]`,
  'g',
);

export function splitFrontLines(lines: readonly TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (const line of lines) {
    if (line.text.length < MIN_LENGTH) {
      out.push(line);
      continue;
    }
    let from = 0;
    const cut = (end: number): void => {
      const piece = line.text.slice(from, end);
      const lead = piece.length - piece.trimStart().length;
      const text = piece.trim();
      if (text) out.push({ start: line.start + from + lead, end: line.start + from + lead + text.length, text });
      from = end;
    };
    CUTS.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CUTS.exec(line.text)) !== null) {
      const end = m.index + m[0].length;
      if (m[0] === ':' || m[0] === '：') {
        // Only a 主送机关 colon cuts; other colons are inside sentences.
        if (recipientsOf(line.text.slice(from, end).trim()) === null) continue;
      } else if (m[0].startsWith('(') || m[0].startsWith('（') || /^\s*\d/.test(m[0]) || isDocNumber(m[0].trim())) {
        cut(m.index);
      }
      cut(end);
    }
    cut(line.text.length);
  }
  return out;
}
