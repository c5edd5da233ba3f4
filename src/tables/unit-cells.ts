/**
 * Whether a table cell holds unit names: the tables stage reads cells for what they hold when a
 * flattened table lost its grid. Names are read by the annotation grammar's own unit reader
 * (splitUnitList, looksLikeUnit), so a change to how names are split reaches tables too.
 */
import { looksLikeUnit, splitUnitList } from '../extract/annotation/units.js';
import { MULTI_SUFFIXES } from '../extract/annotation/lexicon.js';
import { foldScript } from '../core/zh/index.js';

/** Longer than this a cell is prose, not a list of units. */
const MAX_UNIT_CELL = 200;
/** Sentence punctuation (and 要, the verb of 各地要…) never stands in a unit list. */
const PROSE = /[。！？!?；;:：“”"《》]|要/;
/** `等有关单位`, `等部门`: the tail of a list, not a unit. */
const ETC = /^等/;

/**
 * A unit name that is only a unit word (办公室, 指挥部, 领导小组): standing alone in a unit
 * column it names the body (a department's own office), though in running text it would not.
 */
export function isBareUnitWord(name: string): boolean {
  const f = foldScript(name.trim());
  return MULTI_SUFFIXES.includes(f) && f.length >= 2;
}

/** True when every name in the cell reads as a unit (a unit cell of a task table). */
export function isUnitCell(text: string): boolean {
  const t = text.trim().replace(/^[、,，]/, '');
  if (t.length < 2 || t.length > MAX_UNIT_CELL) return false;
  if (PROSE.test(foldScript(t).replace(/(?:[(（][^()（）]*[)）])/g, ''))) return false;
  const names = splitUnitList(t);
  if (names.length === 0) return false;
  return names.every((n) => ETC.test(n) || looksLikeUnit(n) || isBareUnitWord(n));
}

/** A line that continues the unit cell above it: `、市财政局…`, `等有关单位，…`. */
export function startsUnitContinuation(text: string): boolean {
  return /^[、,，;；]|^等/.test(text.trim());
}

/** A unit line that runs on to the next line: `市住建局、市财政局、`. */
export function endsUnitContinuation(text: string): boolean {
  return /[、,，;；]$/.test(text.trim());
}
