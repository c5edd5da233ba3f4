/**
 * Task tables whose rows were glued onto one line with no separator at all (C4): an archive's
 * text extraction writes `工作任务牵头单位责任单位工作要求一、…1.任务省审改办省政府各部门、…要求…2.…`.
 * The header is a run of header words; rows start at their numbers (the next expected one, so a
 * year or a number inside a sentence does not cut); headings (一、, （一）) group them. In a row,
 * the unit cells are the run of unit names (found with the annotation grammar's unit reader);
 * before it is the task, after it the requirement, as the header orders them.
 */
import { looksLikeUnit } from '../extract/annotation/units.js';
import { MULTI_SUFFIXES } from '../extract/annotation/lexicon.js';
import { chineseNumeral } from './section-marker.js';
import { headerColumns, headerKind } from './header.js';
import { buildRows, type DataRow } from './task-rows.js';
import type { TaskColumns, TaskTable } from './types.js';

/**
 * Header words as they are glued into a header run: the genre's column names (the list in
 * header.ts says where they come from), longest first so 配合/责任单位 wins over 责任单位.
 */
const WORDS = [
  '序号',
  '编号',
  '工作任务',
  '重点任务',
  '主要任务',
  '任务内容',
  '工作内容',
  '具体内容',
  '主要内容',
  '公开内容',
  '工作措施',
  '具体措施',
  '主要措施',
  '工作目标',
  '工作要求',
  '具体要求',
  '目标要求',
  '牵头单位',
  '牵头部门',
  '主办单位',
  '主责单位',
  '责任单位',
  '责任部门',
  '配合单位',
  '配合部门',
  '协办单位',
  '参与单位',
  '配合/责任单位',
  '责任科室',
  '负责科室',
  '责任股室',
  '负责股室',
  '完成时限',
  '完成时间',
  '时间节点',
  '进度安排',
  '时限要求',
  '备注',
  '类别',
].toSorted((a, b) => b.length - a.length);

export interface GluedHeader {
  readonly cells: readonly string[];
  /** Offsets in the line: where the header starts and where the rows start. */
  readonly start: number;
  readonly end: number;
}

const SPACE = /[\s\u3000]/;

/** The first run of three or more glued header words in `line` that names a task table. */
export function gluedHeader(line: string): GluedHeader | null {
  for (let i = 0; i < line.length; i++) {
    if (!WORDS.some((w) => w[0] === line[i])) continue;
    const cells: string[] = [];
    let at = i;
    for (;;) {
      const word = wordAt(line, at);
      if (word === null) break;
      cells.push(word.word);
      at = word.end;
    }
    if (cells.length >= 3 && headerColumns(cells) !== null) return { cells, start: i, end: at };
  }
  return null;
}

/** The header word starting at `at` (its letters may be spaced out: 工 作 任 务), or null. */
function wordAt(line: string, at: number): { word: string; end: number } | null {
  for (const word of WORDS) {
    let k = at;
    let ok = true;
    for (let j = 0; j < word.length; j++) {
      while (j > 0 && k < line.length && SPACE.test(line[k])) k++;
      if (line[k] !== word[j]) {
        ok = false;
        break;
      }
      k++;
    }
    if (ok && headerKind(word) !== null) return { word, end: k };
  }
  return null;
}

interface Mark {
  readonly at: number;
  readonly end: number;
  readonly kind: 'h1' | 'h2' | 'row';
  readonly value: number;
}

/** The earliest next marker from `from`: the next 一、 / （一） (or a restart at one), or the next row number. */
function nextMark(line: string, from: number, h1: number, h2: number, row: number, current = ''): Mark | null {
  const found: Mark[] = [];
  const find = (needles: readonly string[], kind: Mark['kind'], value: number, digit: boolean): void => {
    for (const needle of needles) {
      let at = line.indexOf(needle, from);
      while (at >= 0 && digit && (/[0-9]/.test(line[at - 1] ?? '') || /[0-9]/.test(line[at + needle.length] ?? '')))
        at = line.indexOf(needle, at + 1);
      if (at >= 0) found.push({ at, end: at + needle.length, kind, value });
    }
  };
  find([`${chineseNumeral(h1 + 1)}、`], 'h1', h1 + 1, false);
  // The heading of the current group printed again (a rowspan split in two): the same section.
  if (h1 > 0 && current !== '') {
    const again = line.indexOf(current, from);
    if (again >= 0) found.push({ at: again, end: again + `${chineseNumeral(h1)}、`.length, kind: 'h1', value: h1 });
  }
  find([`（${chineseNumeral(h2 + 1)}）`, `(${chineseNumeral(h2 + 1)})`], 'h2', h2 + 1, false);
  if (h2 > 0) find(['（一）', '(一)'], 'h2', 1, false);
  find([`${row + 1}.`, `${row + 1}、`, `${row + 1}．`], 'row', row + 1, true);
  if (found.length === 0) return null;
  return found.reduce((a, b) => (b.at < a.at ? b : a));
}

const LEVEL_START = /[省市区县州盟旗乡镇各]/;
const SEPARATORS = /[、，,；;]/;

/**
 * The run of unit names from `at`: glued names (a lead cell: 省工商局省审改办), then a list
 * separated by 、，; (the 责任单位 cell). The list's last name runs straight into the next cell,
 * so it ends at a name the table writes as a whole list item elsewhere (`known`), else at the
 * shortest name that a unit word does not continue. `owner` is where the last cell starts: the
 * name before the first separator (or the last name), a glued `各…` group kept with the body
 * before it (省政府各部门).
 */
/** A `各` group of administrative units (各镇…, 各县（市、区）), a unit of its own, unlike 各部门. */
const ADMIN_GROUP = /^各(?:省|市|县|区|乡|镇|街道|社区|村|州|盟|旗|地|设区市|片区)/;

function unitRun(text: string, at: number, known: ReadonlySet<string>): { end: number; owner: number } {
  const starts: number[] = [];
  let end = at;
  let k = at;
  let firstListed = -1;
  while (k < text.length) {
    const name = unitAt(text, k, known);
    if (name === 0) break;
    // 省政府 / 各部门 glued is one body's departments; 县体育局 / 各镇人民政府 are two units.
    const ofBody =
      starts.length > 0 && k === end && firstListed < 0 && text[k] === '各' && !ADMIN_GROUP.test(text.slice(k, k + 4));
    if (!ofBody) starts.push(k);
    end = k + name;
    k = end;
    if (k < text.length && SEPARATORS.test(text[k]) && unitAt(text, k + 1, known) > 0) {
      if (firstListed < 0) firstListed = starts.length - 1;
      k++;
    } else if (firstListed >= 0) break;
  }
  const owner = starts.length === 0 ? at : starts[firstListed >= 0 ? firstListed : starts.length - 1];
  return { end, owner };
}

/** Chars that go on inside a unit name: a name ending before one of them is cut short (…管委 / 会). */
const NAME_GOES_ON = /[局委办厅部府院会室处署所站社团馆队科股组台校司庭门位心政人民镇乡县区市州旗街道]/;

/** A body word after a place word goes on with the name: 各乡镇 / 人民政府. */
const BODY_FOLLOWS = /[人政府局委办厅部门]/;

/** Length of the unit name at `at` (0 when none), by `known` names first. */
function unitAt(text: string, at: number, known: ReadonlySet<string>): number {
  let item = at;
  let depth = 0;
  while (item < text.length && item - at < 40) {
    const ch = text[item];
    if (ch === '（' || ch === '(') depth++;
    else if (ch === '）' || ch === ')') depth--;
    else if (depth === 0 && (SEPARATORS.test(ch) || /[。\s]/.test(ch))) break;
    item++;
  }
  let best = 0;
  for (const name of known) if (name.length > best && text.startsWith(name, at) && at + name.length <= item) best = name.length;
  if (best > 0) return best;
  // The shortest name after which the next name (or the cell's end) can begin: 区经济发展局 / 区直…,
  // not 区社会 / 事业局. A name running into the next cell (…中心组织开展…) ends at its own unit
  // word, else where no unit char continues it.
  let multi = 0;
  let single = 0;
  for (let k = at + 2; k <= item; k++) {
    const name = text.slice(at, k);
    if (!looksLikeUnit(name)) continue;
    const next = text[k] ?? '';
    const bracket = next === '（' || next === '(';
    const listHead = name.startsWith('各') && name.length <= 3 && /[省市区县州盟旗乡镇人政]/.test(next);
    if (!listHead && (k === item || bracket || LEVEL_START.test(next))) return bracket ? withBracket(text, at, k, item) : k - at;
    if (multi === 0 && MULTI_SUFFIXES.some((w) => name.endsWith(w)) && !BODY_FOLLOWS.test(next)) multi = k - at;
    if (single === 0 && !NAME_GOES_ON.test(next)) single = k - at;
  }
  return multi || single;
}

/** The name from `at` to `k` with the bracket right after it: 各乡镇人民政府（街道办事处）. */
function withBracket(text: string, at: number, k: number, item: number): number {
  const close = text.indexOf(text[k] === '（' ? '）' : ')', k);
  return close > 0 && close < item + 1 ? close + 1 - at : k - at;
}

/** Unit names the table writes as whole list items (between separators), for unitAt. */
function knownNames(bodies: readonly string[]): Set<string> {
  const known = new Set<string>();
  for (const body of bodies) {
    const parts = body.split(/[、，,；;]/);
    for (let i = 1; i < parts.length - 1; i++) if (looksLikeUnit(parts[i].trim())) known.add(parts[i].trim());
  }
  // An item that is a known name with more glued on (…管委会省教育厅) is two cells, not a name.
  const names = [...known];
  return new Set(names.filter((n) => !names.some((m) => m !== n && n.startsWith(m))));
}

/** Splits a row body into task text, unit run and requirement, by the header's order. */
function rowCells(
  body: string,
  columns: TaskColumns,
  known: ReadonlySet<string>,
  last: boolean,
): { task: string; lead: string; owner: string; requirement: string } {
  const unitsFirst = Math.min(columns.lead ?? Infinity, columns.owner ?? Infinity, columns.partner ?? Infinity);
  const requirementAfter = columns.requirement !== undefined && columns.requirement > unitsFirst;
  const cells = (task: string, start: number, run: { end: number; owner: number }, requirement: string) => ({
    task,
    lead: columns.lead === undefined ? '' : body.slice(start, run.owner).trim(),
    owner: body.slice(columns.lead === undefined ? start : run.owner, run.end).trim(),
    requirement,
  });
  if (!requirementAfter) {
    // Units close the row: they follow the last sentence end or the space an empty cell left.
    const bodyEnd = body.trimEnd().length;
    for (const cut of [body.search(/\s\S*$/), body.lastIndexOf('。')]) {
      if (cut < 0) continue;
      const start = cut + 1 + (body.slice(cut + 1).length - body.slice(cut + 1).trimStart().length);
      const run = unitRun(body, start, known);
      if (run.end <= start) continue;
      // The last row's units may be followed by what is no cell (a download link); elsewhere a
      // tail the unit reader stops short in (a misspelt name) is still the unit cell.
      if (run.end >= bodyEnd || last) return cells(body.slice(0, start).trim(), start, run, '');
      if (!/[。！？!?]/.test(body.slice(start)) && bodyEnd - start <= 80)
        return cells(body.slice(0, start).trim(), start, { ...run, end: bodyEnd }, '');
    }
    return { task: body.trim(), lead: '', owner: '', requirement: '' };
  }
  // Task, units, requirement: the units start at the space an empty lead cell left, or at the first
  // level word (省/市/区/县/各 …) that begins a run of unit names.
  for (let at = 2; at < body.length; at++) {
    const spaced = SPACE.test(body[at - 1]);
    if (!spaced && !LEVEL_START.test(body[at])) continue;
    const run = unitRun(body, at, known);
    if (run.end > at) return cells(body.slice(0, at).trim(), at, run, body.slice(run.end).trim());
    if (spaced) break;
  }
  return { task: body.trim(), lead: '', owner: '', requirement: '' };
}

/** Where a glued table ends in its line: a 附件/下载 link or the like is not a row. */
export interface GluedTable {
  readonly table: TaskTable;
  /** Offsets in the line of the header's start and the end of the last row. */
  readonly start: number;
  readonly end: number;
}

/** The glued task table of line `index`, or null. */
export function gluedTable(line: string, index: number): GluedTable | null {
  const head = gluedHeader(line);
  if (head === null) return null;
  const columns = headerColumns(head.cells) as TaskColumns;
  const data: DataRow[] = [];
  let h1 = 0;
  let h2 = 0;
  let row = 0;
  const at = head.end;
  let mark = nextMark(line, at, h1, h2, row);
  if (mark === null || line.slice(at, mark.at).trim() !== '') return null;
  // Two passes: the markers first, then the rows, whose unit names are read against the names
  // the whole table writes as list items.
  const marks: { mark: Mark; stop: number }[] = [];
  let head1 = '';
  while (mark !== null) {
    // Up to 8 chars of the heading's title, not into the row or subheading glued after it.
    if (mark.kind === 'h1')
      head1 = line.slice(mark.at, mark.end) + line.slice(mark.end, mark.end + 8).replace(/[0-9０-９（(].*$/, '');
    const next = nextMark(
      line,
      mark.end,
      mark.kind === 'h1' ? mark.value : h1,
      mark.kind === 'h2' ? mark.value : h2,
      mark.kind === 'row' ? mark.value : row,
      head1,
    );
    marks.push({ mark, stop: next === null ? line.length : next.at });
    if (mark.kind === 'h1') h1 = mark.value;
    else if (mark.kind === 'h2') h2 = mark.value;
    else row = mark.value;
    mark = next;
  }
  const known = knownNames(marks.filter((m) => m.mark.kind === 'row').map((m) => line.slice(m.mark.end, m.stop)));
  let end = at;
  marks.forEach(({ mark: m, stop }, i) => {
    const body = line.slice(m.end, stop);
    if (m.kind !== 'row') {
      const text = line.slice(m.at, stop).trim();
      data.push({ cells: CANONICAL_WIDTH.map(() => text), index });
      end = stop;
      return;
    }
    const cells = rowCells(body, columns, known, i === marks.length - 1);
    data.push({ cells: [`${m.value}.`, cells.task, cells.requirement, cells.lead, cells.owner, '', ''], index });
    // The last row ends with its units when they close it (what follows is no cell).
    const last = i === marks.length - 1;
    end = last && cells.requirement === '' && cells.owner !== '' ? m.end + body.indexOf(cells.owner) + cells.owner.length : stop;
  });
  const canonical: TaskColumns = { seq: 0, task: 1, requirement: 2, lead: columns.lead === undefined ? undefined : 3, owner: 4 };
  const header = ['序号', '工作任务', '工作要求', '牵头单位', '责任单位', '配合单位', '完成时限'];
  const rows = buildRows(canonical, header, data);
  if (rows.length === 0 || !rows.some((r) => r.ownerText !== '')) return null;
  return { table: { columns: canonical, header, headerIndex: index, endIndex: index + 1, rows }, start: head.start, end };
}

const CANONICAL_WIDTH = [0, 1, 2, 3, 4, 5, 6];
