/**
 * A progress line on stderr for long batch runs: files done, rate, ETA. Only on a terminal, never
 * under CI, drawn at most ten times a second and only once a run has lasted half a second.
 */
import type { CliIo, OutStream } from './io.js';

export interface Progress {
  /** One more input finished. */
  tick(): void;
  /** Removes the line (call before the summary). */
  done(): void;
  /** stderr that first clears the progress line, so messages never mix with it. */
  readonly stderr: OutStream;
}

export interface ProgressOptions {
  readonly now?: () => number;
  /** Milliseconds before the first draw. */
  readonly delay?: number;
}

const CLEAR = '\r\x1b[K';
const BAR = 24;

/** The progress line, or null when none should be shown (not a terminal, CI, a single input). */
export function createProgress(io: CliIo, total: number, options: ProgressOptions = {}): Progress | null {
  // total first: asking isTTY builds node's stderr stream (see nodeIo).
  if (
    total < 2 ||
    !io.stderr.isTTY ||
    (io.env.CI !== undefined && io.env.CI !== '' && io.env.CI !== '0' && io.env.CI !== 'false')
  )
    return null;
  const now = options.now ?? (() => performance.now());
  const delay = options.delay ?? 500;
  const start = now();
  let done = 0;
  let shown = false;
  let lastDraw = -Infinity;
  const draw = (): void => {
    const t = now();
    if (t - start < delay || (t - lastDraw < 100 && done < total)) return;
    lastDraw = t;
    shown = true;
    io.stderr.write(`${CLEAR}${formatProgress(done, total, (t - start) / 1000)}`);
  };
  const clear = (): void => {
    if (shown) io.stderr.write(CLEAR);
    shown = false;
  };
  return {
    tick: () => {
      done++;
      draw();
    },
    done: clear,
    stderr: {
      isTTY: io.stderr.isTTY,
      write: (text) => {
        clear();
        io.stderr.write(text);
        lastDraw = -Infinity;
      },
    },
  };
}

/** `[#####-------]  120/2000 files  45.2 files/s  ETA 42s` */
export function formatProgress(done: number, total: number, seconds: number): string {
  const filled = Math.round((BAR * done) / Math.max(1, total));
  const rate = seconds > 0 ? done / seconds : 0;
  const eta = rate > 0 ? Math.ceil((total - done) / rate) : null;
  const width = String(total).length;
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${String(done).padStart(width)}/${total} files  ${rate.toFixed(1)} files/s  ETA ${eta === null ? '?' : formatDuration(eta)}`;
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds}s`;
  const m = Math.floor(seconds / 60);
  return m < 60 ? `${m}m${String(seconds % 60).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
