import { Command } from 'commander';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { UsageError, ExitCode } from '../../core/errors.js';
import type { CommandContext } from '../context.js';
import { schemasDir } from '../package-root.js';

export function schemaCommand(ctx: CommandContext): Command {
  return new Command('schema')
    .description('print a JSON Schema that workplan uses (default: the task register), so other tools can use it')
    .argument('[name]', 'schema name: register, lint-config, diff', 'register')
    .action((name: string) => {
      const dir = schemasDir();
      const names = readdirSync(dir).filter((f) => f.endsWith('.schema.json')).map((f) => f.replace(/\.schema\.json$/, ''));
      if (!names.includes(name)) throw new UsageError(`unknown schema '${name}' (known: ${names.join(', ')})`);
      ctx.io.stdout.write(readFileSync(path.join(dir, `${name}.schema.json`), 'utf8'));
      ctx.exit(ExitCode.ok);
    });
}
