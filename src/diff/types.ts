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

export const DIFF_CLASSES: readonly DiffClass[] = ['unchanged', 'reworded', 'moved', 'units-changed', 'deadline-changed', 'added', 'removed', 'split', 'merged'];

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
  readonly units?: UnitChange;
  readonly deadlines?: { readonly old: readonly string[]; readonly new: readonly string[] };
}

export interface ClassCounts {
  readonly [cls: string]: number;
}

export interface SectionSummary {
  /** Level-1 section title (new side; old side for removed tasks), or '(no section)'. */
  readonly section: string;
  readonly counts: ClassCounts;
}

export interface UnitSummary {
  readonly unit: string;
  /** Tasks the unit gained: added tasks and pairs where it was added. */
  readonly added: number;
  /** Tasks the unit lost: removed tasks and pairs where it was dropped. */
  readonly removed: number;
}

export interface DiffSummary {
  readonly classes: ClassCounts;
  readonly sections: readonly SectionSummary[];
  readonly units: readonly UnitSummary[];
}

export interface Comparison {
  /** Indexes into DiffResult.inputs. */
  readonly old: number;
  readonly new: number;
  readonly entries: readonly DiffEntry[];
  readonly summary: DiffSummary;
}

export interface DiffInput {
  readonly name: string;
  readonly documents: number;
  readonly tasks: number;
  readonly script: string;
  readonly title: string | null;
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
  /** Pairs scoring below this are not matched. */
  readonly minScore: number;
  /** Matched pairs whose text similarity is below this are reworded. */
  readonly rewordedBelow: number;
  /** Coverage an extra task needs to count as split off / merged in. */
  readonly splitCoverage: number;
}

export const DEFAULT_DIFF_OPTIONS: DiffOptions = { minScore: 0.3, rewordedBelow: 0.98, splitCoverage: 0.6 };

export interface DiffResult {
  readonly diffVersion: '1.0';
  readonly options: DiffOptions;
  readonly inputs: readonly DiffInput[];
  readonly comparisons: readonly Comparison[];
  /** Present when more than two inputs were compared. */
  readonly lineage?: readonly LineageRow[];
}
