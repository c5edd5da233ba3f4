/**
 * The alignment as data (schemas/diff.schema.json describes the same shape). Everything here is
 * plain JSON so a diff can be a golden file or be read back by another tool.
 */

/** What a diff entry says about a task. */
export type DiffClass =
  | 'unchanged'
  | 'reworded'
  | 'moved'
  | 'units-changed'
  | 'deadline-changed'
  | 'added'
  | 'removed'
  | 'split'
  | 'merged';

export const DIFF_CLASSES: readonly DiffClass[] = [
  'unchanged',
  'reworded',
  'moved',
  'units-changed',
  'deadline-changed',
  'added',
  'removed',
  'split',
  'merged',
];

/** One task as the diff shows it: the side's own text, plus where it sits. */
export interface TaskRef {
  /** Task id, prefixed with the document index (`2:1.3`) when the input holds several documents. */
  readonly id: string;
  readonly document: number;
  /** Titles of the enclosing sections, outermost first, as written. */
  readonly sectionPath: readonly string[];
  readonly sectionId: string | null;
  readonly text: string;
  readonly leads: readonly string[];
  readonly owners: readonly string[];
  /** Deadlines as written. */
  readonly deadlines: readonly string[];
  readonly line: number;
}

/** One run of a word-level inline diff. */
export interface InlinePart {
  readonly op: 'equal' | 'delete' | 'insert';
  readonly text: string;
}

export interface UnitChange {
  readonly leadsAdded: readonly string[];
  readonly leadsRemoved: readonly string[];
  readonly ownersAdded: readonly string[];
  readonly ownersRemoved: readonly string[];
}

export interface DiffEntry {
  /** pair: a one-to-one match; split/merged: an extra task answering to a matched one. */
  readonly kind: 'pair' | 'added' | 'removed' | 'split' | 'merged';
  readonly classes: readonly DiffClass[];
  /** Similarity of the match (pair), coverage (split/merged), null for added/removed. */
  readonly score: number | null;
  readonly old: TaskRef | null;
  readonly new: TaskRef | null;
  /** The matched partner of the other task in a split or merge. */
  readonly partner?: TaskRef;
  /** Id changed without a change of section. */
  readonly renumbered?: boolean;
  readonly inline?: readonly InlinePart[];
  /** The inline diff is clause by clause (a heavy rewrite): each clause matched, dropped or new. */
  readonly inlineClauses?: boolean;
  readonly units?: UnitChange;
  /** Scope groups (各县…, 市直各部门) when they differ: who the task reaches. */
  readonly scope?: { readonly old: readonly string[]; readonly new: readonly string[] };
  /** Merged/split: deadlines and units of the extra task that its counterpart does not carry. */
  readonly dropped?: { readonly deadlines: readonly string[]; readonly units: readonly string[] };
  readonly deadlines?: { readonly old: readonly string[]; readonly new: readonly string[] };
  /** Added/removed tasks: the other side's closest tasks below the match threshold, for a person to confirm. */
  readonly possible?: readonly PossibleMatch[];
}

export interface PossibleMatch {
  /** Task id on the other side. */
  readonly id: string;
  readonly score: number;
}

export interface ClassCounts {
  readonly [cls: string]: number;
}

/** One row of the old → new map of level-1 sections. */
export interface SectionMapEntry {
  readonly status: 'kept' | 'renamed' | 'split' | 'dissolved' | 'new';
  /** Old section title (null for a new section). */
  readonly old: string | null;
  /** New sections its continuing tasks went to, with how many (a new section: itself, with its task count). */
  readonly new: readonly { readonly title: string; readonly tasks: number }[];
  readonly oldTasks: number;
  /** Old tasks of the section that continue (pair, merged or split). */
  readonly continued: number;
}

export interface SectionSummary {
  /** Level-1 section title (new side; old side for removed tasks), or '(no section)'. */
  readonly section: string;
  readonly counts: ClassCounts;
}

export interface UnitSummary {
  /** The unit as the plans write it (its shortest name). */
  readonly unit: string;
  /** Tasks naming the unit in the old and the new plan. */
  readonly oldTasks: number;
  readonly newTasks: number;
  /** Tasks it leads in the old and the new plan. */
  readonly oldLeads: number;
  readonly newLeads: number;
  /** Tasks the unit gained: added tasks and pairs where it was added. */
  readonly added: number;
  /** Tasks the unit lost: removed tasks and pairs where it was dropped. */
  readonly removed: number;
}

export interface DiffSummary {
  readonly classes: ClassCounts;
  readonly sections: readonly SectionSummary[];
  readonly units: readonly UnitSummary[];
  /** Written names treated as one unit. */
  readonly aliases: readonly (readonly string[])[];
  /** Pairs whose scope groups changed. */
  readonly scopeChanges: number;
}

export interface Comparison {
  /** Indexes into DiffResult.inputs. */
  readonly old: number;
  readonly new: number;
  readonly entries: readonly DiffEntry[];
  /** Level-1 sections: old → new. */
  readonly sections: readonly SectionMapEntry[];
  /** Leads and owners compared separately (both plans name leads), else as one set of units. */
  readonly rolesCompared: boolean;
  /** Units compared at all: both plans name units on some task (else units-changed cannot be told). */
  readonly unitsCompared: boolean;
  readonly summary: DiffSummary;
}

export interface DiffInput {
  readonly name: string;
  readonly documents: number;
  readonly tasks: number;
  readonly script: string;
  readonly title: string | null;
  readonly year: number | null;
  /** Signs that the register was parsed badly; the diff is only as good as the parse. */
  readonly warnings: readonly string[];
}

export interface LineageRow {
  /** Task id in each input (oldest first), null where the task is absent. */
  readonly ids: readonly (string | null)[];
  /** Classes of each step (inputs[i] → inputs[i+1]); null where the task is absent on both sides. */
  readonly steps: readonly (readonly DiffClass[] | null)[];
  /** The latest text of the task. */
  readonly text: string;
}

export interface DiffOptions {
  /** Assigned pairs scoring at least this are matched. */
  readonly minScore: number;
  /** Assigned pairs that are each other's best candidate are matched from this score. */
  readonly mutualScore: number;
  /** An unmatched task joins its best candidate's pair (merged/split) from this score. */
  readonly mergeScore: number;
  /** Candidates below this are ignored; above it, an unmatched task lists them as possible. */
  readonly possibleScore: number;
  /** Matched pairs whose text similarity is below this are reworded. */
  readonly rewordedBelow: number;
}

export const DEFAULT_DIFF_OPTIONS: DiffOptions = {
  minScore: 0.3,
  mutualScore: 0.08,
  mergeScore: 0.08,
  possibleScore: 0.05,
  rewordedBelow: 0.98,
};

export interface DiffResult {
  readonly diffVersion: '1.0';
  readonly options: DiffOptions;
  readonly inputs: readonly DiffInput[];
  readonly comparisons: readonly Comparison[];
  /** Present when more than two inputs were compared. */
  readonly lineage?: readonly LineageRow[];
}
