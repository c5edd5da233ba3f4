/** The benchmark corpus: the repository's fixtures (text and HTML notices), copied into a temp dir. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, from dist/test/bench (compiled) or test/bench (source). */
export function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'fixtures')) || !existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot find the repository root');
    dir = up;
  }
  return dir;
}

export interface Sample {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Every fixture notice given as text or HTML (input.txt / input.html). */
export function seedSamples(root = repoRoot()): Sample[] {
  const out: Sample[] = [];
  for (const dir of readdirSync(path.join(root, 'fixtures')).sort()) {
    for (const file of ['input.txt', 'input.html']) {
      const full = path.join(root, 'fixtures', dir, file);
      if (existsSync(full)) out.push({ name: `${dir}/${file}`, bytes: new Uint8Array(readFileSync(full)) });
    }
  }
  return out;
}

/** Writes `count` notices (the samples in turn) into year folders of 100, like an archive. */
export function writeArchive(dir: string, samples: readonly Sample[], count: number): { files: number; bytes: number } {
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const sample = samples[i % samples.length];
    const folder = path.join(dir, `batch-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    const ext = sample.name.endsWith('.html') ? '.html' : '.txt';
    writeFileSync(path.join(folder, `notice-${String(i).padStart(5, '0')}${ext}`), sample.bytes);
    bytes += sample.bytes.byteLength;
  }
  return { files: count, bytes };
}
