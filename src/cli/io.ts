/** The CLI's window on the outside world; tests pass a fake. */
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
  readonly stdinIsTTY: boolean;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export function nodeIo(): CliIo {
  // `workplan parse archive -f jsonl | head` closes the pipe early: stop quietly, as cat does.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    stdout: { write: (t) => void process.stdout.write(t), writeBytes: (b) => void process.stdout.write(b), isTTY: Boolean(process.stdout.isTTY) },
    stderr: { write: (t) => void process.stderr.write(t), isTTY: Boolean(process.stderr.isTTY) },
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },
    stdinIsTTY: Boolean(process.stdin.isTTY),
    cwd: process.cwd(),
    env: process.env,
  };
}
