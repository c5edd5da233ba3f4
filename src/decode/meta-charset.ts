/**
 * The charset an HTML page declares in its first 4 KB (`<meta charset=gbk>` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`), or null.
 * Read as Latin-1 so the hint is found whatever the real encoding.
 */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 4096)).toLowerCase();
  let from = 0;
  for (;;) {
    const at = head.indexOf('<meta', from);
    if (at === -1) return null;
    const end = head.indexOf('>', at);
    const tag = head.slice(at, end === -1 ? head.length : end);
    const m = /charset\s*=\s*["']?([a-z0-9_.:-]{1,40})/.exec(tag);
    if (m) return m[1];
    from = at + 5;
  }
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}
