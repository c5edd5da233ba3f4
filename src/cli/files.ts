/** The file layer: expanding inputs, reading them, and writing outputs without ever damaging a file. */
import { constants as fsConstants, promises as fs, statSync } from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { InputError, OutputError, UsageError, WorkplanError } from '../core/errors.js';
import { globToRegExp, isGlob, splitGlob } from './glob.js';
import { escapeControls } from '../core/terminal-text.js';
import { said, sayIn, type Said } from '../i18n/catalogue.js';

// node:crypto loads ~20 internal modules (streams among them), ~3 ms: loaded when a file is
// written, not for every command that reads inputs (parse loads it anyway, for the source hash).
const require = createRequire(import.meta.url);

export interface InputRef {
  /** What messages call the input: the path relative to the working folder, or `<stdin>`. */
  readonly name: string;
  /** Absolute path, or null for standard input. */
  readonly path: string | null;
}

export interface ExpandOptions {
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  /** File endings picked up when walking a folder (an explicitly named file is always taken). */
  readonly defaultInclude: readonly string[];
  /** What messages call standard input (`--stdin-filename`); default `<stdin>`. */
  readonly stdinName?: string;
}

export const STDIN: InputRef = { name: '<stdin>', path: null };

/** What a folder walk passed over and why (said on stderr; not a failure). */
export interface Skipped {
  readonly name: string;
  readonly reason: string;
}

export interface Expanded {
  readonly inputs: InputRef[];
  readonly errors: InputError[];
  readonly skipped: Skipped[];
}

/** The inputs a command was given: no file arguments means standard input. */
export async function inputsOf(cwd: string, args: readonly string[], options: ExpandOptions): Promise<Expanded> {
  return args.length === 0 ? { inputs: [stdinRef(options)], errors: [], skipped: [] } : expandInputs(cwd, args, options);
}

function stdinRef(options: ExpandOptions): InputRef {
  return options.stdinName === undefined ? STDIN : { name: options.stdinName, path: null };
}

/** Absolute paths of the inputs, which an output must never replace. */
export function inputPathsOf(inputs: readonly InputRef[]): ReadonlySet<string> {
  return new Set(inputs.flatMap((i) => (i.path === null ? [] : [i.path])));
}

/**
 * Expands named files, folders (recursively, sorted) and quoted globs (`'notices/**\/*.txt'`, as
 * markdownlint-cli2 does, for shells and CI steps that pass them unexpanded) into inputs; `-` is
 * standard input. A path that exists is taken as a path even if it has glob characters.
 */
export async function expandInputs(cwd: string, args: readonly string[], options: ExpandOptions): Promise<Expanded> {
  const inputs: InputRef[] = [];
  const errors: InputError[] = [];
  const skipped: Skipped[] = [];
  const include = (options.include?.length ? options.include : options.defaultInclude).map((g) => globToRegExp(g));
  const exclude = (options.exclude ?? []).map((g) => globToRegExp(g));
  for (const arg of args) {
    if (arg === '-') {
      inputs.push(stdinRef(options));
      continue;
    }
    const abs = path.resolve(cwd, arg);
    let stat: import('node:fs').Stats;
    try {
      // Sync: a named path is one stat, and an async one costs a thread-pool round trip at start-up.
      stat = statSync(abs);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && isGlob(arg))
        await expandGlob(cwd, arg, exclude, inputs, errors, skipped);
      else errors.push(new InputError(fsProblem(error), { file: displayName(cwd, abs) }));
      continue;
    }
    if (stat.isDirectory()) {
      let found: string[];
      try {
        found = await walk(abs, (file, reason) => skipped.push({ name: displayName(cwd, file), reason }));
      } catch (error) {
        errors.push(new InputError(fsProblem(error), { file: displayName(cwd, abs) }));
        continue;
      }
      const before = inputs.length;
      for (const file of found) {
        const rel = path.relative(abs, file).split(path.sep).join('/');
        if (!include.some((re) => re.test(rel))) continue;
        if (exclude.some((re) => re.test(rel))) continue;
        inputs.push({ name: displayName(cwd, file), path: file });
      }
      // A named folder that yields nothing is almost always the wrong folder: say so.
      if (inputs.length === before) {
        const wanted = (options.include?.length ? options.include : options.defaultInclude).join(' ');
        errors.push(new InputError(said('input.folderNoMatch', { globs: wanted }), { file: displayName(cwd, abs) }));
      }
    } else if (stat.isCharacterDevice() || stat.isBlockDevice() || stat.isSocket()) {
      // /dev/zero would be read for ever; a pipe (`<(curl …)`) is fine.
      errors.push(new InputError(said('input.device'), { file: displayName(cwd, abs) }));
    } else {
      inputs.push({ name: displayName(cwd, abs), path: abs });
    }
  }
  return { inputs, errors, skipped };
}

/**
 * The files a quoted glob matches, sorted, as if each had been named (the default file endings do
 * not apply; --exclude does). Hidden entries and node_modules are not walked, as in folders.
 * A glob that matches nothing is an error naming it: a typo must not pass as an empty, clean run.
 */
async function expandGlob(
  cwd: string,
  glob: string,
  exclude: readonly RegExp[],
  inputs: InputRef[],
  errors: InputError[],
  skipped: Skipped[],
): Promise<void> {
  const { base, pattern } = splitGlob(glob);
  const root = path.resolve(cwd, base);
  const match = globToRegExp(pattern, true);
  const relative = (file: string): string => path.relative(root, file).split(path.sep).join('/');
  const wanted = (file: string): boolean => match.test(relative(file)) && !exclude.some((re) => re.test(relative(file)));
  const found = await walk(root, (file, reason) => {
    if (wanted(file)) skipped.push({ name: displayName(cwd, file), reason });
  }).catch(() => []);
  const before = inputs.length;
  for (const file of found) {
    if (!wanted(file)) continue;
    inputs.push({ name: displayName(cwd, file), path: file });
  }
  if (inputs.length === before) errors.push(new InputError(said('input.globNoMatch'), { file: glob }));
}

/**
 * Files under `dir`, sorted, hidden entries and node_modules left out. A symlink to a file is
 * followed (as cat follows it); a symlink to a folder is not (it could loop, or leave the tree),
 * and neither is a broken one: both are passed to `skip` with the reason, so nothing is left out
 * silently. Results are appended one by one: a folder of 150,000 files must not go through
 * push(...) (see core/arrays.ts).
 */
async function walk(dir: string, skip: (file: string, reason: string) => void, out: string[] = []): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const entry of entries.toSorted((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, skip, out);
    else if (entry.isFile()) out.push(full);
    else if (entry.isSymbolicLink()) {
      const target = await fs.stat(full).catch(() => null);
      if (target === null) skip(full, 'a broken symbolic link');
      else if (target.isFile()) out.push(full);
      else if (target.isDirectory()) skip(full, 'a symbolic link to a folder (not followed)');
      else skip(full, 'a symbolic link to a device, FIFO or socket');
    }
  }
  return out;
}

/** One line per skipped entry: `workplan: notes/old: skipped: a symbolic link to a folder (not followed)`. */
export function formatSkipped(skipped: readonly Skipped[]): string {
  return skipped.map((s) => `workplan: ${escapeControls(s.name)}: skipped: ${s.reason}\n`).join('');
}

export function displayName(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs);
  return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel.split(path.sep).join('/');
}

/** Reads a file; every failure becomes a one-line InputError naming the file. */
export async function readInput(ref: InputRef, readStdin: () => Promise<Uint8Array>): Promise<Uint8Array> {
  if (ref.path === null) return readStdin();
  try {
    const stat = await fs.stat(ref.path);
    if (stat.isDirectory()) throw new InputError(said('input.fs.isFolder'), { file: ref.name });
    return new Uint8Array(await fs.readFile(ref.path));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(fsProblem(error), { file: ref.name });
  }
}

/** What a failed file operation means, as a catalogue message. */
export function fsProblem(error: unknown): Said {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return said('input.fs.notFound');
    case 'EACCES':
    case 'EPERM':
      return said('input.fs.permission');
    case 'EISDIR':
      return said('input.fs.isFolder');
    case 'ENOTDIR':
      return said('input.fs.notAFolder');
    case 'EMFILE':
      return said('input.fs.tooManyOpen');
    case 'ENOSPC':
      return said('input.fs.noSpace');
    case 'EROFS':
      return said('input.fs.readOnly');
    default:
      return said('input.fs.other', { message: (error as Error | undefined)?.message?.split('\n')[0] ?? 'cannot read' });
  }
}

/** fsProblem in English, for messages that are built as text. */
export function describeFsError(error: unknown): string {
  return sayIn('en', fsProblem(error));
}

export interface WriteOptions {
  /** Replace an existing file. */
  readonly force: boolean;
  /** Absolute paths of inputs: never written over. */
  readonly inputs: ReadonlySet<string>;
  /** What messages call the target (default: the target as given). */
  readonly display?: string;
  /** A folder the output must stay inside by its real path (symlinked subfolders included). */
  readonly within?: string;
}

const pendingTemps = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** Removes half-written temporary files (on SIGINT/SIGTERM while there are any). */
async function removePendingTemps(): Promise<void> {
  await Promise.all([...pendingTemps].map((t) => fs.rm(t, { force: true })));
  pendingTemps.clear();
}

/**
 * While a temporary file exists, SIGINT and SIGTERM remove it and exit with 130 or 143. Only then:
 * a handler replaces the default of dying at once, and a run blocked writing to a full pipe
 * (standard output is written with write(2), see io.ts) would not stop until the pipe drained.
 */
function onSignal(signal: NodeJS.Signals): void {
  void removePendingTemps().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
}

function addTemp(temp: string): void {
  if (pendingTemps.size === 0) for (const signal of SIGNALS) process.on(signal, onSignal);
  pendingTemps.add(temp);
}

function dropTemp(temp: string): void {
  pendingTemps.delete(temp);
  if (pendingTemps.size === 0) for (const signal of SIGNALS) process.off(signal, onSignal);
}

/**
 * Writes atomically: a temporary file in the same folder, then a rename, so a reader (or an
 * interrupted run) never sees half a file. Without `force` the final step is a hard link, which
 * fails if the target appeared meanwhile: an existing file is never replaced, even in a race.
 * An input is never written over, also not through a symlink or a hard link to it.
 * Only a plain file is ever replaced: a symlink is followed (the file it names is written, the
 * link stays), a device or FIFO is written into (`-o /dev/null` as root must not replace the
 * system's), a socket is refused.
 */
export async function writeOutput(target: string, data: string | Uint8Array, options: WriteOptions): Promise<void> {
  const name = options.display ?? target;
  const created: string[] = [];
  try {
    const abs = await realTarget(path.resolve(target), name);
    const existing = await fs.stat(abs).catch(() => null);
    if (options.inputs.has(abs) || (await isInput(existing, options.inputs))) {
      throw new UsageError(said('output.isInput', { name }));
    }
    if (existing?.isDirectory()) throw new UsageError(said('output.isFolder', { name }));
    if (options.within !== undefined) await assertWithin(abs, options.within, name);
    if (existing?.isSocket()) throw new UsageError(said('output.isSocket', { name }));
    if (existing && !existing.isFile()) return await writeInto(abs, data);
    if (existing && !options.force) throw new UsageError(said('output.exists', { name }));
    await makeFolders(path.dirname(abs), created);
    await writeThroughTemp(abs, name, data, existing, options);
  } catch (error) {
    // A failed write leaves no folders it made behind (deepest first; one that filled up meanwhile stays).
    for (const dir of created.toReversed()) await fs.rmdir(dir).catch(() => undefined);
    if (error instanceof WorkplanError || typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
    throw new OutputError(said('output.cannotWrite', { name, problem: writeProblem(error) }), { cause: error });
  }
}

/** The path with a final symlink followed; a link to nothing is refused rather than replaced or created through. */
async function realTarget(abs: string, name: string): Promise<string> {
  const link = await fs.lstat(abs).catch(() => null);
  if (!link?.isSymbolicLink()) return abs;
  try {
    return await fs.realpath(abs);
  } catch {
    throw new UsageError(said('output.brokenLink', { name }));
  }
}

/** The real path of a path that may not exist yet: its nearest existing ancestor resolved, the rest appended. */
async function realPathOf(abs: string): Promise<string> {
  const rest: string[] = [];
  for (let dir = abs; ; dir = path.dirname(dir)) {
    try {
      return path.join(await fs.realpath(dir), ...rest.toReversed());
    } catch {
      if (path.dirname(dir) === dir) return abs;
      rest.push(path.basename(dir));
    }
  }
}

/** Containment by real path: a symlinked subfolder of --out must not carry a write outside it. */
async function assertWithin(abs: string, root: string, name: string): Promise<void> {
  const realRoot = await realPathOf(path.resolve(root));
  const real = await realPathOf(abs);
  if (!real.startsWith(realRoot + path.sep)) throw new UsageError(said('output.outside', { name, real }));
}

/** A device or FIFO: opened for writing as it is (no O_CREAT, no O_TRUNC games), written, closed. */
async function writeInto(abs: string, data: string | Uint8Array): Promise<void> {
  const handle = await fs.open(abs, fsConstants.O_WRONLY);
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
}

/**
 * mkdir -p, one level at a time, noting each folder made (so a failed write can remove them).
 * Not fs.mkdir's recursive mode: on a read-only file system it reports ENOENT, not EROFS.
 */
async function makeFolders(dir: string, created: string[]): Promise<void> {
  const missing: string[] = [];
  for (let d = dir; ; d = path.dirname(d)) {
    const stat = await fs
      .stat(d)
      .catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : Promise.reject(error)));
    if (stat) {
      if (!stat.isDirectory()) throw Object.assign(new Error(`not a folder: ${d}`), { code: 'ENOTDIR' });
      break;
    }
    missing.push(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing.toReversed()) {
    try {
      await fs.mkdir(d);
      created.push(d);
    } catch (error) {
      // Made by a parallel writer meanwhile: fine.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !(await fs.stat(d)).isDirectory()) throw error;
    }
  }
}

/** fsProblem; mkdir's EEXIST (a file in the way of a folder) too. */
function writeProblem(error: unknown): Said {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOTDIR' || code === 'EEXIST') return said('input.fs.notAFolder');
  return fsProblem(error);
}

async function writeThroughTemp(
  abs: string,
  target: string,
  data: string | Uint8Array,
  existing: import('node:fs').Stats | null,
  options: WriteOptions,
): Promise<void> {
  const temp = path.join(
    path.dirname(abs),
    `.${path.basename(abs)}.${(require('node:crypto') as typeof import('node:crypto')).randomBytes(6).toString('hex')}.tmp`,
  );
  addTemp(temp);
  try {
    await fs.writeFile(temp, data, { flag: 'wx' });
    if (existing) await fs.chmod(temp, existing.mode & 0o7777).catch(() => undefined);
    if (options.force) await fs.rename(temp, abs);
    else await linkNoReplace(temp, abs, target);
  } finally {
    // Removed before it is forgotten: a signal in between still finds it.
    try {
      await fs.rm(temp, { force: true });
    } finally {
      dropTemp(temp);
    }
  }
}

/** link(2) refuses to replace; where hard links are not supported, fall back to check-then-rename. */
async function linkNoReplace(temp: string, abs: string, target: string): Promise<void> {
  try {
    await fs.link(temp, abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(said('output.exists', { name: target }));
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'EOPNOTSUPP') throw error;
    if (await fs.stat(abs).catch(() => null)) throw new UsageError(said('output.exists', { name: target }));
    await fs.rename(temp, abs);
  }
}

/** Device and inode of every input, computed once per input set (only when a target exists). */
const inputIds = new WeakMap<ReadonlySet<string>, Promise<Set<string>>>();

async function isInput(existing: import('node:fs').Stats | null, inputs: ReadonlySet<string>): Promise<boolean> {
  if (!existing || inputs.size === 0) return false;
  let ids = inputIds.get(inputs);
  if (!ids) {
    ids = Promise.all(
      [...inputs].map((p) =>
        fs.stat(p).then(
          (s) => `${s.dev}:${s.ino}`,
          () => '',
        ),
      ),
    ).then((xs) => new Set(xs.filter(Boolean)));
    inputIds.set(inputs, ids);
  }
  return (await ids).has(`${existing.dev}:${existing.ino}`);
}

/**
 * Output names for all inputs of a run, unique: inputs that would share a name (a.txt and a.html)
 * keep their own ending in it (a.txt.register.yaml, a.html.register.yaml). An input whose name
 * still collides gets a UsageError instead of a path (the caller refuses the run before writing).
 */
export function outputPathsFor(outDir: string, inputs: readonly InputRef[], ext: string): (string | UsageError)[] {
  const plain = inputs.map((input, index) => attempt(() => outputPathFor(outDir, input, index, ext)));
  const count = new Map<string, number>();
  for (const p of plain) if (typeof p === 'string') count.set(p, (count.get(p) ?? 0) + 1);
  const chosen = plain.map((p, index) =>
    typeof p === 'string' && (count.get(p) ?? 0) > 1 ? attempt(() => outputPathFor(outDir, inputs[index], index, ext, true)) : p,
  );
  const owner = new Map<string, InputRef>();
  return chosen.map((p, index) => {
    if (typeof p !== 'string') return p;
    const first = owner.get(p);
    if (first) return new UsageError(said('output.sameOutput', { name: inputs[index].name, other: first.name }));
    owner.set(p, inputs[index]);
    return p;
  });
}

function attempt(make: () => string): string | UsageError {
  try {
    return make();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
}

/** Output name for an input inside --out DIR: the input's relative path with a new ending (`keepEnding`: added to the old), never outside DIR. */
export function outputPathFor(outDir: string, input: InputRef, index: number, ext: string, keepEnding = false): string {
  if (input.path === null) return path.join(outDir, `stdin-${index + 1}${ext}`);
  const safe = input.name
    .replace(/^(\.\.\/)+/, '')
    .replace(/^\/+/, '')
    .split('/')
    .filter((part) => part !== '..' && part !== '.' && part !== '')
    .join('/');
  const base = keepEnding ? safe : safe.replace(/\.[^./]*$/, '');
  const result = path.resolve(outDir, `${base || `input-${index + 1}`}${ext}`);
  const root = path.resolve(outDir) + path.sep;
  if (!result.startsWith(root)) throw new UsageError(said('output.noSafeName', { name: input.name }));
  return result;
}
