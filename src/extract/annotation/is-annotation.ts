import { foldScript } from '../../core/zh/index.js';
import { type BracketGroup, innerEnd } from './brackets.js';
import { ROLE_WORDS } from './lexicon.js';
import { GLUED_HEADS } from './lexicon.js';
import { analyzeUnits, MAX_INNER_LENGTH, type UnitAnalysis } from './parse-units.js';
import { looksLikeUnit, splitUnitList } from './units.js';

const SENTENCE_END = '。;；!！?？…\n';
const CLOSING_QUOTES = '”’」』';
/** Bracketed asides that define or cite rather than assign: (以下简称…), (详见…). */
// Place names start with some of these characters too (如皋, 即墨, 含山, 原阳), so only whole words count.
const ASIDE_START = /^(?:以下|下称|简称|包括|不含|含有|即为|例如|比如|详见|见附件|注:|其中|参见|原[省市区县])/;
/** How far we look past spaces for the neighbouring punctuation; keeps each check O(1). */
const MAX_SPACE_SKIP = 8;
/** Longest cut-off role-word prefix we look for (分别牵 of 分别牵头). */
const MAX_CUT = 4;

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0';
}

/** The group starts a sentence: text start, after 。;!? (maybe closed by a quote), or right after an annotation. */
export function followsSentenceEnd(text: string, start: number, previousEnd: number): boolean {
  let k = start - 1;
  for (let n = 0; k >= 0 && isSpace(text[k]) && n < MAX_SPACE_SKIP; n++) k--;
  if (k < 0 || k + 1 === previousEnd) return true;
  if (SENTENCE_END.includes(text[k])) return true;
  return CLOSING_QUOTES.includes(text[k]) && k > 0 && SENTENCE_END.includes(text[k - 1]);
}

/** The group ends a sentence: followed by end of text or by 。;!? / a line break. */
export function precedesSentenceEnd(text: string, end: number): boolean {
  let k = end;
  for (let n = 0; k < text.length && isSpace(text[k]) && n < MAX_SPACE_SKIP; n++) k++;
  return k >= text.length || SENTENCE_END.includes(text[k]);
}

/**
 * Decides whether a bracket group names the units that carry out a task.
 *
 * Content: the inner text parses into units that all look like unit names (for an unclosed group
 * the last, possibly cut, one is excused), and is not an aside such as (以下简称…).
 * Position: a group with a role word or a 责任单位 label must start or end a sentence, or end in
 * its role word (`…公开(区发改委负责落实)深入推进`); a bare list of names must start or end a
 * sentence and must not follow 》 or a quote (a citation). An unclosed group must start a sentence
 * and hold no sentence end of its own.
 */
export function isAnnotation(text: string, group: BracketGroup, previousEnd = -1): boolean {
  const from = group.start + 1;
  const to = innerEnd(group);
  if (to - from > MAX_INNER_LENGTH || to <= from) return false;
  const inner = text.slice(from, to);
  if (ASIDE_START.test(foldScript(inner.trimStart()))) return false;
  const analysis = analyzeUnits(group.balanced ? inner : inner.slice(0, inner.length - cutRoleTail(inner)));
  if (!analysis.ok || !allPlausible(analysis, group.balanced)) return false;
  const before = followsSentenceEnd(text, group.start, previousEnd);
  if (!group.balanced) return before && !/[。!?！？]/.test(inner);
  const after = precedesSentenceEnd(text, group.end);
  if (analysis.hasRole || analysis.hasLabel) return before || after || analysis.endsWithRole;
  const prev = group.start > 0 ? text[group.start - 1] : '';
  if ('》〉>'.includes(prev) || (prev !== '' && CLOSING_QUOTES.includes(prev) && !before)) return false;
  if (!before && endsUnitRun(text, group.start)) return false;
  return before || after;
}

/** Longest run of unit names looked at before a bare bracket group. */
const MAX_UNIT_RUN = 60;
const RUN_BREAK = '。;；!！?？:：,，\n \t\u3000)）〕]】';

/**
 * A bare group glued to a run of unit names (`区督查室区园林处(区绿化办)` in a flattened table
 * row) is part of the last name, X(Y), not an annotation: the text back to the last sentence end
 * or space opens with a level (区, 县 …) or 各 and reads as unit names only.
 */
function endsUnitRun(text: string, start: number): boolean {
  let k = start;
  while (k > 0 && start - k < MAX_UNIT_RUN && !RUN_BREAK.includes(text[k - 1])) k--;
  if (k === start || start - k >= MAX_UNIT_RUN) return false;
  const f = foldScript(text[k]);
  if (!GLUED_HEADS.includes(f) && f !== '各') return false;
  const names = splitUnitList(text.slice(k, start));
  return names.length > 0 && names.every(looksLikeUnit);
}

/** Length of a role word cut short at the end of truncated text (`…市政管局牵`), else 0. */
function cutRoleTail(inner: string): number {
  const folded = foldScript(inner);
  for (let k = Math.min(MAX_CUT, folded.length - 1); k >= 1; k--) {
    const tail = folded.slice(folded.length - k);
    if (ROLE_WORDS.some(([w]) => w.length > k && w.startsWith(tail))) return k;
  }
  return 0;
}

function allPlausible(analysis: UnitAnalysis, balanced: boolean): boolean {
  const units = analysis.units;
  const checked = balanced ? units : units.slice(0, -1);
  return checked.every((u) => u.plausible) && units.length > 0;
}
