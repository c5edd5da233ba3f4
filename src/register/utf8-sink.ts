import { Buffer } from 'node:buffer';

/** Where a serializer writes its text, piece by piece (a whole token or line at a time). */
export interface TextSink {
  push(text: string): void;
}

/** Text gathered before it is measured or encoded: small enough to stay in V8's young generation. */
const BATCH_CHARS = 1 << 16;

/**
 * The UTF-8 bytes of the text `write` writes, in one buffer of exactly their size: `write` runs
 * twice, once to count the bytes and once to encode them. A register of a 50 MB notice is
 * ~110 MB of UTF-8 but ~150 MB as one two-byte string, and writing that string to a file or a
 * pipe encoded all of it once more; a buffer grown by doubling held old and new copies at once.
 * Pieces are encoded in batches, as `Buffer.from` encodes text: a serializer must not split a
 * surrogate pair between two pushes (JSON and YAML escape lone surrogates, so theirs are whole).
 */
export function encodeUtf8(write: (sink: TextSink) => void): Uint8Array {
  let size = 0;
  const counter = batched((text) => (size += Buffer.byteLength(text, 'utf8')));
  write(counter);
  counter.end();
  // Its own memory, never Node's shared pool: a worker can transfer it.
  const buffer = Buffer.allocUnsafeSlow(size);
  let at = 0;
  const encoder = batched((text) => (at += buffer.write(text, at, 'utf8')));
  write(encoder);
  encoder.end();
  if (at !== size) throw new Error(`UTF-8 output: counted ${size} bytes, wrote ${at}`);
  return buffer;
}

/** A sink that hands `flush` its pieces joined, BATCH_CHARS at a time; `end` flushes the rest. */
function batched(flush: (text: string) => void): TextSink & { end(): void } {
  let parts: string[] = [];
  let chars = 0;
  const end = (): void => {
    if (parts.length > 0) flush(parts.join(''));
    parts = [];
    chars = 0;
  };
  return {
    push(text: string): void {
      parts.push(text);
      chars += text.length;
      if (chars >= BATCH_CHARS) end();
    },
    end,
  };
}

/** A sink that keeps the pieces, for callers that want one string. */
export class StringSink implements TextSink {
  private readonly parts: string[] = [];

  push(text: string): void {
    this.parts.push(text);
  }

  text(): string {
    return this.parts.join('');
  }
}
