/** The CLI's window on the outside world; tests pass a fake. */
import { writeSync } from 'node:fs';
import { describeFsError } from './files.js';

export interface OutStream {
  write(text: string): void;
  /** UTF-8 bytes as they are (batch workers hand over encoded output); optional for fakes. */
  writeBytes?(bytes: Uint8Array): void;
  readonly isTTY: boolean;
}

export interface CliIo {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  /** Reads all of standard input (only called when the user names `-` or gives no file). */
  readStdin(): Promise<Uint8Array>;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export function nodeIo(): CliIo {
  // On Windows a console wants UTF-16, which only node's own stream converts to.
  const { stdout, stderr } = process.platform === 'win32' ? nodeStreams() : descriptorStreams();
  return { stdout, stderr, readStdin, cwd: process.cwd(), env: process.env };
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

function descriptorStreams(): { stdout: OutStream; stderr: OutStream } {
  return {
    // `workplan parse archive -f jsonl | head` closes the pipe early: stop quietly, as cat does.
    // A full disk ends the run with one line and exit code 2.
    stdout: descriptorStream(1, () => process.stdout, () => process.exit(0), stdoutFailed),
    stderr: descriptorStream(2, () => process.stderr, () => undefined, () => undefined),
  };
}

function stdoutFailed(error: NodeJS.ErrnoException): void {
  try {
    writeSync(2, `workplan: cannot write to standard output: ${describeWriteError(error)}\n`);
  } finally {
    process.exit(2);
  }
}

/** process.stdout and process.stderr as they are (for Windows, see nodeIo). */
function nodeStreams(): { stdout: OutStream; stderr: OutStream } {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? process.exit(0) : stdoutFailed(error)));
  const stream = (s: NodeJS.WriteStream): OutStream => ({ write: (t) => void s.write(t), writeBytes: (b) => void s.write(b), isTTY: Boolean(s.isTTY) });
  return { stdout: stream(process.stdout), stderr: stream(process.stderr) };
}

/**
 * Writes to file descriptor 1 or 2 directly, with write(2). The first touch of process.stdout
 * builds a stream object, which loads node's stream stack (a pipe loads net too): ~2 ms of a
 * one-notice run. Order and completeness are the same as through node's stream. Two differences:
 * - To a full pipe, write(2) waits for the reader (node's stream would queue the output in
 *   memory). Ctrl-C still stops such a run at once, because no signal handler is installed then
 *   (see files.ts).
 * - Where the descriptor is non-blocking (EAGAIN), the rest goes through node's stream, which
 *   waits properly and reports its errors the same way. That happens when another process made
 *   it so, or when this one built process.stdout to ask isTTY (colour, the progress line): node
 *   then sets the pipe non-blocking.
 */
export function descriptorStream(
  fd: number,
  stream: () => NodeJS.WriteStream,
  onBrokenPipe: () => void,
  onFailure: (error: NodeJS.ErrnoException) => void,
  write: (fd: number, bytes: Uint8Array, offset: number, length: number) => number = writeSync,
): OutStream {
  let fallback: NodeJS.WriteStream | null = null;
  const writeBytes = (bytes: Uint8Array): void => {
    if (fallback) {
      fallback.write(bytes);
      return;
    }
    let done = 0;
    try {
      while (done < bytes.byteLength) done += write(fd, bytes, done, bytes.byteLength - done);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return onBrokenPipe();
      if (code !== 'EAGAIN') return onFailure(error as NodeJS.ErrnoException);
      fallback = stream();
      fallback.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' ? onBrokenPipe() : onFailure(e)));
      fallback.write(bytes.subarray(done));
    }
  };
  return {
    write: (text) => writeBytes(Buffer.from(text, 'utf8')),
    writeBytes,
    // Only colour and the progress line ask, and only then is the stream built.
    get isTTY() {
      return Boolean(stream().isTTY);
    },
  };
}

/** describeFsError's words, and two that only a write to standard output meets. */
function describeWriteError(error: NodeJS.ErrnoException): string {
  if (error.code === 'EBADF') return 'it is not open for writing';
  if (error.code === 'EIO') return 'input/output error';
  return describeFsError(error);
}
