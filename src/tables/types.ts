/**
 * Shapes of the task-table stage. A TableGrid is a table with every spanning cell copied into
 * each slot it covers, so row r, column c is always rows[r][c].
 */
export interface TableGrid {
  readonly rows: string[][];
}

/** Column index of each meaning found in the header row. */
export interface TaskColumns {
  /** 工作任务 / 重点任务 / 具体措施 / 工作内容 / 主要任务 / 任务内容. */
  readonly task: number;
  /** 序号. */
  readonly seq?: number;
  /** 牵头单位: every unit named here leads. */
  readonly lead?: number;
  /** 责任单位 (or 配合单位 when it is the only other unit column). */
  readonly owner?: number;
  /** 配合单位 next to a 责任单位 column. */
  readonly partner?: number;
  /** 完成时限 / 时间节点 / 时间安排 / 完成时间. */
  readonly deadline?: number;
  /** 类别 / 领域 / 重点领域 / 一级指标: becomes a section. */
  readonly category?: number;
  /** 工作要求. */
  readonly requirement?: number;
}

/** A unit cell with its column header as written (for Task.unitsText). */
export interface UnitCell {
  readonly label: string;
  readonly text: string;
}

/** A heading a row sits under: a category row or cell (一、加强解读, （一）公开决策信息, 政策解读). */
export interface RowGroup {
  readonly text: string;
  /** Row (or line) index where the heading was stated. */
  readonly index: number;
}

export interface TaskRow {
  readonly seq: string | null;
  /** The innermost group's text (the last of `groups`), or null. */
  readonly category: string | null;
  /** Row (or line) index where the category was stated: its heading row, or this row for a category column. */
  readonly categoryIndex: number | null;
  /** Every heading the row sits under, outermost first (一、 then （一）); empty without headings. */
  readonly groups: readonly RowGroup[];
  readonly text: string;
  readonly leadText: string;
  /** 责任单位 and 配合单位 cells joined with '、'. */
  readonly ownerText: string;
  readonly deadlineText: string;
  readonly requirementText: string;
  /** The non-empty unit cells in column order, labelled with their headers. */
  readonly units: readonly UnitCell[];
  /** Index of the row in the grid, or of its first line for a table read from lines. */
  readonly rowIndex: number;
}

export interface TaskTable {
  readonly columns: TaskColumns;
  /** Header cells as written (spaces removed). */
  readonly header: readonly string[];
  /** Index of the header row (grid) or line (lines). */
  readonly headerIndex: number;
  /** Index after the last row (grid) or line (lines) the table covers. */
  readonly endIndex: number;
  readonly rows: readonly TaskRow[];
}
