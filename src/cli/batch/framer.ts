/**
 * Frames per-input outputs on standard output as they arrive (in input order), so thousands of
 * registers stream instead of piling up: one input prints as itself; several make a JSON array,
 * a YAML stream (`---` before each), JSON Lines (one per line) or, for clean, headed text.
 */
export type FrameFormat = 'yaml' | 'json' | 'jsonl' | 'csv' | 'text' | 'json-indented';

export class StreamFramer {
  private count = 0;

  constructor(
    private readonly format: FrameFormat,
    private readonly inputs: number,
    private readonly write: (text: string) => void,
  ) {}

  /** One input's output; `name` heads plain text when there are several inputs. */
  item(output: string, name?: string): void {
    const first = this.count === 0;
    this.count++;
    if (this.inputs === 1 || this.format === 'jsonl' || this.format === 'csv') return this.write(output);
    switch (this.format) {
      case 'json':
        return this.write(`${first ? '[\n' : ',\n'}${output.trimEnd()}`);
      case 'json-indented':
        // What JSON.stringify(array, null, 2) gives: each item's lines indented by two spaces.
        return this.write(`${first ? '[\n' : ',\n'}${output.trimEnd().replace(/^/gm, '  ')}`);
      case 'yaml':
        return this.write(`---\n${output}`);
      case 'text':
        return this.write(`==> ${name ?? ''} <==\n${output}`);
    }
  }

  /** Closes an array that was opened. */
  end(): void {
    if (this.count > 0 && this.inputs > 1 && (this.format === 'json' || this.format === 'json-indented')) this.write('\n]\n');
  }
}
