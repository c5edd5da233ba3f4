export type { Count, Stats } from './types.js';
export { computeStats, UNKNOWN, UNDATED } from './compute.js';
export { formatStatsTable, displayWidth } from './format-table.js';
export { formatStatsCsv } from './format-csv.js';
