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
    name: 'schema',
    summary: 'print a JSON Schema that workplan uses (default: the task register), so other tools can use it',
    args: '[name]',
    load: async () => (await import('./schema.js')).schemaCommand,
  },
];
