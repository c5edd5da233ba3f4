/** The library API: the pipeline and the types it speaks. */
export { parseInput as parse, cleanInput as clean, parseTree } from './pipeline.js';
export type { PipelineOptions, PipelineInput, ParseOutput, CleanOutput, CleanDocument, OutputScript } from './pipeline.js';
export type * from './core/register.js';
export type { Message, Severity } from './core/message.js';
export type { Point, Position } from './core/position.js';
export { InputError, ConfigError, UsageError, InternalError, OutputError, ExitCode } from './core/errors.js';
export type {
  RootNode,
  DocumentNode,
  SectionNode,
  TaskNode,
  AnnotationNode,
  StrippedNode,
  TreeNode,
  MarkerInfo,
  MarkerStyle,
} from './core/tree.js';
export { walk } from './core/tree.js';
export { toRegister } from './register/from-tree.js';
export { lint } from './lint/index.js';
