/**
 * Frames per-input outputs on standard output as they arrive (in input order), so thousands of
 * registers stream instead of piling up: one input prints as itself; several make a JSON array,
 * a YAML stream (`---` before each), JSON Lines (one per line) or, for clean, headed text.
 */
export type FrameFormat = 'yaml' | 'json' | 'jsonl' | 'csv' | 'html' | 'text' | 'json-indented';

export type Chunk = string | Uint8Array;

export class StreamFramer {
  private count = 0;

  constructor(
    private readonly format: FrameFormat,
    private readonly inputs: number,
    private readonly write: (chunk: Chunk) => void,
  ) {}

  /** One input's output (text, or UTF-8 bytes from a worker); `name` heads plain text when there are several inputs. */
  item(output: Chunk, name?: string): void {
    const first = this.count === 0;
    this.count++;
    if (this.inputs === 1 || this.format === 'jsonl' || this.format === 'csv' || this.format === 'html')
      return this.write(output);
    switch (this.format) {
      case 'json':
        this.write(first ? '[\n' : ',\n');
        return this.write(trimEnd(output));
      case 'json-indented':
        // What JSON.stringify(array, null, 2) gives: each item's lines indented by two spaces.
        return this.write(`${first ? '[\n' : ',\n'}${asText(output).trimEnd().replace(/^/gm, '  ')}`);
      case 'yaml':
        this.write('---\n');
        return this.write(output);
      case 'text':
        this.write(`==> ${name ?? ''} <==\n`);
        return this.write(output);
    }
  }

  /** Closes an array that was opened. */
  end(): void {
    if (this.count > 0 && this.inputs > 1 && (this.format === 'json' || this.format === 'json-indented')) this.write('\n]\n');
  }
}

export function asText(chunk: Chunk): string {
  return typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
}

/** Drops trailing white space (serialized JSON ends with one newline). */
function trimEnd(chunk: Chunk): Chunk {
  if (typeof chunk === 'string') return chunk.trimEnd();
  let end = chunk.length;
  while (end > 0 && (chunk[end - 1] === 0x0a || chunk[end - 1] === 0x20 || chunk[end - 1] === 0x0d || chunk[end - 1] === 0x09))
    end--;
  return chunk.subarray(0, end);
}

/** Writes a chunk to a CLI stream: bytes as they are where the stream takes them, else decoded. */
export function writeChunk(stream: { write(text: string): void; writeBytes?(bytes: Uint8Array): void }, chunk: Chunk): void {
  if (typeof chunk === 'string') stream.write(chunk);
  else if (stream.writeBytes) stream.writeBytes(chunk);
  else stream.write(asText(chunk));
}
