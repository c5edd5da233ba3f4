/**
 * Text from the input shown at a terminal (a file name, a page title, a stripped line, a
 * finding's message) must not drive the terminal: `\e]0;…\a` retitles the window, `\e[2J`
 * clears it, and worse sequences exist. Control characters are shown escaped instead (`\x1b`),
 * as C0, DEL and C1 (U+0080–U+009F, which a UTF-8 terminal may honour as CSI and friends).
 * Tab is kept: it only moves the cursor right.
 */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/;
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

function escapeOne(c: string): string {
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
}

/** The text with every control character but tab written as an escape (`\x1b`, `\n`). */
export function escapeControls(text: string): string {
  return CONTROL.test(text) ? text.replace(CONTROLS, escapeOne) : text;
}

/** A copy of plain data (objects, arrays) with every string passed through escapeControls. */
export function escapeControlsDeep<T>(value: T): T {
  if (typeof value === 'string') return escapeControls(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => escapeControlsDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = escapeControlsDeep(v);
    return out as T;
  }
  return value;
}
