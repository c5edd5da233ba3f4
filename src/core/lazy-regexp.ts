/**
 * A regular expression compiled on its first use, then kept: a run that reads no task text (clean,
 * validate, a notice without a plan) does not pay for compiling the readers' patterns.
 */
export function lazyRegExp(source: string, flags: string): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= new RegExp(source, flags));
}
