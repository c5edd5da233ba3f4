import { foldScript } from '../../core/zh/index.js';
import { isCloser, isOpener, splitTopLevel } from './brackets.js';
import {
  ADMIN_LEVELS,
  BARE_UNIT_WORDS,
  GLUED_HEADS,
  LEADING_FILLERS,
  MULTI_SUFFIXES,
  SHORT_OK_SUFFIXES,
  SINGLE_SUFFIXES,
  TRAILING_QUALIFIERS,
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
 * Indexed loops over the word lists: this runs for every unit of every annotation, mostly cold
 * (docs/performance.md).
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
 * (各县、市、区人民政府, 各区、县(市)政府) together as one unit, and names glued without a separator
 * (`县水务局县应急管理局`, see splitGlued) apart.
 */
export function splitUnitList(text: string): string[] {
  return joinLevelLists(splitTopLevel(text, '、,;，；\n').flatMap(([a, b]) => splitGlued(cleanUnit(text.slice(a, b)))));
}

function joinLevelLists(items: readonly string[]): string[] {
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

/** A quoted campaign or platform name inside a unit name: 县“清河行动”工作专班, 省“互联网+政务服务”联席办. */
const INNER_QUOTE = /“[^“”《》。!?]{1,20}”|"[^"“”《》。!?]{1,20}"/g;

/** Whether `name` reads like a government body: a unit suffix, or a `各` + level group. */
export function looksLikeUnit(name: string): boolean {
  if (name.length < 2 || name.length > MAX_UNIT_LENGTH) return false;
  const unquoted = name.includes('“') || name.includes('"') ? name.replace(INNER_QUOTE, '') : name;
  // A name that is only a quotation (“五公开”) or holds a title or a sentence end is text.
  if (unquoted.length === 0 || /[“”"《》。!?]/.test(unquoted)) return false;
  const f = foldScript(stripTrailingBrackets(unquoted));
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

/**
 * A name that is only a unit word (办公室, 指挥部, 领导小组): a body where it stands as a unit, in a
 * table's unit cell or after a `责任单位:` label, though too bare to make a bracket an annotation.
 */
export function isBareUnitWord(name: string): boolean {
  return BARE_UNIT_WORDS.includes(foldScript(name));
}

/** Names longer than this are not tried for glued units (bounds the quadratic search). */
const MAX_GLUED_LENGTH = 160;

/** Words that join two units (`民政部和各省级人民政府`, `农业农村部会同有关部门`), longest first. */
const CONNECTORS = ['以及', '会同', '和', '与', '及'];
/** Unnamed others after 会同 (`会同有关部门`): no unit of their own. */
const UNNAMED = /^(?:其他|其它)?(?:有关|相关)(?:部门|单位)$/;

interface Cut {
  /** Where the piece before the cut ends. */
  readonly at: number;
  /** Where the next piece starts (after a connector word). */
  readonly next: number;
  readonly connector: string;
}

/**
 * Splits names glued without a separator (`县水务局县应急管理局`, `省工商局省审改办`,
 * `区督查室各街道办事处`) where every piece reads as a unit and each next piece opens with a level
 * (县, 市 …) or `各` + level; `市场监管局` has no such cut, so it stays whole, and a bracket is never
 * cut (`区园林处(区绿化办)`). A joint party-government office (`市委市政府督查室`) is one body.
 * Units joined by 和/与/及/会同 split the same way when both sides read as units, so
 * `民政部和各省级人民政府` is two and `住房和城乡建设局` one; a list closed by 等 before the
 * connector (`民政部、全国妇联等和…`) loses its 等, and unnamed others after 会同 (有关部门) go.
 * Returns [name] when no complete cut exists.
 */
export function splitGlued(name: string): string[] {
  if (name.length < 4 || name.length > MAX_GLUED_LENGTH) return [name];
  const f = foldScript(name);
  const cuts: Cut[] = [];
  let depth = 0;
  for (let p = 0; p < f.length; p++) {
    const ch = f[p];
    if (isOpener(ch)) depth++;
    else if (isCloser(ch)) depth = depth > 0 ? depth - 1 : 0;
    else if (depth === 0 && p >= 2) {
      const connector = CONNECTORS.find((w) => f.startsWith(w, p));
      if (connector !== undefined) cuts.push({ at: f[p - 1] === '等' ? p - 1 : p, next: p + connector.length, connector });
      else if (opensGluedName(f, p) && !jointOffice(f, p)) cuts.push({ at: p, next: p, connector: '' });
    }
  }
  if (cuts.length === 0) return [name];
  // Cuts tried left to right; `dead` remembers the offsets known not to split to the end.
  const dead = new Set<number>();
  const walk = (from: number): Cut[] | null => {
    if (dead.has(from)) return null;
    for (const c of cuts) {
      if (c.at <= from) continue;
      const piece = name.slice(from, c.at);
      // `各县` of `各县市区政府` is the head of a level list, not a body of its own.
      if (!looksLikeUnit(piece) || LIST_HEAD.test(foldScript(piece))) continue;
      const tail = walk(c.next);
      if (tail !== null) return [c, ...tail];
    }
    const rest = name.slice(from);
    if (looksLikeUnit(rest) || (from > 0 && UNNAMED.test(foldScript(rest)))) return [];
    dead.add(from);
    return null;
  };
  const found = walk(0);
  if (found === null || found.length === 0) return [name];
  const pieces: string[] = [];
  let from = 0;
  let after = '';
  const push = (piece: string): void => {
    if (!(after === '会同' && UNNAMED.test(foldScript(piece)))) pieces.push(piece);
  };
  for (const c of found) {
    push(name.slice(from, c.at));
    from = c.next;
    after = c.connector;
  }
  push(name.slice(from));
  return pieces;
}

function opensGluedName(f: string, p: number): boolean {
  if (GLUED_HEADS.includes(f[p])) return true;
  return f[p] === '各' && LIST_HEAD_START.test(f.slice(p, p + 4));
}
const LIST_HEAD_START = new RegExp(`^各${ADMIN}`);

/** `市委市政府督查室`: the party committee and the government of one level share the office after them. */
function jointOffice(f: string, p: number): boolean {
  const level = f[p];
  return f[p - 2] === level && f[p - 1] === '委' && /^.(?:人民)?政府./.test(f.slice(p));
}
