/** The extract stage: pure string functions on one paragraph's text (offsets relative to it). */
export { findAnnotations } from './annotation/find-annotations.js';
export { parseUnits, statesFirstLeads, type ParseUnitsOptions } from './annotation/parse-units.js';
export { findStandingOwners, type StandingOwners } from './annotation/standing.js';
export { splitTasks } from './tasks.js';
export { findDeadlines } from './deadlines.js';
export { findTargets } from './targets.js';
export type { Annotation, TaskPiece, UnitParse } from './types.js';
