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

describe('one Chinese-text toolkit (src/core/zh)', () => {
  const ZH = path.join(SRC, 'core', 'zh') + path.sep;
  const rel = (f: string): string => path.relative(SRC, f).split(path.sep).join('/');

  it.each(files(ZH).map((f) => [rel(f), f]))('%s imports only its own modules', (_rel, file) => {
    const specifiers = [...readFileSync(file, 'utf8').matchAll(/from ['"]([^'"]+)['"]/g)].map((m) => m[1]);
    for (const s of specifiers) expect(s).toMatch(/^\.\/[\w-]+\.js$/);
  });

  // Numerals were once parsed and written in segment, lint and extract; lint, docx and tables imported segment for them.
  const noSegment = ['lint', 'docx', 'tables', 'extract', 'normalize', 'clean', 'html', 'decode', 'diff', 'review'];
  it.each(
    files(SRC)
      .filter((f) => noSegment.includes(rel(f).split('/')[0]))
      .map((f) => [rel(f), f]),
  )('%s does not import segment', (_rel, file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(/from ['"][./]*\/segment\//);
  });

  // Han ranges tested by char code, and digit maps of Chinese numerals, live in src/core/zh only.
  it.each(
    files(SRC)
      .filter((f) => !f.startsWith(ZH))
      .map((f) => [rel(f), f]),
  )('%s defines no Han range or numeral map', (_rel, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/0x4e00|0x3400\b/i);
    expect(text).not.toMatch(/[一二三四五六七八九]['"]?\s*:\s*['"]?\d/);
  });
});
