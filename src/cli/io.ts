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
  return { stdout: stdoutStream(), stderr: nodeStream(() => process.stderr), readStdin, cwd: process.cwd(), env: process.env };
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * process.stdout. `workplan parse archive -f jsonl | head` closes the pipe early: stop quietly, as
 * cat does. A full disk ends the run with one line and exit code 2.
 */
function stdoutStream(): OutStream {
  let stream: NodeJS.WriteStream | null = null;
  return nodeStream(() => {
    if (!stream) {
      stream = process.stdout;
      stream.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? process.exit(0) : stdoutFailed(error)));
    }
    return stream;
  });
}

function stdoutFailed(error: NodeJS.ErrnoException): void {
  try {
    writeSync(2, `workplan: cannot write to standard output: ${describeWriteError(error)}\n`);
  } finally {
    process.exit(2);
  }
}

/**
 * One of node's standard streams, touched on first use: building one loads node's stream stack,
 * which `--version` or a run that only writes files need not pay.
 */
function nodeStream(get: () => NodeJS.WriteStream): OutStream {
  return {
    write: (text) => void get().write(text),
    writeBytes: (bytes) => void get().write(bytes),
    get isTTY() {
      return Boolean(get().isTTY);
    },
  };
}

/** describeFsError's words, and two that only a write to standard output meets. */
function describeWriteError(error: NodeJS.ErrnoException): string {
  if (error.code === 'EBADF') return 'it is not open for writing';
  if (error.code === 'EIO') return 'input/output error';
  return describeFsError(error);
}
