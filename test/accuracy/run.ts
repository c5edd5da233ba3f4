/**
 * `npm run accuracy`: prints the table of every `*.accuracy.js` module next to this file (each
 * default-exports `report(root): Promise<string> | string`), in file-name order. It reports; it
 * exits 0 unless a report itself breaks.
 *
 * `node dist/test/accuracy/run.js --record-floors [--lower]` instead (re)writes the accuracy floors
 * of the real-notice fixtures (fixtures/real-*\/accuracy-floor.yaml) from today's parser: floors only
 * rise unless --lower is given. Run it after `npm run build`, once the parser has improved.
 */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { repoRoot } from '../bench/corpus.js';
import { recordAllFloors } from './registers.accuracy.js';

type Report = (root: string) => Promise<string> | string;

async function main(argv: readonly string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--record-floors' && a !== '--lower');
  if (unknown.length > 0 || (argv.includes('--lower') && !argv.includes('--record-floors'))) {
    process.stderr.write(
      `accuracy: unknown or misplaced option ${unknown[0] ?? '--lower'} (usage: run.js [--record-floors [--lower]])\n`,
    );
    return 2;
  }
  const root = repoRoot();
  if (argv.includes('--record-floors')) {
    for (const line of await recordAllFloors(root, argv.includes('--lower'))) process.stdout.write(line + '\n');
    return 0;
  }
  const here = path.dirname(fileURLToPath(import.meta.url));
  const modules = readdirSync(here)
    .filter((f) => f.endsWith('.accuracy.js'))
    .sort();
  for (const file of modules) {
    const mod = (await import(pathToFileURL(path.join(here, file)).href)) as { default?: Report };
    if (typeof mod.default !== 'function') throw new Error(`${file} has no default export report(root)`);
    process.stdout.write(`== ${file.replace(/\.accuracy\.js$/, '')}\n${await mod.default(root)}\n\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`accuracy: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
