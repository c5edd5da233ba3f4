import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import type { MessageId } from '../../i18n/catalogue.js';

/** Builds a command (its options and action) for a run. */
export type CommandFactory = (ctx: CommandContext) => Command;

export interface CommandEntry {
  readonly name: string;
  /** Shown in `workplan --help` (a catalogue id); must be the command's own description (a test checks). */
  readonly summary: Extract<MessageId, `cli.${string}.summary`>;
  /** Arguments as the top-level help lists them, e.g. '[files...]'. */
  readonly args: string;
  /** Imports the command's module: only the command that runs is loaded, so start-up stays fast. */
  readonly load: () => Promise<CommandFactory>;
}

/**
 * Every command, in help order, listed by hand (no discovery). To add one, add a line:
 * `{ name, summary: <the catalogue id of its .description()>, args: <its arguments>, load: async () => (await import('./x.js')).xCommand }`.
 */
export const commandEntries: readonly CommandEntry[] = [
  {
    name: 'clean',
    summary: 'cli.clean.summary',
    args: '[files...]',
    load: async () => (await import('./clean.js')).cleanCommand,
  },
  {
    name: 'parse',
    summary: 'cli.parse.summary',
    args: '[files...]',
    load: async () => (await import('./parse.js')).parseCommand,
  },
  {
    name: 'lint',
    summary: 'cli.lint.summary',
    args: '[files...]',
    load: async () => (await import('./lint.js')).lintCommand,
  },
  {
    name: 'validate',
    summary: 'cli.validate.summary',
    args: '[files...]',
    load: async () => (await import('./validate.js')).validateCommand,
  },
  {
    name: 'diff',
    summary: 'cli.diff.summary',
    args: '<old> <new...>',
    load: async () => (await import('./diff.js')).diffCommand,
  },
  {
    name: 'stats',
    summary: 'cli.stats.summary',
    args: '[files...]',
    load: async () => (await import('./stats.js')).statsCommand,
  },
  {
    name: 'schema',
    summary: 'cli.schema.summary',
    args: '[name]',
    load: async () => (await import('./schema.js')).schemaCommand,
  },
];
