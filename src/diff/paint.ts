/** The colours the diff formatters use (structurally the CLI's Paint; stages do not import the CLI). */
export interface DiffPaint {
  readonly red: (s: string) => string;
  readonly green: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly cyan: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
}

const plain = (s: string): string => s;
export const NO_PAINT: DiffPaint = { red: plain, green: plain, yellow: plain, cyan: plain, dim: plain, bold: plain };
