/** Two inputs never share an output: their names are made unique, or the run is refused before anything is written. */
import { describe, expect, it, vi } from 'vitest';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { outputPathsFor } from '../../src/cli/files.js';
import { ROOT, runMain, tempDir } from './helpers.js';

vi.setConfig({ testTimeout: 60_000 });
const SEED = path.join(ROOT, 'fixtures/seed-003-hangzhou-2018/input.txt');
const SEED2 = path.join(ROOT, 'fixtures/seed-004-lianyungang-2020/input.txt');

describe('outputPathsFor', () => {
  it('keeps the input ending in the names that would collide, and only there', () => {
    const inputs = ['a.txt', 'a.html', 'b.txt', 'sub/a.txt'].map((name) => ({ name, path: `/in/${name}` }));
    const out = outputPathsFor('/out', inputs, '.register.yaml').map((p) =>
      typeof p === 'string' ? path.relative('/out', p) : p.message,
    );
    expect(out).toEqual(['a.txt.register.yaml', 'a.html.register.yaml', 'b.register.yaml', 'sub/a.register.yaml']);
  });

  it('an input whose name would still collide is refused', () => {
    // a.txt becomes a.txt.register.yaml once it collides with a.html, which a.txt.txt already is.
    const inputs = ['a.txt', 'a.html', 'a.txt.txt'].map((name) => ({ name, path: `/in/${name}` }));
    const out = outputPathsFor('/out', inputs, '.register.yaml');
    expect(out.some((p) => typeof p !== 'string' && /would be written to the same output as/.test(p.message))).toBe(true);
  });
});

describe('parse --out with two inputs of one name', () => {
  it('writes two registers and says nothing failed', async () => {
    const dir = tempDir('workplan-names-');
    copyFileSync(SEED, path.join(dir, 'a.txt'));
    copyFileSync(SEED2, path.join(dir, 'a.htm'));
    const r = await runMain(['parse', 'a.txt', 'a.htm', '--out', 'out', '--force'], dir);
    expect(r.code).toBe(0);
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['a.htm.register.yaml', 'a.txt.register.yaml']);
  });

  it('with colliding names that cannot be told apart, refuses before writing anything', async () => {
    const dir = tempDir('workplan-names-');
    mkdirSync(path.join(dir, 'in'));
    copyFileSync(SEED, path.join(dir, 'in/a.txt'));
    copyFileSync(SEED2, path.join(dir, 'in/a.htm'));
    copyFileSync(SEED2, path.join(dir, 'in/a.txt.txt'));
    const r = await runMain(['parse', 'in', '--out', 'out'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/would be written to the same output as/);
    expect(() => readdirSync(path.join(dir, 'out'))).toThrow();
  });
});
