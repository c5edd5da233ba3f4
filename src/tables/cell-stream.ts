/**
 * Task tables flattened to one cell per line (C1), or to cells between lines holding only `|`
 * (C8). Empty cells vanish in the flattening, so rows are not a fixed number of lines: each cell
 * is read for what it holds (a row number, a heading, units, a time, text) and placed in the next
 * column of the header's order that takes it. A row starts at its number, or at text that no
 * column of the current row can take; a heading (一、, （一）) or a text cell followed by a row
 * number groups the rows after it.
 */
import { type CellGuess, guessCell } from './cells.js';
import { headerColumns, headerKind, type ColumnKind } from './header.js';
import { buildRows, type DataRow } from './task-rows.js';
import { isUnitCell, startsUnitContinuation, endsUnitContinuation } from './unit-cells.js';
import type { TaskColumns, TaskTable } from './types.js';

/** A cell of the stream: its text and the lines it came from (0-based, end exclusive). */
export interface StreamCell {
  readonly text: string;
  readonly index: number;
  readonly end: number;
}

const BAR_LINE = /^\s*[|｜]\s*$/;

/** True for a line that only separates cells. */
export function isBarLine(line: string): boolean {
  return BAR_LINE.test(line);
}

/** Header lines from `start`: header words, one a line, optionally between bar lines. */
export interface StreamHeader {
  readonly cells: readonly string[];
  readonly start: number;
  /** First line after the header (and after its closing bar line). */
  readonly end: number;
  readonly bars: boolean;
}

/**
 * The header a run of header-word lines from `start` gives: the longest tail of the run in which
 * no column kind repeats (a header names each column once; a run that repeats a word holds a
 * title or a second header line before the real one). Null when it names no task table.
 */
export function streamHeader(lines: readonly string[], start: number): StreamHeader | null {
  const words: { text: string; index: number }[] = [];
  let bars = false;
  let i = start;
  for (; i < lines.length; i++) {
    if (isBarLine(lines[i])) {
      bars = true;
      continue;
    }
    const text = lines[i].trim();
    if (text === '' || headerKind(text) === null || text.includes('\t') || text.includes('|')) break;
    words.push({ text, index: i });
  }
  const seen = new Set<ColumnKind>();
  let from = words.length;
  let owners = 0;
  while (from > 0) {
    const kind = headerKind(words[from - 1].text) as ColumnKind;
    if (kind === 'owner' && owners < 2) owners++;
    else if (seen.has(kind)) break;
    seen.add(kind);
    from--;
  }
  const cells = words.slice(from).map((w) => w.text);
  if (cells.length < (bars ? 2 : 3) || headerColumns(cells) === null) return null;
  return { cells, start: words[from].index, end: i, bars };
}

/** Cells of the lines from `from`: each filled line, or (bars) the lines between two bar lines. */
function streamCells(lines: readonly string[], from: number, bars: boolean): StreamCell[] {
  const out: StreamCell[] = [];
  if (bars) {
    let text = '';
    let index = -1;
    for (let i = from; i <= lines.length; i++) {
      if (i === lines.length || isBarLine(lines[i])) {
        if (text !== '') out.push({ text, index, end: i });
        text = '';
        index = -1;
        continue;
      }
      const t = lines[i].trim();
      if (t === '') continue;
      if (index < 0) index = i;
      text += t;
    }
    return out;
  }
  for (let i = from; i < lines.length; i++) {
    const t = lines[i].trim();
    if (t !== '') out.push({ text: t, index: i, end: i + 1 });
  }
  return joinBroken(out);
}

const OPEN = '(（〔[【《“';
const CLOSE = ')）〕]】》”';
const SENTENCE_END = /[。！？!?；;]$/;
/** Chars that follow a number split off its unit: 2017 / 年底前, 5 / 小时内. */
const NUMBER_UNIT = /^[年月日号时小个万亿元%％次家项条周天届期批名户分秒]/;
const DIGITS = /^[0-9０-９]+$/;
const ASCII_WORD = /^[A-Za-z][A-Za-z0-9+\-.&]*$/;

function unclosed(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch) && depth > 0) depth--;
  }
  return depth > 0;
}

function join(a: StreamCell, b: StreamCell): StreamCell {
  return { text: a.text + b.text, index: a.index, end: b.end };
}

/**
 * Rejoins cells an extraction broke inside a sentence (one line is one cell only in the table's
 * own cells): a number split from its unit (`最迟` / `5` / `小时内`), a Latin word on a line of its
 * own (`合作（` / `PPP` / `）项目`), and a bracket left open at the end of a line.
 */
function joinBroken(cells: readonly StreamCell[]): StreamCell[] {
  const out: StreamCell[] = [];
  for (let k = 0; k < cells.length; k++) {
    let cell = cells[k];
    const next = cells[k + 1];
    const prev = out.at(-1);
    const inline = (DIGITS.test(cell.text) && next !== undefined && NUMBER_UNIT.test(next.text)) || ASCII_WORD.test(cell.text);
    if (inline) {
      if (next !== undefined && (!DIGITS.test(cell.text) || NUMBER_UNIT.test(next.text)) && !startsRow(next.text)) {
        cell = join(cell, next);
        k++;
      }
      if (prev !== undefined && continuesText(prev.text)) {
        out[out.length - 1] = join(prev, cell);
        cell = out[out.length - 1];
        out.pop();
      }
    }
    for (let n = 0; n < 4 && unclosed(cell.text) && k + 1 < cells.length; n++) cell = join(cell, cells[++k]);
    // A heading marker alone on its line (（一） / 脱贫攻坚领域) heads the line after it.
    if (MARKER_ONLY.test(cell.text) && k + 1 < cells.length && !startsRow(cells[k + 1].text)) cell = join(cell, cells[++k]);
    out.push(cell);
  }
  return out;
}

/** Text a broken-off piece may be glued to: prose, not ended, not a number, heading or unit list. */
function continuesText(text: string): boolean {
  return !SENTENCE_END.test(text) && !startsRow(text) && !isUnitCell(text) && guessCell(text) === 'text';
}

const HEADING =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[部分章节])/;
const MARKER_ONLY = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])$/;
const SEQ = /^(?:[0-9０-９]{1,3}[、.．]?|[(（][0-9０-９]{1,3}[)）])$/;

function startsRow(text: string): boolean {
  return HEADING.test(text) || SEQ.test(text);
}

type Kind = 'heading' | 'seq' | 'unit' | 'time' | 'text';

interface Layout {
  readonly header: readonly string[];
  readonly columns: TaskColumns;
  /** The unit columns in header order. */
  readonly unitKinds: readonly ('lead' | 'owner' | 'partner')[];
}

function kindOf(cell: StreamCell, layout: Layout): Kind {
  const t = cell.text;
  if (SEQ.test(t)) return 'seq';
  if (HEADING.test(t) && t.length <= 80 && !/。./.test(t)) return 'heading';
  if (layout.unitKinds.length > 0 && (isUnitCell(t) || startsUnitContinuation(t))) return 'unit';
  if (layout.columns.deadline !== undefined && guessCell(t) === ('time' satisfies CellGuess)) return 'time';
  return 'text';
}

/** A row being read: its cells by what they hold, in the order they came. */
interface OpenRow {
  seq: StreamCell | null;
  /** The row's own category cell, where the header has a category column. */
  category: StreamCell | null;
  task: StreamCell | null;
  requirement: StreamCell | null;
  deadline: StreamCell | null;
  /** Unit cells, a cell continued onto the next line already joined. */
  units: StreamCell[];
  /** Header position of the last column filled: a text cell fills a column after it only. */
  cursor: number;
}

function emptyRow(): OpenRow {
  return { seq: null, category: null, task: null, requirement: null, deadline: null, units: [], cursor: -1 };
}

/** Canonical columns of the rows this reader builds: seq, task, requirement, lead, owner, partner, deadline. */
const CANONICAL: readonly ColumnKind[] = ['seq', 'task', 'requirement', 'lead', 'owner', 'partner', 'deadline', 'category'];

function layoutOf(cells: readonly string[]): Layout | null {
  const found = headerColumns(cells);
  if (found === null) return null;
  const unitKinds = (['lead', 'owner', 'partner'] as const)
    .filter((k) => found[k] !== undefined)
    .toSorted((a, b) => (found[a] ?? 0) - (found[b] ?? 0));
  return { header: cells, columns: found, unitKinds };
}

/**
 * The task table of a cell-per-line header and the cells after it, or null when no row reads as
 * one. Rows end at the first cell that fits no row: prose after the table, or another header.
 */
export function cellStreamTable(lines: readonly string[], head: StreamHeader): TaskTable | null {
  const layout = layoutOf(head.cells);
  if (layout === null) return null;
  const { columns } = layout;
  const pos = (kind: ColumnKind): number =>
    kind === 'lead' || kind === 'owner' || kind === 'partner'
      ? Math.min(...layout.unitKinds.map((k) => columns[k] ?? 0))
      : (columns[kind as keyof TaskColumns] ?? -1);
  const cells = streamCells(lines, head.end, head.bars);
  const data: DataRow[] = [];
  /** For each data row: the line after it, and whether it carries anything a table row has (a number, units, a time, a requirement). */
  const ends: { end: number; tabular: boolean }[] = [];
  let row: OpenRow | null = null;
  let numbered = columns.seq !== undefined;
  let afterHeading = false;
  let end = head.end;
  let tabular = false;
  const flush = (): void => {
    if (row !== null && row.task !== null) {
      data.push(toDataRow(row, layout));
      const filled = row.units.length > 0 || row.deadline !== null || row.requirement !== null || row.seq !== null;
      ends.push({ end, tabular: filled });
      tabular ||= filled;
    }
    row = null;
  };
  const heading = (cell: StreamCell): void => {
    flush();
    data.push({ cells: CANONICAL.map(() => cell.text), index: cell.index });
    ends.push({ end: cell.end, tabular: false });
    afterHeading = true;
  };
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k];
    // A header again (two header words in a row): the next table starts here.
    if (headerKind(cell.text) !== null && k + 1 < cells.length && headerKind(cells[k + 1].text) !== null) break;
    const current = row as OpenRow | null;
    let kind = kindOf(cell, layout);
    // A cell no row can take as what it looks like is read as text.
    if (kind === 'time' && (current === null || current.task === null || current.deadline !== null)) kind = 'text';
    if (kind === 'unit' && (current === null || current.task === null) && !afterHeading) kind = 'text';
    if (kind === 'heading') {
      heading(cell);
      end = cell.end;
      continue;
    }
    if (kind === 'seq') {
      flush();
      row = { ...emptyRow(), seq: cell };
      numbered = true;
    } else if (kind === 'unit' && current !== null && current.task !== null) {
      const last = current.units.at(-1);
      if (last !== undefined && (endsUnitContinuation(last.text) || startsUnitContinuation(cell.text) || unclosed(last.text)))
        current.units[current.units.length - 1] = join(last, cell);
      else current.units.push(cell);
      current.cursor = Math.max(current.cursor, pos('lead'));
    } else if (kind === 'time' && current !== null && current.task !== null && current.deadline === null) {
      current.deadline = cell;
      current.cursor = Math.max(current.cursor, pos('deadline'));
    } else if (
      current !== null &&
      current.task === null &&
      kind === 'text' &&
      columns.category !== undefined &&
      current.category === null &&
      pos('category') < pos('task') &&
      pos('category') > current.cursor
    ) {
      current.category = cell;
      current.cursor = pos('category');
    } else if (current !== null && current.task === null && kind !== 'unit' && kind !== 'time') {
      current.task = cell;
      current.cursor = pos('task');
    } else if (
      current !== null &&
      current.task !== null &&
      kind === 'text' &&
      columns.requirement !== undefined &&
      current.requirement === null &&
      pos('requirement') > current.cursor
    ) {
      current.requirement = cell;
      current.cursor = pos('requirement');
    } else if (kind === 'text' && k + 1 < cells.length && SEQ.test(cells[k + 1].text)) {
      // A cell before a row number groups the rows that follow (a group cell left out of the
      // rows it spans): 工作任务 | 序号 | 具体要求 ….
      heading(cell);
      end = cell.end;
      continue;
    } else if (kind === 'text' && (!numbered || afterHeading)) {
      flush();
      row = { ...emptyRow(), task: cell, cursor: pos('task') };
    } else if (kind === 'unit' && current === null && afterHeading && data.length > 0) {
      // Units right after a heading: the heading was the row's task (a numbered task cell).
      const above = data.pop() as DataRow;
      ends.pop();
      row = {
        ...emptyRow(),
        task: { text: above.cells[0], index: above.index, end: cell.index },
        units: [cell],
        cursor: pos('lead'),
      };
    } else break;
    afterHeading = false;
    end = cell.end;
  }
  flush();
  if (!tabular) return null;
  // Headings and bare text at the end are the document going on after the table (三、其他工作 and its paragraphs).
  while (ends.length > 0 && !ends[ends.length - 1].tabular) {
    ends.pop();
    data.pop();
  }
  end = ends.at(-1)?.end ?? end;
  const header = CANONICAL.map((kind) => labelOf(kind, head.cells));
  const canonical: TaskColumns = {
    seq: 0,
    task: 1,
    requirement: 2,
    lead: columns.lead === undefined ? undefined : 3,
    owner: columns.owner === undefined ? undefined : 4,
    partner: columns.partner === undefined ? undefined : 5,
    deadline: 6,
    category: columns.category === undefined ? undefined : 7,
  };
  const rows = buildRows(canonical, header, data);
  if (rows.length === 0) return null;
  return { columns: canonical, header, headerIndex: head.start, endIndex: end, rows };
}

const DEFAULT_LABELS: Partial<Record<ColumnKind, string>> = {
  seq: '序号',
  task: '工作任务',
  requirement: '工作要求',
  lead: '牵头单位',
  owner: '责任单位',
  partner: '配合单位',
  deadline: '完成时限',
};

function labelOf(kind: ColumnKind, cells: readonly string[]): string {
  const found = headerColumns(cells);
  const i = found?.[kind as keyof TaskColumns];
  return (i === undefined ? DEFAULT_LABELS[kind] : cells[i].replace(/\s+/g, '')) ?? '';
}

/**
 * Unit cells of a row go to the unit columns in header order. With more cells than columns the
 * first column takes the extra ones (a lead cell of one unit a line); with fewer, the lead
 * columns are the ones left empty: 责任单位 is the column a table always fills.
 */
function assignUnits(units: readonly StreamCell[], kinds: readonly ('lead' | 'owner' | 'partner')[]): Map<string, string> {
  const out = new Map<string, string>();
  if (units.length === 0 || kinds.length === 0) return out;
  let use = [...kinds];
  let drop = kinds.length - units.length;
  if (drop > 0) {
    use = use.filter((k) => !(k === 'lead' && drop > 0 && drop-- > 0));
    use = use.slice(0, units.length);
  }
  const extra = units.length - use.length;
  units.forEach((u, i) => {
    const col = use[Math.max(0, i - extra)];
    out.set(col, out.has(col) ? `${out.get(col)}\n${u.text}` : u.text);
  });
  return out;
}

function toDataRow(row: OpenRow, layout: Layout): DataRow {
  const units = assignUnits(row.units, layout.unitKinds);
  const cells = [
    row.seq?.text ?? '',
    row.task?.text ?? '',
    row.requirement?.text ?? '',
    units.get('lead') ?? '',
    units.get('owner') ?? '',
    units.get('partner') ?? '',
    row.deadline?.text ?? '',
    row.category?.text ?? '',
  ];
  return { cells, index: (row.seq ?? row.task)?.index ?? 0 };
}
