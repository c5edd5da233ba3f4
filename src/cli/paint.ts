import { noPaint, type Paint } from '../core/paint.js';
import type { CliIo, OutStream } from './io.js';

export { noPaint, type Paint };

/** Colour only for a terminal, never under NO_COLOR or --no-color; chalk is loaded only then. */
export async function paintFor(stream: OutStream, io: CliIo, colorFlag: boolean): Promise<Paint> {
  const forced = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0';
  if (!colorFlag || (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') || !(stream.isTTY || forced)) return noPaint;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: 1 });
  return { red: c.red, yellow: c.yellow, green: c.green, cyan: c.cyan, dim: c.dim, bold: c.bold, underline: c.underline };
}
