// generated from schemas/register.schema.json by bin/generate.mjs — do not edit; run npm run generate
/**
 * The task register: the data `workplan parse` emits and `lint`, `validate`, `diff` and `stats` read.
 * Field names are part of the public contract; the descriptions below are the schema's.
 */

/**
 * Chinese script of a text: simplified, traditional, a mixture of both, or unknown when there is too little
 * Chinese text to tell.
 */
export type Script = 'simplified' | 'traditional' | 'mixed' | 'unknown';

export type InputFormat = RegisterSource['format'];

/**
 * The tasks of one or more work-plan notices with their units and deadlines, as emitted by `workplan parse`;
 * every line is a 1-based line of the decoded input and every column is 1-based in UTF-16 code units.
 */
export interface Register {
  /** Version of this register format; readers refuse versions they do not know. */
  readonly schemaVersion: '1.0';
  /** Where the register came from: the input file, its encoding, format and script. */
  readonly source: RegisterSource;
  /**
   * Values the web page stated about itself (date, source, views…), kept from the metadata lines that
   * cleaning removed.
   */
  readonly pageMeta: PageMeta;
  /**
   * Every line or span that cleaning removed from the input, with the rule and the reason, so nothing
   * disappears silently.
   */
  readonly stripped: readonly StrippedLine[];
  /** Problems found while parsing that did not stop it, such as an unclosed annotation or a guessed title. */
  readonly warnings: readonly RegisterWarning[];
  /** The documents found in the input, in input order; a compilation page holds several. */
  readonly documents: readonly RegisterDocument[];
}

/** The input the register was made from. */
export interface RegisterSource {
  /**
   * Path of the input as given on the command line (relative to the working folder), or null for standard
   * input or library input.
   */
  readonly path: string | null;
  /** SHA-256 of the input bytes as 64 lower-case hex digits, to tell whether the input changed. */
  readonly sha256: string;
  /** Character encoding the bytes were decoded from, such as utf-8, utf-16le, utf-16be, gb18030 or big5. */
  readonly encoding: string;
  /** Whether the input was plain text, an HTML page, or a Word (.docx) file read through its HTML. */
  readonly format: 'text' | 'html' | 'docx';
  /** Chinese script of the input before any conversion. */
  readonly script: Script;
  /** Script the text fields were converted to, or original when they were left as written. */
  readonly outputScript: 'original' | 'simplified' | 'traditional';
}

/** Values a web page states about itself; each is present only when the page stated it. */
export interface PageMeta {
  /** Publication date as the page shows it. */
  readonly date?: string;
  /** The page's 来源 (source) line value. */
  readonly source?: string;
  /** The page's view counter (浏览次数) as shown. */
  readonly views?: string;
  /** The page title, from the HTML title or a title line. */
  readonly title?: string;
  /** The document number (发文字号) the page lists in its metadata. */
  readonly docNumber?: string;
  /** The page address, when the page or its footer states it. */
  readonly url?: string;
  /** The page's navigation trail (当前位置) as written. */
  readonly breadcrumb?: string;
  /** Last-updated date as the page shows it. */
  readonly updated?: string;
}

/** One line (or span) that cleaning removed, with the reason. */
export interface StrippedLine {
  /** Input line the removed text was on. */
  readonly line: number;
  /** Id of the cleaning rule that removed it, such as seo-spam, cms-footer or breadcrumb. */
  readonly rule: string;
  /** Why the text was removed, in one line. */
  readonly reason: string;
  /** The removed text, exactly as it was. */
  readonly text: string;
}

/** A problem found while parsing that did not stop it. */
export interface RegisterWarning {
  /** Input line the problem is on. */
  readonly line: number;
  /** Kind of problem as a kebab-case code, such as unclosed-annotation or title-guessed. */
  readonly code: string;
  /** The problem explained in one line. */
  readonly message: string;
}

/** The covering notice (通知) that issues the plan. */
export interface Notice {
  /**
   * The notice title (关于印发……的通知), joined when it was broken over lines, or null when the notice has no title
   * line.
   */
  readonly title: string | null;
  /** The issuing body (发文机关), or null when not found. */
  readonly issuer: string | null;
  /** The document number (发文字号), such as 杭政办函〔2018〕84号, or null when there is none. */
  readonly docNumber: string | null;
  /** Date the notice was signed (成文日期) as yyyy-mm-dd, or null when not found. */
  readonly date: string | null;
  /** The addressees (主送机关) as written, without the closing colon, or null when there are none. */
  readonly recipients: string | null;
  /**
   * The notice text between the addressees and the signature, as written, paragraphs joined by newlines
   * (after the documented normalisation); a line within the notice that is no other field is kept here. Null
   * when the notice has no text of its own.
   */
  readonly body: string | null;
  /** Input line where the notice starts. */
  readonly line: number;
}

/** The end matter (版记) of a notice: subject words, copies and the printing office. */
export interface RecordMatter {
  /** Subject words (主题词), or null when there are none. */
  readonly keywords: string | null;
  /** Bodies the notice was copied to (抄送), or null when there are none. */
  readonly cc: string | null;
  /** The office that printed the notice (……印发), or null when not stated. */
  readonly printedBy: string | null;
  /** Printing date as yyyy-mm-dd, or null when not stated. */
  readonly printedDate: string | null;
  /** Input line where the end matter starts. */
  readonly line: number;
}

/** A completion deadline stated for a task. */
export interface Deadline {
  /** The deadline as written, such as 2020年10月底前, 年底前 or 30日内. */
  readonly text: string;
  /** The deadline as yyyy-mm-dd when the plan year makes it certain, else null. */
  readonly date: string | null;
}

/** A quantitative target stated in a task. */
export interface Target {
  /** The target as written, such as 不低于4% or 不少于1次. */
  readonly text: string;
}

/** A numbered heading of the plan with the sections nested under it. */
export interface Section {
  /** Dotted position of the section in the tree (2, 2.1), independent of the printed numerals. */
  readonly id: string;
  /** The printed number as written after normalisation, such as 一、, (五), 1. or (1). */
  readonly marker: string;
  /**
   * Heading level by the kind of marker (GB/T 9704-2012 §7.3.3): 1 for 一、, 2 for (一), 3 for 1., 4 for (1).
   */
  readonly level: 1 | 2 | 3 | 4;
  /** Numeric value of the printed numeral (五 is 5). */
  readonly ordinal: number;
  /** The heading; for a heading with its body on the same line, its first sentence. */
  readonly title: string;
  /** Unnumbered lead-in text before the numbered items of the section, or null. */
  readonly intro: string | null;
  /** The sections nested directly under this one, in order. */
  readonly sections: readonly Section[];
  /** Input line of the heading. */
  readonly line: number;
}

/** One task of the plan with the units that carry it out and its deadlines. */
export interface Task {
  /**
   * Dotted position of the task (1.1.3), with a letter suffix (1.1a, 1.1b) when one item holds several
   * annotated tasks.
   */
  readonly id: string;
  /** Id of the innermost section that contains the task, or null for a task outside any section. */
  readonly sectionId: string | null;
  /** The printed number of a numbered item, or null for an unnumbered task. */
  readonly marker: string | null;
  /** The first sentence when the item is a heading with its body on the same line, else null. */
  readonly title: string | null;
  /** The task as written, without its printed number and without its unit annotation. */
  readonly text: string;
  /** Units that lead the task (牵头单位). */
  readonly leads: readonly string[];
  /** Units responsible for the task (责任单位) other than the leads. */
  readonly owners: readonly string[];
  /** True when the units act separately (分别牵头, 分别负责): each unit takes its own part. */
  readonly separately: boolean;
  /** The unit annotation as written, brackets included, or null when the task has none. */
  readonly unitsText: string | null;
  /** Completion deadlines stated in the task, in text order. */
  readonly deadlines: readonly Deadline[];
  /** Quantitative targets stated in the task, in text order. */
  readonly targets: readonly Target[];
  /** Input line where the task starts. */
  readonly line: number;
  /** 1-based column (in UTF-16 code units) where the task starts on its line. */
  readonly column: number;
}

/** One document of the input: a notice with its plan, or a plan on its own. */
export interface RegisterDocument {
  /** 1-based position of the document in the input. */
  readonly index: number;
  /** The plan's own title, or null when none could be found. */
  readonly title: string | null;
  /** The covering notice, or null when the plan stands on its own. */
  readonly notice: Notice | null;
  /** Issuing body of the notice, or of the plan when there is no notice; null when not found. */
  readonly issuer: string | null;
  /** Date of the notice (成文日期) as yyyy-mm-dd, else the page date, else null. */
  readonly date: string | null;
  /** The year the plan is for (2019 for 2019年……工作要点), or null when it cannot be told. */
  readonly year: number | null;
  /** The disclosure note (附注) such as 此件公开发布, or null when there is none. */
  readonly disclosure: string | null;
  /** Text of the plan before its first numbered section, or null. */
  readonly preamble: string | null;
  /** Closing paragraph after the last numbered section, or null. */
  readonly closing: string | null;
  /** The end matter (版记) of the notice, or null when there is none. */
  readonly record: RecordMatter | null;
  /** Chinese script of the document as written. */
  readonly script: Script;
  /** The top-level sections of the plan, each with its nested sections. */
  readonly sections: readonly Section[];
  /** Every task of the document in text order; sectionId links each to its section. */
  readonly tasks: readonly Task[];
  /** First input line of the document. */
  readonly line: number;
  /** Last input line of the document. */
  readonly endLine: number;
}
