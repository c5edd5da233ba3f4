/**
 * The register's warnings and stripped lines in the workbook and on the review page. The register
 * holds them in English (its codes and texts are data: goldens, lint and diff read them); in Chinese
 * each is explained by its code or clean rule from the message catalogue, followed by the input the
 * English text quotes (`title split from the first sentence: 2021年……` → `标题系推断得出：2021年……`).
 * A code the catalogue does not know keeps its English text.
 */
import { isMessageId, translator, type Lang } from './catalogue.js';

/** The quoted input of an English message: what follows its first `: `, when it holds Chinese text. */
function quotedInput(english: string): string {
  const at = english.indexOf(': ');
  const tail = at < 0 ? '' : english.slice(at + 2).trim();
  return /[\u3400-\u9fff]/.test(tail) ? tail : '';
}

function explain(id: string, english: string, lang: Lang): string {
  if (lang === 'en' || !isMessageId(id)) return english;
  const t = translator(lang) as (id: string) => string;
  const quoted = quotedInput(english);
  return quoted === '' ? t(id) : `${t(id)}：${quoted}`;
}

/** A warning's 说明 in `lang`. */
export function explainWarning(code: string, message: string, lang: Lang): string {
  return explain(`warning.${code}`, message, lang);
}

/** A stripped line's 原因 in `lang`. */
export function explainStripped(rule: string, reason: string, lang: Lang): string {
  return explain(`stripped.${rule}`, reason, lang);
}
