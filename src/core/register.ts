/**
 * The task register: the data `workplan parse` emits and `lint`, `validate`, `diff` and `stats`
 * read. schemas/register.schema.json describes the same shape; field names are part of the
 * public contract. Every `line` is a 1-based line of the decoded input (for HTML, of the text
 * extracted from the page); every `column` is 1-based in UTF-16 code units.
 */
export type Script = 'simplified' | 'traditional' | 'mixed' | 'unknown';
export type InputFormat = 'text' | 'html' | 'docx';

export interface RegisterSource {
  /** Path as given on the command line (relative to the working folder), or null for stdin/library input. */
  readonly path: string | null;
  readonly sha256: string;
  /** Encoding the bytes were decoded from: 'utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5'. */
  readonly encoding: string;
  readonly format: InputFormat;
  /** Script of the input before any conversion. */
  readonly script: Script;
  /** Script the text fields were converted to, or 'original'. */
  readonly outputScript: 'original' | 'simplified' | 'traditional';
}

/** One line (or span) that cleaning removed, with the reason. */
export interface StrippedLine {
  readonly line: number;
  /** Clean rule id, e.g. 'seo-spam', 'cms-footer', 'breadcrumb'. */
  readonly rule: string;
  readonly reason: string;
  readonly text: string;
}

export interface RegisterWarning {
  readonly line: number;
  /** kebab-case code, e.g. 'unclosed-annotation', 'title-guessed'. */
  readonly code: string;
  readonly message: string;
}

/** Values a web page states about itself (kept from stripped metadata lines). */
export interface PageMeta {
  readonly date?: string;
  readonly source?: string;
  readonly views?: string;
  readonly title?: string;
  readonly docNumber?: string;
  readonly url?: string;
  readonly breadcrumb?: string;
  readonly updated?: string;
}

export interface Notice {
  /** 关于印发……的通知, joined when the title was broken over lines; null when the notice has no title line. */
  readonly title: string | null;
  readonly issuer: string | null;
  /** 发文字号, e.g. 杭政办函〔2018〕84号. */
  readonly docNumber: string | null;
  /** 成文日期, ISO yyyy-mm-dd. */
  readonly date: string | null;
  /** 主送机关 as written, without the closing colon. */
  readonly recipients: string | null;
  /** The notice text between the addressees and the signature, as written, paragraphs joined by newlines. */
  readonly body: string | null;
  readonly line: number;
}

/** 版记: the end matter of a notice. */
export interface RecordMatter {
  readonly keywords: string | null; // 主题词
  readonly cc: string | null; // 抄送
  readonly printedBy: string | null; // ……印发: the office
  readonly printedDate: string | null; // ISO
  readonly line: number;
}

export interface Deadline {
  /** As written: '2020年10月底前', '年底前', '30日内'. */
  readonly text: string;
  /** ISO date when the plan year makes it certain, else null. */
  readonly date: string | null;
}

export interface Target {
  /** As written: '不低于4%', '不少于1次'. */
  readonly text: string;
}

export interface Section {
  /** Dotted ordinal of the section's position ('2', '2.1'), independent of the printed numerals. */
  readonly id: string;
  /** The printed marker as written after normalisation: '一、', '(五)', '1.', '(1)'. */
  readonly marker: string;
  /** 1: 一、  2: (一)  3: 1.  4: (1) — by marker kind, as GB/T 9704-2012 §7.3.3. */
  readonly level: 1 | 2 | 3 | 4;
  /** Numeric value of the printed numeral (五 → 5). */
  readonly ordinal: number;
  /** The heading; for a heading with its body on the same line, the first sentence. */
  readonly title: string;
  /** Unnumbered lead-in text before numbered children, or null. */
  readonly intro: string | null;
  readonly sections: readonly Section[];
  readonly line: number;
}

export interface Task {
  /** '1.1.3'; '1.1a', '1.1b' when one item holds several annotated tasks. */
  readonly id: string;
  /** Id of the innermost section containing the task; null for tasks outside any section. */
  readonly sectionId: string | null;
  /** The printed marker of a numbered item, or null. */
  readonly marker: string | null;
  /** First sentence when the item is a heading with its body on the same line, else null. */
  readonly title: string | null;
  /** The task without its marker and without its annotation. */
  readonly text: string;
  readonly leads: readonly string[];
  readonly owners: readonly string[];
  /** True for 分别牵头 / 分别负责: each unit takes its own part. */
  readonly separately: boolean;
  /** The annotation as written, brackets included, or null. */
  readonly unitsText: string | null;
  readonly deadlines: readonly Deadline[];
  readonly targets: readonly Target[];
  readonly line: number;
  readonly column: number;
}

export interface RegisterDocument {
  /** 1-based position of the document in the input. */
  readonly index: number;
  /** The plan's own title, or null when none could be found. */
  readonly title: string | null;
  readonly notice: Notice | null;
  /** Issuing body of the notice (or of the plan when there is no notice). */
  readonly issuer: string | null;
  /** ISO date of the notice (成文日期), else of the page. */
  readonly date: string | null;
  /** The plan year (2019 for 2019年……工作要点). */
  readonly year: number | null;
  /** 附注: '此件公开发布', '此件主动公开'. */
  readonly disclosure: string | null;
  readonly preamble: string | null;
  readonly closing: string | null;
  readonly record: RecordMatter | null;
  readonly script: Script;
  readonly sections: readonly Section[];
  readonly tasks: readonly Task[];
  /** First and last input line of the document. */
  readonly line: number;
  readonly endLine: number;
}

export interface Register {
  readonly schemaVersion: '1.0';
  readonly source: RegisterSource;
  readonly pageMeta: PageMeta;
  readonly stripped: readonly StrippedLine[];
  readonly warnings: readonly RegisterWarning[];
  readonly documents: readonly RegisterDocument[];
}
