import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const SRC = path.resolve(__dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : name.endsWith('.ts') ? [full] : [];
  });
}

const stageFiles = files(SRC).filter((f) => !f.startsWith(path.join(SRC, 'cli') + path.sep));

describe('stage boundaries', () => {
  // I/O, colour and process live in src/cli only, so every stage stays a pure function.
  it.each(stageFiles.map((f) => [path.relative(SRC, f), f]))('%s does no I/O of its own', (_rel, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/from ['"](node:)?(fs|fs\/promises|child_process|readline)['"]/);
    expect(text).not.toMatch(/from ['"](chalk|commander)['"]/);
    expect(text).not.toMatch(/\bprocess\.(exit|stdout|stderr|stdin|argv|env|cwd)\b/);
    expect(text).not.toMatch(/\bconsole\.(log|error|warn|info)\(/);
  });

  // cheerio, opencc-js and nodejieba are slow to load: only lazily, where they are used.
  it.each(files(SRC).map((f) => [path.relative(SRC, f), f]))('%s does not import a heavy library eagerly', (_rel, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/^import [^;]*from ['"](cheerio|opencc-js|nodejieba|mammoth|exceljs)['"]/m);
  });
});
