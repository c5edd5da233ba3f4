/**
 * Task tables (任务分解表) in HTML, Word (through its HTML) and flattened text, read into register
 * sections and tasks.
 */
export { extractTables } from './html-table.js';
export { recognizeTaskTable, findHeader } from './task-table.js';
export { taskTableFromLines, taskTablesFromLines, splitCells } from './text-table.js';
export { tableToTasks, type TableTasks, type TableToTasksOptions } from './to-tasks.js';
export { locateRows } from './locate.js';
export { headerKind, type ColumnKind } from './header.js';
export { findTaskTables, type LocatedTaskTable } from './find-tables.js';
export type { TableGrid, TaskColumns, TaskRow, TaskTable, UnitCell } from './types.js';
export {
  mayHoldTable,
  cutLines,
  cutRanges,
  appendTableTasks,
  introducingSection,
  nestTableTasks,
  type TablePlaces,
} from './attach.js';
