import { foldScript } from '../fold-script.js';
import { isCloser, isOpener, splitTopLevel } from './brackets.js';
import {
  ADMIN_LEVELS, LEADING_FILLERS, MULTI_SUFFIXES, SHORT_OK_SUFFIXES, SINGLE_SUFFIXES, TRAILING_QUALIFIERS,
} from './lexicon.js';

/** Longer than this is a sentence, not a unit name. */
const MAX_UNIT_LENGTH = 40;
const TRIM_CHARS = ' \t\n\u3000.。:;,、';
const BRACKET = '[(〔\\[【（［][^()〔〕\\[\\]【】（）［］]{0,12}[)〕\\]】）］]';
const ADMIN = `(?:${[...ADMIN_LEVELS].sort((a, b) => b.length - a.length).join('|')})`;
/** `各区` / `各县(市)`: the head of a `各` list of administrative levels. */
const LIST_HEAD = new RegExp(`^各${ADMIN}(?:${BRACKET})?$`);
/** `市` / `县(市)`: a bare level continuing the list. */
const LIST_MIDDLE = new RegExp(`^${ADMIN}(?:${BRACKET})?$`);
/** `区人民政府` / `县(区)政府`: the level that ends the list with the shared body. */
const LIST_TAIL = new RegExp(`^${ADMIN}(?:${BRACKET})?(?:人民)?政府$`);

function trimEdges(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && TRIM_CHARS.includes(s[a])) a++;
  while (b > a && TRIM_CHARS.includes(s[b - 1])) b--;
  return s.slice(a, b);
}

/**
 * Drops fillers (由…, …等部门, …按职责) around a unit name; keeps the name as written.
 * Indexed loops over the word lists: this runs for every unit of every annotation, mostly before
 * V8 optimises it, and in its interpreter a for-of makes an iterator result per word.
 */
export function cleanUnit(raw: string): string {
  let s = trimEdges(raw);
  for (let changed = true; changed && s.length > 0; ) {
    changed = false;
    const f = foldScript(s);
    for (let k = 0; k < LEADING_FILLERS.length; k++) {
      const w = LEADING_FILLERS[k];
      if (f.startsWith(w) && s.length > w.length + 1) {
        s = trimEdges(s.slice(w.length));
        changed = true;
        break;
      }
    }
    if (changed) continue;
    for (let k = 0; k < TRAILING_QUALIFIERS.length; k++) {
      const w = TRAILING_QUALIFIERS[k];
      if (f.endsWith(w) && s.length > w.length) {
        s = trimEdges(s.slice(0, s.length - w.length));
        changed = true;
        break;
      }
    }
  }
  return s;
}

/**
 * Splits a list of units at top-level `、`/`,`/`;`, keeping a `各` list of administrative levels
 * (各县、市、区人民政府, 各区、县(市)政府) together as one unit.
 */
export function splitUnitList(text: string): string[] {
  const items = splitTopLevel(text, '、,;，；\n').map(([a, b]) => cleanUnit(text.slice(a, b)));
  const units: string[] = [];
  for (let i = 0; i < items.length; i++) {
    let unit = items[i];
    if (unit.length <= MAX_UNIT_LENGTH && LIST_HEAD.test(foldScript(unit))) {
      let j = i + 1;
      while (j < items.length && items[j].length <= MAX_UNIT_LENGTH) {
        const f = foldScript(items[j]);
        if (LIST_TAIL.test(f)) {
          j++;
          break;
        }
        if (!LIST_MIDDLE.test(f)) break;
        j++;
      }
      if (j > i + 1) {
        unit = items.slice(i, j).join('、');
        i = j - 1;
      }
    }
    if (unit.length > 0) units.push(unit);
  }
  return units;
}

/** MULTI_SUFFIXES by their last char, each list in the order of MULTI_SUFFIXES. */
const SUFFIXES_BY_LAST: ReadonlyMap<string, readonly string[]> = (() => {
  const byLast = new Map<string, string[]>();
  for (const suffix of MULTI_SUFFIXES) {
    const last = suffix[suffix.length - 1];
    byLast.set(last, [...(byLast.get(last) ?? []), suffix]);
  }
  return byLast;
})();

/** The name without trailing bracket groups: 相关乡镇(街道) → 相关乡镇, 区经信委(区信息中心) → 区经信委. */
function stripTrailingBrackets(s: string): string {
  let end = s.length;
  while (end > 0 && isCloser(s[end - 1])) {
    let depth = 0;
    let k = end - 1;
    for (; k >= 0; k--) {
      if (isCloser(s[k])) depth++;
      else if (isOpener(s[k]) && --depth === 0) break;
    }
    if (k <= 0) break;
    end = k;
  }
  return s.slice(0, end);
}

/** Whether `name` reads like a government body: a unit suffix, or a `各` + level group. */
export function looksLikeUnit(name: string): boolean {
  if (name.length < 2 || name.length > MAX_UNIT_LENGTH) return false;
  if (/[“”"《》。!?]/.test(name)) return false;
  const f = foldScript(stripTrailingBrackets(name));
  if (f.length < 2) return false;
  if (f.startsWith('各') && (LIST_HEAD.test(f) || LIST_HEAD.test(f.split('、')[0]))) return true;
  if (f.startsWith('各') && /(?:人民)?政府$/.test(f)) return true;
  const last = f[f.length - 1];
  // Only suffixes ending in the name's last char can match, and they keep their list order.
  const suffixes = SUFFIXES_BY_LAST.get(last);
  if (suffixes !== undefined) {
    for (let k = 0; k < suffixes.length; k++) {
      if (f.endsWith(suffixes[k])) return f.length > suffixes[k].length || suffixes[k].startsWith('各');
    }
  }
  if (!SINGLE_SUFFIXES.includes(last)) return false;
  return f.length >= 3 || SHORT_OK_SUFFIXES.includes(last);
}
