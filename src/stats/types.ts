/** Counts over a set of notices or registers (`workplan stats`). Plain JSON. */
export interface Count {
  /** The unit, year, issuer or month ('undated' for deadlines without a certain date). */
  readonly name: string;
  readonly documents: number;
  readonly tasks: number;
}

export interface Stats {
  readonly inputs: number;
  readonly documents: number;
  readonly tasks: number;
  /** Tasks naming neither a lead nor an owner. */
  readonly tasksWithoutUnits: number;
  /** tasksWithoutUnits / tasks (0 when there are no tasks). */
  readonly shareWithoutUnits: number;
  /** Per lead unit (names normalised across scripts), most tasks first. */
  readonly leads: readonly Count[];
  /** Per responsible unit, most tasks first. */
  readonly owners: readonly Count[];
  /** Per plan year ('unknown' when the plan states none), in order. */
  readonly years: readonly Count[];
  /** Per issuer ('unknown' when none), most tasks first. */
  readonly issuers: readonly Count[];
  /** Deadlines per month (yyyy-mm), in order; `tasks` counts tasks with a deadline in that month. */
  readonly deadlines: readonly Count[];
  /** Units counted under one name: `spellings` are how some of the issuer's plans wrote `name` (教育局 for 市教育局). */
  readonly unitSpellings: readonly UnitSpelling[];
}

export interface UnitSpelling {
  readonly name: string;
  readonly spellings: readonly string[];
}
