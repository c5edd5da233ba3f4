/**
 * A small glob matcher for --include/--exclude: `*` (not `/`), `**` (any depth), `?`, `{a,b}`.
 * A pattern without `/` matches the base name at any depth, as in .gitignore.
 */
export function globToRegExp(glob: string): RegExp {
  const anyDepth = !glob.includes('/');
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
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += '(?:' + glob.slice(i + 1, close).split(',').map(escapeRegExp).join('|') + ')';
        i = close;
      }
    } else re += escapeRegExp(c);
  }
  return new RegExp(`^${anyDepth ? '(?:.*/)?' : ''}${re}$`, 'i');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}
