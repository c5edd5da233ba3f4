import { allMatches } from '../all-matches.js';
import { foldScript } from '../../core/zh/index.js';
import type { UnitParse } from '../types.js';
import { splitTopLevel } from './brackets.js';
import { LABEL_PATTERN, LEAD_LABELS, TIME_LABEL_PATTERN, TIME_ONLY } from './lexicon.js';
import { findRoleRuns, type Role } from './roles.js';
import { isBareUnitWord, looksLikeUnit, splitUnitList } from './units.js';

/** Inner texts longer than this are prose, not a unit list (also bounds the work per group). */
export const MAX_INNER_LENGTH = 1000;

export interface ParsedUnit {
  readonly name: string;
  readonly role: Role;
  readonly plausible: boolean;
  /** The role came from a role word or a label, not from the default (no role word: owner). */
  readonly stated: boolean;
}

/** parseUnits plus the evidence is-annotation needs. */
export interface UnitAnalysis extends UnitParse {
  readonly units: readonly ParsedUnit[];
  /** A 牵头/负责/落实… word was attached to at least one unit. */
  readonly hasRole: boolean;
  /** A `责任单位:`-style label was present. */
  readonly hasLabel: boolean;
  /** The text ends in a role word (…负责落实), the strongest sign of an annotation. */
  readonly endsWithRole: boolean;
}

interface Clause {
  readonly text: string;
  /** Explicit role: from a role word after the units, or else from the label in force. */
  readonly role: Role | null;
  readonly separately: boolean;
  /** The role came from a role word, not from a label. */
  readonly fromWord: boolean;
}

interface Section {
  readonly text: string;
  readonly folded: string;
  /** Role its label names; 'time' for a 完成时限: section, null before any label. */
  readonly label: Role | 'time' | null;
}

/** Cuts the text at labels (`牵头单位:`, `完成时限:`), giving each section what its label names. */
function labelSections(inner: string, folded: string): Section[] {
  const labels = [
    ...allMatches(LABEL_PATTERN, folded).map((m) => ({ m, label: LEAD_LABELS.includes(m[1]) ? 'lead' : 'owner' }) as const),
    ...allMatches(TIME_LABEL_PATTERN, folded).map((m) => ({ m, label: 'time' }) as const),
  ].sort((a, b) => (a.m.index ?? 0) - (b.m.index ?? 0));
  const sections: Section[] = [];
  let from = 0;
  let label: Section['label'] = null;
  for (const { m, label: next } of labels) {
    const at = m.index ?? 0;
    if (at < from) continue;
    sections.push({ text: inner.slice(from, at), folded: folded.slice(from, at), label });
    label = next;
    from = at + m[0].length;
  }
  sections.push({ text: inner.slice(from), folded: folded.slice(from), label });
  return sections;
}

function isTimeClause(text: string): boolean {
  const f = foldScript(text).replace(/[\s:：,，.。]/g, '');
  return f.length > 0 && f.length <= 40 && TIME_ONLY.test(f);
}

/**
 * Clauses of one label section: split at top-level `,`/`;`, then after every role run. What a
 * role word governs (`县司法局负责合法性审查`, `…负责法制审查工作`) is its object, not a unit: text
 * glued after the last role run of a clause is dropped unless it reads as unit names.
 */
function clausesOf(text: string, folded: string, label: Role | null): Clause[] {
  const clauses: Clause[] = [];
  for (const [a, b] of splitTopLevel(folded, ',;，；。\n')) {
    const part = text.slice(a, b);
    if (isTimeClause(part)) continue;
    let from = 0;
    for (const run of findRoleRuns(folded.slice(a, b))) {
      clauses.push({ text: part.slice(from, run.start), role: run.role, separately: run.separately, fromWord: true });
      from = run.end;
    }
    const rest = part.slice(from);
    if (from > 0 && !splitUnitList(rest).every(looksLikeUnit)) continue;
    clauses.push({ text: rest, role: label, separately: false, fromWord: false });
  }
  return clauses;
}

/**
 * The same annotation is read twice (once to decide it is one, once for its units), and bodies
 * repeat across a document: remember the last few hundred. The result is shared, so read only.
 */
const memo = new Map<string, UnitAnalysis>();
const MEMO_SIZE = 512;

export function analyzeUnits(inner: string): UnitAnalysis {
  if (inner.length > MAX_INNER_LENGTH) return computeUnits(inner);
  let analysis = memo.get(inner);
  if (analysis === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    analysis = computeUnits(inner);
    memo.set(inner, analysis);
  }
  return analysis;
}

/**
 * The standing note of State Council and ministry documents (BRIEF): `列第一位者为牵头单位,下同`,
 * `排在第一位的部门为牵头部门` — from its annotation on, the first unit of each annotation leads.
 */
const FIRST_LEADS_NOTE =
  /[,，;；。]?\s*(?:[列排位]在?)?(?:第一位|第一个|首位)(?:者|的)?(?:部门|单位)?(?:为|是)牵头(?:单位|部门)(?:\s*[,，;；、]?\s*下同)?[。]?/;

/** True when the annotation's inner text states the first-unit-leads convention. */
export function statesFirstLeads(inner: string): boolean {
  return FIRST_LEADS_NOTE.test(foldScript(inner));
}

function computeUnits(inner: string): UnitAnalysis {
  let text = inner.length > MAX_INNER_LENGTH ? '' : inner;
  const note = FIRST_LEADS_NOTE.exec(foldScript(text));
  if (note) text = text.slice(0, note.index) + text.slice(note.index + note[0].length);
  const folded = foldScript(text);
  const sections = labelSections(text, folded);
  const clauses = sections.filter((s) => s.label !== 'time').flatMap((s) => clausesOf(s.text, s.folded, s.label as Role | null));
  const hasLabel = sections.some((s) => s.label === 'lead' || s.label === 'owner');
  // Units without a role word take the role of the next role word (`A,B分别牵头落实`), else owner.
  const units: ParsedUnit[] = [];
  let pending: string[] = [];
  let separately = false;
  let hasRole = false;
  let endsWithRole = false;
  for (const clause of clauses) {
    const names = splitUnitList(clause.text);
    if (clause.role === null) {
      pending.push(...names);
      continue;
    }
    if (names.length === 0 && pending.length === 0) continue;
    hasRole ||= clause.fromWord;
    endsWithRole = clause.fromWord;
    separately ||= clause.separately;
    for (const name of [...pending, ...names])
      units.push({ name, role: clause.role, plausible: looksLikeUnit(name), stated: true });
    pending = [];
  }
  if (pending.length > 0) endsWithRole = false;
  for (const name of pending) units.push({ name, role: 'owner', plausible: looksLikeUnit(name), stated: false });

  const ok = units.some((u) => u.plausible);
  const pick = (role: Role) => (ok ? dedupe(units.filter((u) => u.role === role).map((u) => u.name)) : []);
  return {
    leads: pick('lead'),
    owners: pick('owner'),
    separately: ok && separately,
    ok,
    units,
    hasRole,
    hasLabel,
    endsWithRole: endsWithRole && ok,
  };
}

function dedupe(names: string[]): string[] {
  return [...new Set(names)];
}

export interface ParseUnitsOptions {
  /**
   * The text was cut off by the end of the file (an unclosed annotation): its last name may be cut
   * (`县水务局、县应`) and the role word that would have followed is lost, so only units whose role
   * a role word or a label states are taken, and the last name only when its role word follows it.
   */
  readonly truncated?: boolean;
  /**
   * The document stated that the first unit of an annotation leads (statesFirstLeads): an
   * annotation with no 牵头 word of its own gets its first unit as lead, the rest as owners.
   */
  readonly firstLeads?: boolean;
}

/**
 * Reads a unit annotation's inner text (or a unit line / table cell such as `责任单位:市工信局、财政局`)
 * into lead and responsible units. Names are kept as written (`教育局` stays `教育局` after `市人社局`).
 * Here the text stands where units stand, so a name that is only a unit word (`办公室`, `指挥部`)
 * counts as a unit too; deciding whether a bracket is an annotation (is-annotation.ts) does not.
 */
export function parseUnits(inner: string, options: ParseUnitsOptions = {}): UnitParse {
  const parsed = parseRoles(inner, options);
  if (!(options.firstLeads || statesFirstLeads(inner)) || parsed.leads.length > 0 || parsed.owners.length === 0) return parsed;
  return { ...parsed, leads: parsed.owners.slice(0, 1), owners: parsed.owners.slice(1) };
}

function parseRoles(inner: string, options: ParseUnitsOptions): UnitParse {
  const analysis = analyzeUnits(inner);
  if (!options.truncated && (analysis.ok || !analysis.units.some((u) => isBareUnitWord(u.name)))) {
    return { leads: [...analysis.leads], owners: [...analysis.owners], separately: analysis.separately, ok: analysis.ok };
  }
  let units = analysis.units;
  if (options.truncated) {
    const last = units[units.length - 1];
    units = units.filter((u) => u.stated && (u !== last || analysis.endsWithRole));
  }
  const ok = units.some((u) => u.plausible || isBareUnitWord(u.name));
  const pick = (role: Role): string[] => (ok ? dedupe(units.filter((u) => u.role === role).map((u) => u.name)) : []);
  return { leads: pick('lead'), owners: pick('owner'), separately: ok && analysis.separately, ok };
}
