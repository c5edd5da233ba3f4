import { Command } from 'commander';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { UsageError, ExitCode } from '../../core/errors.js';
import { messagesOf, type CommandContext } from '../context.js';
import { schemasDir } from '../package-root.js';

export function schemaCommand(ctx: CommandContext): Command {
  const t = messagesOf(ctx);
  return new Command('schema')
    .description(t('cli.schema.summary'))
    .argument('[name]', t('cli.schema.arg'), 'register')
    .action((name: string) => {
      const dir = schemasDir();
      const names = readdirSync(dir)
        .filter((f) => f.endsWith('.schema.json'))
        .map((f) => f.replace(/\.schema\.json$/, ''));
      if (!names.includes(name)) throw new UsageError(t('cli.schema.unknown', { name, names: names.join(', ') }));
      ctx.io.stdout.write(readFileSync(path.join(dir, `${name}.schema.json`), 'utf8'));
      ctx.exit(ExitCode.ok);
    });
}
