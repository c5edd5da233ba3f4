/** The smaller hostile-input items of issue 18: Node-only encoding names, alias-bomb positions. */
import { describe, expect, it, vi } from 'vitest';
import { copyFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT, runMain, tempDir } from './helpers.js';

vi.setConfig({ testTimeout: 60_000 });
const SEED = path.join(ROOT, 'fixtures/seed-003-hangzhou-2018/input.txt');

describe('--encoding takes text encodings only', () => {
  it.each(['base64', 'hex', 'binary', 'ucs2', 'UCS-2', 'base64url'])('%s is refused as unknown (exit 2)', async (name) => {
    const dir = tempDir('workplan-small-');
    copyFileSync(SEED, path.join(dir, 'a.txt'));
    const r = await runMain(['parse', 'a.txt', '--encoding', name], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`workplan: a.txt: unknown encoding '${name}'\n`);
  });

  it('latin1 and utf-16le are still text encodings', async () => {
    const dir = tempDir('workplan-small-');
    writeFileSync(path.join(dir, 'a.txt'), Buffer.from('2019年工作要点\n一、加强领导。\n', 'utf16le'));
    expect((await runMain(['parse', 'a.txt', '--encoding', 'utf-16le'], dir)).code).toBe(0);
  });
});

describe('validate: an alias bomb is placed at its first alias', () => {
  it('reports a line and column, not 0:0', async () => {
    const dir = tempDir('workplan-small-');
    const lines = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
    ];
    writeFileSync(path.join(dir, 'bomb.register.yaml'), `${lines.join('\n')}\n`);
    const r = await runMain(['validate', 'bomb.register.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('0:0');
    expect(r.stdout).toMatch(/\b2:8\s+error\s+too many YAML aliases/);
  });
});
