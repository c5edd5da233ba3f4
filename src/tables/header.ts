/**
 * Recognises a task table's header row by what its cells mean, in either script. Cells are
 * compared after removing spaces and folding traditional forms to simplified ones.
 */
import { foldScriptCode as foldCode, isRegexSpace } from '../core/zh/index.js';
import type { TaskColumns } from './types.js';

export type ColumnKind = 'seq' | 'task' | 'lead' | 'owner' | 'partner' | 'deadline' | 'category' | 'requirement' | 'note';

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

/** Longest headers a header cell may have (牵头单位（部门）, 责任单位及责任人): a longer cell is data or a title, not a column name. */
const MAX_HEADER = 10;

/**
 * Header words of the genre, by column kind. Collected from the column heads of published
 * 任务分解表 / 重点任务分工表 / 责任分工方案 / 任务清单 tables (State Council 分工 annexes, provincial,
 * city, county and department-level plans: 序号 编号 类别 工作任务 重点任务 任务内容 工作内容 具体内容
 * 主要内容 公开内容 工作措施 具体措施 工作目标 工作要求 具体要求 牵头单位 牵头部门 主办单位 责任单位
 * 责任部门 配合单位 协办单位 参与单位 责任科室 负责股室 完成时限 完成时间 时间节点 进度安排 备注 …).
 * Keys are folded to simplified script first, so 負責科室 reads as 负责科室. Order matters: a
 * deadline word wins over 要求 (时限要求), a requirement word over 任务 (目标任务 is a task).
 */
const UNIT_NOUN = '(单位|部门|主体|科室|股室|处室|科局|机关|领导)';
const RULES: readonly [ColumnKind, RegExp][] = [
  ['seq', /^(序号|编号|序|项次|No\.?|NO\.?)$/],
  ['note', /^(备注|说明|备考)$/],
  ['category', /(类别|类型|领域|一级指标|板块|分类|方面)$/],
  ['lead', new RegExp(`^(牵头|主责|主办|牵头责任|总牵头)${UNIT_NOUN}?$|^牵头`)],
  ['partner', new RegExp(`^(配合|协办|参与|协同|协作|协助|参加)${UNIT_NOUN}`)],
  ['owner', new RegExp(`(责任|负责|实施|承办|落实|承担|执行|具体承办)${UNIT_NOUN}`)],
  [
    'deadline',
    /(时限|时间节点|时间安排|完成时间|完成期限|进度安排|时间进度|办结时间|完成日期|截止时间|推进时间|完成年限|进度要求|时间要求)/,
  ],
  ['requirement', /(工作要求|目标要求|工作目标|预期(目标|成果|效果)|完成标准|具体要求|工作标准|考核标准|完成目标|成果形式)/],
  ['task', /(任务|措施|举措|内容|工作事项|事项|工作重点|重点工作|项目名称)/],
];

/**
 * Of two task columns (重点任务 | 工作内容), the one naming the detail holds the task text and the
 * other groups the rows (C8: the 工作内容 cell is the task text).
 */
const TASK_DETAIL = /(内容|措施|举措|事项|具体)/;
/** What a header cell names, or null when it is not a header word. */
export function headerKind(cell: string): ColumnKind | null {
  const key = keyUpTo(cell, MAX_HEADER);
  return key === null ? null : keyKind(key);
}

/** A numbered heading or a phrase with list or sentence punctuation is text, whatever words it holds (一、细化公开内容). */
const NOT_A_HEADER = /[、，,。；;：:！？!?]|^[(（〔]|^[0-9０-９]/;

/** What a header key names, or null. */
function keyKind(key: string): ColumnKind | null {
  if (key.length === 0 || NOT_A_HEADER.test(key)) return null;
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
  let secondTask: number | undefined;
  let taskKey = '';
  let secondKey = '';
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
    if (found[kind] === undefined) {
      found[kind] = i;
      if (kind === 'task') taskKey = key ?? '';
    } else if (kind === 'owner' && found.partner === undefined) found.partner = i;
    else if (kind === 'task' && secondTask === undefined) {
      secondTask = i;
      secondKey = key ?? '';
    }
  }
  if (found.task === undefined) return null;
  if (found.lead === undefined && found.owner === undefined && found.partner === undefined && found.deadline === undefined)
    return null;
  if (named * 2 < filled) return null;
  if (secondTask !== undefined && found.category === undefined && TASK_DETAIL.test(secondKey) && !TASK_DETAIL.test(taskKey)) {
    found.category = found.task;
    found.task = secondTask;
  }
  const owner = found.owner ?? found.partner;
  const partner = found.owner === undefined ? undefined : found.partner;
  const { note: _note, ...columns } = found;
  return { ...columns, task: found.task, owner, partner };
}

/** How specific a header row is; the best row of a two-level header wins. */
export function headerScore(columns: TaskColumns): number {
  return Object.values(columns).filter((v) => v !== undefined).length;
}
