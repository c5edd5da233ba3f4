/**
 * A small glob matcher: `*` (not `/`), `**` (any depth), `?`, `[abc]`/`[!abc]`, `{a,b}`.
 * For --include/--exclude a pattern without `/` matches the base name at any depth, as in
 * .gitignore; `anchored` (a quoted glob on the command line) matches the whole relative path.
 */
export function globToRegExp(glob: string, anchored = false): RegExp {
  const anyDepth = !anchored && !glob.includes('/');
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') i++;
        re += '(?:.*/)?' + (glob[i + 1] === undefined ? '.*' : '');
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        const body = glob.slice(i + 1, close);
        const negated = body[0] === '!' || body[0] === '^';
        re += `[${negated ? '^/' : ''}${(negated ? body.slice(1) : body).replace(/[\\\]^]/g, '\\$&')}]`;
        i = close;
      }
    } else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re +=
          '(?:' +
          glob
            .slice(i + 1, close)
            .split(',')
            .map(escapeRegExp)
            .join('|') +
          ')';
        i = close;
      }
    } else re += escapeRegExp(c);
  }
  return new RegExp(`^${anyDepth ? '(?:.*/)?' : ''}${re}$`, 'i');
}

/** True when a command-line argument is a pattern rather than a path (`*`, `?`, `[…]`, `{…}`). */
export function isGlob(arg: string): boolean {
  return /[*?]|\[[^\]]+\]|\{[^}]*,[^}]*\}/.test(arg);
}

/**
 * A command-line glob split where walking starts: `notices/2019/*.txt` → base `notices/2019`,
 * pattern `*.txt`; `**\/*.html` → base `.`, pattern `**\/*.html`. The base has no pattern characters.
 */
export function splitGlob(glob: string): { readonly base: string; readonly pattern: string } {
  const parts = glob.split('/');
  const first = parts.findIndex((part) => isGlob(part));
  const base = parts.slice(0, first).join('/');
  return { base: base === '' ? (glob.startsWith('/') ? '/' : '.') : base, pattern: parts.slice(first).join('/') };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}
