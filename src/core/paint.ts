/**
 * Colour functions handed to formatters and reporters; identity functions when colour is off.
 * The type lives in core so stages (diff, report) can take it without importing the CLI, which
 * alone decides about the terminal and loads chalk (src/cli/paint.ts).
 */
export interface Paint {
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly green: (s: string) => string;
  readonly cyan: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
  readonly underline: (s: string) => string;
}

const plain = (s: string): string => s;

/** No colour: every function returns its text unchanged. */
export const noPaint: Paint = { red: plain, yellow: plain, green: plain, cyan: plain, dim: plain, bold: plain, underline: plain };
