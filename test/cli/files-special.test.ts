/**
 * An output path that is not a plain file is never replaced: a device or a FIFO is written into,
 * a symlink is followed (the link stays a link), a socket is refused. Tests run as root in CI, so
 * the devices are made with mknod in a temp folder, never the system's own.
 */
import { describe, expect, it, vi } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, lstatSync, mkdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { writeOutput } from '../../src/cli/files.js';
import { ROOT, runMain, tempDir } from './helpers.js';

const SEED = path.join(ROOT, 'fixtures/seed-003-hangzhou-2018/input.txt');
const none = new Set<string>();
// CLI runs on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** A copy of /dev/null (character device 1:3) at `file`. */
function mknodNull(file: string): void {
  execFileSync('mknod', [file, 'c', '1', '3']);
}

describe('writing to a path that is not a plain file', () => {
  it.skipIf(!isRoot)('a character device is written into, not replaced (lint --output-file)', async () => {
    const dir = tempDir('workplan-special-');
    copyFileSync(SEED, path.join(dir, 'a.txt'));
    mknodNull(path.join(dir, 'null'));
    const r = await runMain(['lint', 'a.txt', '--no-config', '--output-file', 'null'], dir);
    expect(r.stderr).toBe('');
    expect(lstatSync(path.join(dir, 'null')).isCharacterDevice()).toBe(true);
  });

  it.skipIf(!isRoot)('a character device with parse --format xlsx --out X.xlsx --force stays a device', async () => {
    const dir = tempDir('workplan-special-');
    copyFileSync(SEED, path.join(dir, 'a.txt'));
    mknodNull(path.join(dir, 'book.xlsx'));
    const r = await runMain(['parse', 'a.txt', '--format', 'xlsx', '--out', 'book.xlsx', '--force'], dir);
    expect(r.stderr).toBe('workplan: wrote book.xlsx\n');
    expect(r.code).toBe(0);
    expect(lstatSync(path.join(dir, 'book.xlsx')).isCharacterDevice()).toBe(true);
  });

  it('a FIFO is written into: the reader gets the report, the FIFO stays a FIFO', async () => {
    const dir = tempDir('workplan-special-');
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (d: Buffer) => (got += d.toString()));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    await writeOutput(fifo, 'report\n', { force: true, inputs: none });
    await closed;
    expect(got).toBe('report\n');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('a symlink is followed: the file it points to gets the data, the link stays a link', async () => {
    const dir = tempDir('workplan-special-');
    mkdirSync(path.join(dir, 'real'));
    writeFileSync(path.join(dir, 'real/report.txt'), 'old\n');
    symlinkSync('real/report.txt', path.join(dir, 'link.txt'));
    await writeOutput(path.join(dir, 'link.txt'), 'new\n', { force: true, inputs: none });
    expect(lstatSync(path.join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'link.txt'))).toBe('real/report.txt');
    expect(readFileSync(path.join(dir, 'real/report.txt'), 'utf8')).toBe('new\n');
  });

  it('a symlink without force is an existing file', async () => {
    const dir = tempDir('workplan-special-');
    writeFileSync(path.join(dir, 'report.txt'), 'old\n');
    symlinkSync('report.txt', path.join(dir, 'link.txt'));
    await expect(writeOutput(path.join(dir, 'link.txt'), 'new\n', { force: false, inputs: none })).rejects.toThrow(
      /already exists/,
    );
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toBe('old\n');
  });

  it('a dangling symlink is refused and left alone', async () => {
    const dir = tempDir('workplan-special-');
    symlinkSync('nowhere/report.txt', path.join(dir, 'link.txt'));
    await expect(writeOutput(path.join(dir, 'link.txt'), 'new\n', { force: true, inputs: none })).rejects.toThrow(
      /link\.txt: is a symbolic link to a file that does not exist/,
    );
    expect(lstatSync(path.join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
  });

  it('a socket is refused', async () => {
    const dir = tempDir('workplan-special-');
    const sock = path.join(dir, 's.sock');
    const net = await import('node:net');
    const server = net.createServer().listen(sock);
    await new Promise((r) => server.on('listening', r));
    try {
      await expect(writeOutput(sock, 'x', { force: true, inputs: none })).rejects.toThrow(/is a socket/);
      expect(lstatSync(sock).isSocket()).toBe(true);
    } finally {
      server.close();
    }
  });
});

describe('failed writes', () => {
  it('a file where a folder should be: one line saying so, and no folders left behind', async () => {
    const dir = tempDir('workplan-special-');
    writeFileSync(path.join(dir, 'blocker'), 'x');
    const target = path.join(dir, 'new/deeper/blocker/out.yaml');
    mkdirSync(path.join(dir, 'new/deeper'), { recursive: true });
    writeFileSync(path.join(dir, 'new/deeper/blocker'), 'x');
    await expect(
      writeOutput(path.join(dir, 'blocker/out.yaml'), 'x', { force: false, inputs: none, display: 'blocker/out.yaml' }),
    ).rejects.toThrow(/^blocker\/out\.yaml: cannot write: a part of the path is not a folder$/);
    await expect(writeOutput(target, 'x', { force: false, inputs: none })).rejects.toThrow(/a part of the path is not a folder/);
  });

  it('leaves no empty folders when the write fails', async () => {
    const dir = tempDir('workplan-special-');
    mkdirSync(path.join(dir, 'out'));
    // The deepest folder is made, then the file cannot be: its name is taken by a folder-only
    // place (a name too long for the file system).
    const long = 'x'.repeat(300);
    await expect(writeOutput(path.join(dir, 'out/a/b', `${long}.yaml`), 'x', { force: false, inputs: none })).rejects.toThrow(
      /cannot write/,
    );
    expect(execFileSync('find', [path.join(dir, 'out'), '-mindepth', '1']).toString()).toBe('');
  });

  const canMount =
    isRoot &&
    (() => {
      try {
        execFileSync('unshare', ['-m', 'true'], { stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    })();

  it.skipIf(!canMount)('a read-only file system is called that, not "no such file or folder"', () => {
    const dir = tempDir('workplan-special-');
    copyFileSync(SEED, path.join(dir, 'a.txt'));
    mkdirSync(path.join(dir, 'ro'));
    const bin = path.join(ROOT, 'bin/workplan.js');
    const script = `mount -t tmpfs -o ro tmpfs ro && "${process.execPath}" "${bin}" parse a.txt --out ro/sub; echo "exit $?"`;
    const out = execFileSync('unshare', ['-m', 'sh', '-c', `{ ${script}; } 2>&1`], { cwd: dir }).toString();
    expect(out).toMatch(/^workplan: a\.txt: ro\/sub\/a\.register\.yaml: cannot write: read-only file system\nexit 2\n$/);
  });
});

describe('parse --out with a symlinked subfolder', () => {
  it('refuses writes whose real path leaves the output folder', async () => {
    const dir = tempDir('workplan-special-');
    mkdirSync(path.join(dir, 'in/sub'), { recursive: true });
    copyFileSync(SEED, path.join(dir, 'in/sub/a.txt'));
    mkdirSync(path.join(dir, 'out'));
    mkdirSync(path.join(dir, 'elsewhere'));
    // out/in → ../elsewhere: the register of in/sub/a.txt would land in elsewhere/sub/.
    symlinkSync('../elsewhere', path.join(dir, 'out/in'));
    const r = await runMain(['parse', 'in', '--out', 'out'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/out\/in\/sub\/a\.register\.yaml: refusing to write outside the output folder/);
    expect(execFileSync('find', [path.join(dir, 'elsewhere'), '-mindepth', '1']).toString()).toBe('');
  });

  it('an output folder that is itself a symlink is fine', async () => {
    const dir = tempDir('workplan-special-');
    copyFileSync(SEED, path.join(dir, 'a.txt'));
    mkdirSync(path.join(dir, 'real'));
    symlinkSync('real', path.join(dir, 'out'));
    const r = await runMain(['parse', 'a.txt', '--out', 'out'], dir);
    expect(r.stderr).toBe('');
    expect(readFileSync(path.join(dir, 'real/a.register.yaml'), 'utf8')).toMatch(/schemaVersion/);
  });
});

describe('symlinks in the folder walk', () => {
  it('follows links to files, skips links to folders and broken links, and says so', async () => {
    const dir = tempDir('workplan-special-');
    mkdirSync(path.join(dir, 'in'));
    mkdirSync(path.join(dir, 'elsewhere'));
    copyFileSync(SEED, path.join(dir, 'elsewhere/real.txt'));
    copyFileSync(SEED, path.join(dir, 'in/a.txt'));
    symlinkSync('../elsewhere/real.txt', path.join(dir, 'in/b.txt'));
    symlinkSync('../elsewhere', path.join(dir, 'in/c'));
    symlinkSync('nowhere.txt', path.join(dir, 'in/d.txt'));
    const r = await runMain(['parse', 'in', '--format', 'jsonl'], dir);
    expect(r.code).toBe(0);
    const paths = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => (JSON.parse(l) as { source: { path: string } }).source.path);
    expect(paths).toEqual(['in/a.txt', 'in/b.txt']);
    expect(r.stderr).toContain('workplan: in/c: skipped: a symbolic link to a folder (not followed)\n');
    expect(r.stderr).toContain('workplan: in/d.txt: skipped: a broken symbolic link\n');
  });
});
