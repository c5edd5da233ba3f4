import { isCloser, isOpener } from './brackets.js';
import { ROLE_WORDS, type RoleKind } from './lexicon.js';

export type Role = 'lead' | 'owner';

export interface RoleRun {
  readonly start: number;
  readonly end: number;
  readonly role: Role;
  readonly separately: boolean;
}

const MAX_RUN_WORDS = 12;
/** What may follow a run of 指导 alone: the end of its clause. */
const CLAUSE_END = ',;，；、。)）〕]】\n';

const BY_FIRST: ReadonlyMap<string, readonly (readonly [string, RoleKind])[]> = (() => {
  const m = new Map<string, (readonly [string, RoleKind])[]>();
  for (const entry of ROLE_WORDS) {
    const list = m.get(entry[0][0]) ?? [];
    list.push(entry);
    m.set(entry[0][0], list);
  }
  for (const list of m.values()) list.sort((a, b) => b[0].length - a[0].length);
  return m;
})();

function wordAt(folded: string, at: number): readonly [string, RoleKind] | null {
  const list = BY_FIRST.get(folded[at]);
  if (!list) return null;
  for (const entry of list) if (folded.startsWith(entry[0], at)) return entry;
  return null;
}

/** The role run starting exactly at `at`, or null when the words there hold no lead/owner word. */
export function roleRunAt(folded: string, at: number): RoleRun | null {
  let i = at;
  let lead = false;
  let owner = false;
  let guide = false;
  let separately = false;
  let lastCore = -1;
  for (let n = 0; n < MAX_RUN_WORDS && i < folded.length; n++) {
    const w = wordAt(folded, i);
    if (!w) break;
    i += w[0].length;
    if (w[1] === 'lead') lead = true;
    else if (w[1] === 'owner') owner = true;
    else if (w[1] === 'guide') guide = true;
    else if (w[1] === 'separately') separately = true;
    if (w[1] === 'lead' || w[1] === 'owner' || w[1] === 'guide') lastCore = i;
  }
  if (!lead && !owner && !(guide && (i >= folded.length || CLAUSE_END.includes(folded[i])))) return null;
  // Trailing weak words after the last core word (牵头组织实施) still belong to the run.
  return { start: at, end: Math.max(lastCore, i), role: lead ? 'lead' : 'owner', separately };
}

/** Role runs at bracket depth 0 of `folded`, left to right, not overlapping. Linear time. */
export function findRoleRuns(folded: string): RoleRun[] {
  const runs: RoleRun[] = [];
  let depth = 0;
  for (let i = 0; i < folded.length; ) {
    const ch = folded[i];
    if (isOpener(ch)) depth++;
    else if (isCloser(ch)) depth = depth > 0 ? depth - 1 : 0;
    else if (depth === 0) {
      const run = roleRunAt(folded, i);
      if (run) {
        runs.push(run);
        i = run.end;
        continue;
      }
    }
    i++;
  }
  return runs;
}
