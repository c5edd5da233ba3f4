import { describe, expect, it } from 'vitest';
import { createProgress, formatProgress } from '../../src/cli/progress.js';
import type { CliIo } from '../../src/cli/io.js';
import { fakeIo as cliIo } from './helpers.js';

function fakeIo(isTTY: boolean, env: Record<string, string> = {}): { io: CliIo; err: () => string } {
  const { io, output } = cliIo('/', { stdoutTTY: isTTY, stderrTTY: isTTY, env });
  return { io, err: () => output().stderr };
}

describe('progress line', () => {
  it.each([
    [false, {}, 10],
    [true, { CI: 'true' }, 10],
    [true, { CI: '1' }, 10],
    [true, {}, 1],
  ])('is off when tty=%s env=%j inputs=%i', (tty, env, total) => {
    expect(createProgress(fakeIo(tty, env).io, total)).toBeNull();
  });

  it('draws on a terminal after the delay, throttled, and clears itself', () => {
    const { io, err } = fakeIo(true, { CI: 'false' });
    let t = 0;
    const p = createProgress(io, 4, { now: () => t, delay: 500 });
    expect(p).not.toBeNull();
    p!.tick();
    expect(err()).toBe('');
    t = 1000;
    p!.tick();
    expect(err()).toBe('\r\x1b[K[############------------] 2/4 files  2.0 files/s  ETA 1s');
    t = 1050;
    p!.tick();
    expect(err().split('\r\x1b[K')).toHaveLength(2);
    p!.stderr.write('workplan: x: bad\n');
    expect(err().endsWith('\r\x1b[Kworkplan: x: bad\n')).toBe(true);
    p!.done();
    expect(err().endsWith('\r\x1b[Kworkplan: x: bad\n')).toBe(true);
  });

  it.each([
    [0, 10, 0, '[------------------------]  0/10 files  0.0 files/s  ETA ?'],
    [5, 10, 10, '[############------------]  5/10 files  0.5 files/s  ETA 10s'],
    [100, 7300, 100, '[------------------------]  100/7300 files  1.0 files/s  ETA 2h00m'],
  ])('formats %i of %i after %is', (done, total, seconds, expected) => {
    expect(formatProgress(done, total, seconds)).toBe(expected);
  });
});
