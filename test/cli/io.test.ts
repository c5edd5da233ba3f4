import { describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { descriptorStream } from '../../src/cli/io.js';
import { ROOT } from './helpers.js';

/** A stand-in for process.stdout that records what reaches it. */
function fakeStream() {
  const chunks: string[] = [];
  const errorHandlers: unknown[] = [];
  const stream = {
    isTTY: true,
    write: (b: Uint8Array) => chunks.push(Buffer.from(b).toString('utf8')),
    on: (event: string, handler: unknown) => event === 'error' && errorHandlers.push(handler),
  } as unknown as NodeJS.WriteStream;
  return { chunks, errorHandlers, stream };
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

describe('descriptorStream', () => {
  it('writes everything through short writes, multi-byte characters included', () => {
    const got: number[] = [];
    const out = descriptorStream(1, () => fakeStream().stream, () => undefined, () => undefined, (_fd, bytes, offset, length) => {
      const n = Math.min(length, 2);
      got.push(...bytes.subarray(offset, offset + n));
      return n;
    });
    out.write('一、总体要求\n');
    out.writeBytes!(Buffer.from('(一)'));
    expect(Buffer.from(got).toString('utf8')).toBe('一、总体要求\n(一)');
  });

  it('hands over to the stream at EAGAIN (a descriptor left non-blocking), keeping order', () => {
    const direct: string[] = [];
    const fake = fakeStream();
    let calls = 0;
    const out = descriptorStream(1, () => fake.stream, () => undefined, () => undefined, (_fd, bytes, offset, length) => {
      if (++calls > 1) throw errno('EAGAIN');
      direct.push(Buffer.from(bytes.subarray(offset, offset + 3)).toString('utf8'));
      return Math.min(length, 3);
    });
    out.write('abcdef');
    out.write('gh');
    expect(direct).toEqual(['abc']);
    expect(fake.chunks).toEqual(['def', 'gh']);
    expect(fake.errorHandlers).toHaveLength(1);
  });

  it('calls onBrokenPipe at EPIPE and onFailure at any other error', () => {
    const onBrokenPipe = vi.fn();
    const onFailure = vi.fn();
    descriptorStream(1, () => fakeStream().stream, onBrokenPipe, onFailure, () => {
      throw errno('EPIPE');
    }).write('x');
    expect(onBrokenPipe).toHaveBeenCalledOnce();
    descriptorStream(1, () => fakeStream().stream, onBrokenPipe, onFailure, () => {
      throw errno('ENOSPC');
    }).write('x');
    expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ code: 'ENOSPC' }));
    expect(onBrokenPipe).toHaveBeenCalledOnce();
  });

  it('builds the node stream only when asked whether it is a terminal', () => {
    const stream = vi.fn(() => fakeStream().stream);
    const out = descriptorStream(2, stream, () => undefined, () => undefined, (_fd, _b, _o, length) => length);
    out.write('message\n');
    expect(stream).not.toHaveBeenCalled();
    expect(out.isTTY).toBe(true);
    expect(stream).toHaveBeenCalledOnce();
  });
});

describe('node bin/workplan.js > /dev/full', () => {
  it.runIf(existsSync('/dev/full'))('says in one line that standard output cannot be written, exit code 2', () => {
    const r = spawnSync('bash', ['-c', `node ${JSON.stringify(path.join(ROOT, 'bin/workplan.js'))} parse fixtures/seed-003-hangzhou-2018/input.txt > /dev/full`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('workplan: cannot write to standard output: no space left on the device\n');
    expect(r.status).toBe(2);
  });
});

describe('node bin/workplan.js | head', () => {
  it('stops quietly with 0 when the reader closes the pipe early', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; node ${JSON.stringify(path.join(ROOT, 'bin/workplan.js'))} parse fixtures --format jsonl --jobs 1 | head -c 100 >/dev/null`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('a signal while standard output is blocked on a full pipe', () => {
  it('stops the run at once (no handler keeps it waiting for the reader)', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/workplan.js'), 'parse', 'fixtures', 'fixtures', 'fixtures', '--format', 'jsonl', '--jobs', '1'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.pause(); // nobody reads: the pipe fills and the run blocks in write(2)
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    child.kill('SIGTERM');
    const signal = await Promise.race([exited, new Promise<string>((resolve) => setTimeout(() => resolve('still running'), 3000))]);
    if (signal === 'still running') child.kill('SIGKILL');
    expect(signal).toBe('SIGTERM');
  });
});
