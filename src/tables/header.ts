/**
 * Recognises a task table's header row by what its cells mean, in either script. Cells are
 * compared after removing spaces and folding the few traditional forms the header words use.
 */
import { isRegexSpace } from '../core/chars.js';
import type { TaskColumns } from './types.js';

export type ColumnKind = 'seq' | 'task' | 'lead' | 'owner' | 'partner' | 'deadline' | 'category' | 'requirement';

const FOLD_PAIRS = '號号務务點点體体內内牽牵頭头單单責责時时間间節节類类別别領领級级標标項项內内門门協协辦办與与參参實实';

/** The simplified form of each traditional header char, by char code (0: none), over the codes they span. */
const FOLD_FROM = Math.min(...Array.from(FOLD_PAIRS, (ch) => ch.charCodeAt(0)));
const FOLD = new Uint16Array(Math.max(...Array.from(FOLD_PAIRS, (ch) => ch.charCodeAt(0))) - FOLD_FROM + 1);
for (let i = 0; i < FOLD_PAIRS.length; i += 2) FOLD[FOLD_PAIRS.charCodeAt(i) - FOLD_FROM] = FOLD_PAIRS.charCodeAt(i + 1);

/** The char code a header key holds for `code`: its simplified form, or itself. */
function foldCode(code: number): number {
  return FOLD[code - FOLD_FROM] || code; // out of range reads undefined
}


/** Header text for matching: no spaces or brackets' contents' spacing, simplified forms. */
export function headerKey(cell: string): string {
  return keyUpTo(cell, Infinity) ?? '';
}

/**
 * headerKey, or null as soon as the key grows past `max` chars. The table search asks this of
 * every line of a text, so it reads char codes, stops at the first char past `max`, and builds
 * no string when the cell is its own key (no spaces, nothing to fold).
 */
function keyUpTo(cell: string, max: number): string | null {
  let kept = 0;
  let same = true;
  for (let i = 0; i < cell.length; i++) {
    const code = cell.charCodeAt(i);
    if (isRegexSpace(code)) same = false;
    else if (++kept > max) return null;
    else if (foldCode(code) !== code) same = false;
  }
  if (same) return cell;
  let out = '';
  for (let i = 0; i < cell.length; i++) {
    const code = cell.charCodeAt(i);
    if (!isRegexSpace(code)) out += String.fromCharCode(foldCode(code));
  }
  return out;
}

/** Longest headers a header cell may have: a long cell is data, not a column name. */
const MAX_HEADER = 16;

const RULES: readonly [ColumnKind, RegExp][] = [
  ['seq', /^(序号|编号|序|No\.?|NO\.?)$/],
  ['category', /(类别|类型|领域|一级指标|板块|分类)/],
  ['lead', /^(牵头(单位|部门|领导)?|主责(单位|部门)|牵头责任单位)/],
  ['partner', /^(配合|协办|参与|协同)(单位|部门)/],
  ['owner', /(责任(单位|部门|主体)|实施(单位|主体)|承办(单位|部门)|主办(单位|部门)|落实(单位|部门))/],
  ['deadline', /(时限|时间节点|时间安排|完成时间|完成期限|进度安排|时间进度|完成时间节点|办结时间)/],
  ['requirement', /(工作要求|目标要求|工作目标|预期(目标|成果)|完成标准|具体要求)/],
  ['task', /(任务|具体措施|工作措施|主要措施|工作内容|主要内容|工作事项|具体内容|事项|举措)/],
];

/** What a header cell names, or null when it is not a header word. */
export function headerKind(cell: string): ColumnKind | null {
  const key = keyUpTo(cell, MAX_HEADER);
  return key === null ? null : keyKind(key);
}

/** What a header key names, or null. */
function keyKind(key: string): ColumnKind | null {
  if (key.length === 0) return null;
  for (const [kind, pattern] of RULES) if (pattern.test(key)) return kind;
  return null;
}

/**
 * The columns a header row names, or null when it is not a task-table header: it needs a task
 * column and at least one of units or time, and most of its cells must be header words.
 */
export function headerColumns(cells: readonly string[]): TaskColumns | null {
  const found: Partial<Record<ColumnKind, number>> = {};
  let named = 0;
  let filled = 0;
  for (let i = 0; i < cells.length; i++) {
    // Each cell left can add one to `named` for one to `filled` at best: once even that cannot
    // make most filled cells header words, the row is no header (a long line split at its bars).
    if (2 * named - filled + (cells.length - i) < 0) return null;
    // Keyed once, only up to the longest header: a longer cell is filled but names nothing.
    const key = keyUpTo(cells[i], MAX_HEADER);
    if (key === '') continue;
    filled++;
    const kind = key === null ? null : keyKind(key);
    if (kind === null) continue;
    named++;
    if (found[kind] === undefined) found[kind] = i;
    else if (kind === 'owner' && found.partner === undefined) found.partner = i;
  }
  if (found.task === undefined) return null;
  if (found.lead === undefined && found.owner === undefined && found.partner === undefined && found.deadline === undefined) return null;
  if (named * 2 < filled) return null;
  const owner = found.owner ?? found.partner;
  const partner = found.owner === undefined ? undefined : found.partner;
  return { ...found, task: found.task, owner, partner };
}

/** How specific a header row is; the best row of a two-level header wins. */
export function headerScore(columns: TaskColumns): number {
  return Object.values(columns).filter((v) => v !== undefined).length;
}
