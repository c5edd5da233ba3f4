import type { Command } from 'commander';
import type { CommandContext } from '../context.js';

/** Commands beyond clean, parse and schema, listed by hand (no discovery), in help order. */
export function extraCommands(ctx: CommandContext): Command[] {
  void ctx;
  return [];
}
