import type { Dataset, LocalText } from '../model/types.js';

/** A stretch of the input text: `start` inclusive, `end` exclusive, in UTF-16 code units. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface ImportOptions {
  /** The organisation's name when the text does not give it (or gives it wrongly). */
  readonly name?: string;
  /** The date the dataset describes (YYYY-MM-DD); otherwise the latest date in the text, else today. */
  readonly asOf?: string;
  /** Longer texts are refused with a report entry (default 1,000,000 characters). */
  readonly maxLength?: number;
}

export type ReportKind =
  /** Text the importer could not place anywhere in the dataset. */
  | 'unplaced'
  /** A value it had to choose without the text saying so (e.g. the as-of date). */
  | 'assumption'
  /** Why the whole text gave nothing usable. */
  | 'no-structure'
  | 'too-long'
  /** Something the text says that what was read does not match (a stated count of units). */
  | 'check';

export interface ReportEntry {
  readonly kind: ReportKind;
  /** Character offset of the text concerned (0 when the entry is about the whole text). */
  readonly offset: number;
  readonly end: number;
  /** 1-based line and column of `offset`. */
  readonly line: number;
  readonly column: number;
  /** 1-based line and column of the text's last character (the same as `line`/`column` for none). */
  readonly endLine: number;
  readonly endColumn: number;
  /** How many characters the text concerned has (it may be longer than `text`). */
  readonly length: number;
  /** The text concerned, as found (cut at REPORT_TEXT_MAX characters, marked with …). */
  readonly text: string;
  readonly message: LocalText;
}

/** A dataset string made of several pieces of the input, e.g. 东城 + 分局 from "东城、西城分局". */
export interface ComposedText {
  readonly text: string;
  readonly pieces: readonly Span[];
}

export interface Coverage {
  /** Letters and digits outside headings. */
  readonly considered: number;
  /** Of those, characters whose text is in the dataset. */
  readonly placed: number;
  /** Of those, characters the report lists. */
  readonly reported: number;
}

export interface ImportReport {
  readonly entries: readonly ReportEntry[];
  readonly coverage: Coverage;
  readonly composed: readonly ComposedText[];
  /** What was found, for a one-line summary. */
  readonly found: {
    readonly duties: number;
    readonly units: number;
    readonly people: number;
    readonly supervisions: number;
  };
  /** True when the text gave at least one duty, unit or person. */
  readonly usable: boolean;
}

export interface ImportResult {
  readonly dataset: Dataset;
  readonly report: ImportReport;
}
