/**
 * One identity per unit across the two plans. Plans write the same unit several ways: with or
 * without its level prefix (`市财政局` / `财政局`, the prefix implied inside a list), a group with
 * or without `人民政府` (`各县(市、区)` / `各县(市、区)人民政府`), and a unit with its second name in
 * brackets (`省编办(省审改办)` / `省审改办`). Those are folded into one; every fold is listed.
 */

/** Last characters of an organ's name (the genre's suffixes: bureaux, commissions, offices…). */
const ORGAN_SUFFIX = /(局|委|办|厅|署|院|室|会|处|部|所|站|队|社|行|组|馆|中心|公司|集团|政府)$/u;
/** A level prefix a list may leave implied after its first item. */
const LEVEL_PREFIX = /^(市|省|区|县)(?!场)/u;

/** Simplified names compare without spaces and with ASCII brackets. */
export function normalizeUnit(unit: string): string {
  return unit.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

/** The key a written name compares by: no implied prefix, no `人民政府` after a group. */
export function unitKey(name: string): string {
  let key = normalizeUnit(name);
  if (key.startsWith('各')) key = key.replace(/(人民)?政府$/u, '') || key;
  const bare = key.replace(LEVEL_PREFIX, '');
  if (bare !== key && [...bare].length >= 2 && ORGAN_SUFFIX.test(bare)) key = bare;
  return key;
}

/** `X(Y)` where Y is itself an organ's name: the two names of one unit. */
function bracketAlias(name: string): [string, string] | null {
  const m = /^(.+)\(([^()、,，]+)\)$/u.exec(normalizeUnit(name));
  if (!m || !ORGAN_SUFFIX.test(m[2]) || !ORGAN_SUFFIX.test(m[1])) return null;
  return [m[1], m[2]];
}

export interface UnitIndex {
  /** The identity of a written (simplified) name. */
  canon(name: string): string;
  /** Groups of written names treated as one unit (two or more names each). */
  readonly aliases: readonly (readonly string[])[];
}

/** Identities for every name the two plans use (union-find over keys and bracket aliases). */
export function buildUnitIndex(names: Iterable<string>): UnitIndex {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    if (!parent.has(x)) parent.set(x, x);
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    // The shorter key represents the group, so the identity reads as the plainest name.
    if (ra !== rb) ra.length <= rb.length ? parent.set(rb, ra) : parent.set(ra, rb);
  };
  const written = new Set<string>();
  for (const name of names) {
    const n = normalizeUnit(name);
    if (n === '') continue;
    written.add(n);
    find(unitKey(n));
    const alias = bracketAlias(n);
    if (alias) for (const part of alias) union(unitKey(n), unitKey(part));
  }
  const groups = new Map<string, Set<string>>();
  for (const n of written) {
    const root = find(unitKey(n));
    (groups.get(root) ?? groups.set(root, new Set()).get(root)!).add(n);
  }
  return {
    canon: (name) => find(unitKey(name)),
    aliases: [...groups.values()].filter((g) => g.size > 1).map((g) => [...g].sort()),
  };
}

/** Group units (`各县(市、区)`, `市直各部门`): who a task reaches, its scope, rather than an organ. */
export function isScopeUnit(name: string): boolean {
  return /^各|各(部门|单位|地|级)|直各|直有关/u.test(normalizeUnit(name));
}
