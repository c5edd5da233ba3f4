import type { Command } from 'commander';
import type { CommandContext } from '../context.js';

/** Builds a command (its options and action) for a run. */
export type CommandFactory = (ctx: CommandContext) => Command;

export interface CommandEntry {
  readonly name: string;
  /** Shown in `workplan --help`; must equal the command's own description (a test checks). */
  readonly summary: string;
  /** Arguments as the top-level help lists them, e.g. '[files...]'. */
  readonly args: string;
  /** Imports the command's module: only the command that runs is loaded, so start-up stays fast. */
  readonly load: () => Promise<CommandFactory>;
}

/**
 * Every command, in help order, listed by hand (no discovery). To add one, add a line:
 * `{ name, summary: <its .description()>, args: <its arguments>, load: async () => (await import('./x.js')).xCommand }`.
 */
export const commandEntries: readonly CommandEntry[] = [
  {
    name: 'clean',
    summary: 'decode, strip web debris and spam, normalise, and print the clean text of notices',
    args: '[files...]',
    load: async () => (await import('./clean.js')).cleanCommand,
  },
  {
    name: 'parse',
    summary: 'segment notices into documents, sections and tasks with their units and deadlines, and print the validated task register',
    args: '[files...]',
    load: async () => (await import('./parse.js')).parseCommand,
  },
  {
    name: 'lint',
    summary: 'check notices for numbering gaps, skipped levels, tasks without units, bracket damage, web debris, mixed script and missing metadata',
    args: '[files...]',
    load: async () => (await import('./lint.js')).lintCommand,
  },
  {
    name: 'validate',
    summary: 'check task registers (YAML or JSON) against schemas/register.schema.json, reporting every problem with its JSON pointer, line and column',
    args: '[files...]',
    load: async () => (await import('./validate.js')).validateCommand,
  },
  {
    name: 'diff',
    summary: 'align the tasks of two plans (or a series, oldest first): added, removed, reworded, moved, units and deadlines changed, split and merged',
    args: '<old> <new...>',
    load: async () => (await import('./diff.js')).diffCommand,
  },
  {
    name: 'stats',
    summary: 'count documents, tasks, tasks per lead and responsible unit, per year and issuer, deadlines per month and tasks without units',
    args: '[files...]',
    load: async () => (await import('./stats.js')).statsCommand,
  },
  {
    name: 'schema',
    summary: 'print a JSON Schema that workplan uses (default: the task register), so other tools can use it',
    args: '[name]',
    load: async () => (await import('./schema.js')).schemaCommand,
  },
];
