/**
 * A small delta-debugging shrinker for text inputs: drops lines, then characters, while the
 * failure persists. fast-check's own shrinking does little through `.map`ped generators.
 */
export function shrinkText(input: string, fails: (s: string) => boolean, budget = 2000): string {
  let best = input;
  let tries = 0;
  const attempt = (candidate: string): boolean => {
    if (tries++ >= budget || candidate === best) return false;
    if (!fails(candidate)) return false;
    best = candidate;
    return true;
  };
  for (const sep of ['\n', '']) {
    let chunk = Math.max(1, Math.floor(best.split(sep).length / 2));
    while (chunk >= 1 && tries < budget) {
      let progressed = false;
      for (let at = 0; ; ) {
        const parts = best.split(sep);
        if (at >= parts.length) break;
        const candidate = [...parts.slice(0, at), ...parts.slice(at + chunk)].join(sep);
        if (attempt(candidate)) progressed = true;
        else at += chunk;
      }
      if (!progressed) chunk = Math.floor(chunk / 2);
    }
  }
  return best;
}

/** Same for bytes: drops runs of bytes while the failure persists. */
export function shrinkBytes(input: Uint8Array, fails: (b: Uint8Array) => boolean, budget = 2000): Uint8Array {
  let best = input;
  let tries = 0;
  let chunk = Math.max(1, Math.floor(best.length / 2));
  while (chunk >= 1 && tries < budget) {
    let progressed = false;
    for (let at = 0; at < best.length && tries < budget; ) {
      const candidate = new Uint8Array([...best.subarray(0, at), ...best.subarray(at + chunk)]);
      tries++;
      if (fails(candidate)) {
        best = candidate;
        progressed = true;
      } else at += chunk;
    }
    if (!progressed) chunk = Math.floor(chunk / 2);
  }
  return best;
}
