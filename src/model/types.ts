/**
 * Types of a parsed organisation dataset. They mirror `data/schema.json`; a value of these types
 * only ever comes out of `parseDataset`, which checked it, so every reference in it resolves.
 */

/** Text with required Chinese and optional English. */
export interface LocalText {
  readonly zh: string;
  readonly en?: string;
}

export type UnitKind = 'internal' | 'dispatched' | 'affiliated' | 'party' | 'service-window' | 'other';
export type AdjustmentKind = 'transferred-in' | 'transferred-out' | 'cancelled' | 'strengthened' | 'other';
export type PostKind = 'administrative' | 'party';
export type QuotaCategory = 'establishment' | 'leadership-posts' | 'other';
export type SourceKind = 'encyclopedia' | 'official' | 'document' | 'other';
export type NoteKind = 'discrepancy' | 'reconciliation' | 'editorial';

export interface Duty {
  readonly number?: LocalText;
  readonly text: LocalText;
}

export interface EstablishingDocument {
  readonly title: LocalText;
  readonly number?: string;
  readonly issuer?: LocalText;
  readonly date?: string;
  readonly url?: string;
}

export interface Adjustment {
  readonly kind: AdjustmentKind;
  readonly number?: LocalText;
  readonly title?: LocalText;
  readonly items: readonly Duty[];
}

export interface KindStatement {
  readonly kind: UnitKind;
  readonly text: LocalText;
  readonly sourceIds?: readonly string[];
}

export interface Organization {
  readonly id: string;
  readonly name: LocalText;
  readonly shortName?: LocalText;
  readonly rank?: LocalText;
  readonly category?: LocalText;
  readonly parentGovernment?: LocalText;
  readonly location?: LocalText;
  readonly function?: LocalText;
  readonly description?: LocalText;
  readonly establishment?: LocalText;
  readonly establishingDocuments?: readonly EstablishingDocument[];
  readonly duties?: readonly Duty[];
  readonly adjustments?: readonly Adjustment[];
  readonly kindStatements?: readonly KindStatement[];
  readonly website?: string;
  readonly sourceIds?: readonly string[];
}

export interface Unit {
  readonly id: string;
  /** The organisation's id for top-level units, otherwise another unit's id. */
  readonly parentId: string;
  readonly kind: UnitKind;
  readonly name: LocalText;
  readonly aliases?: readonly LocalText[];
  readonly rank?: LocalText;
  readonly duties?: readonly Duty[];
  readonly sourceIds?: readonly string[];
}

export interface Post {
  readonly kind: PostKind;
  readonly title: LocalText;
}

export interface Supervision {
  readonly unitId: string;
  /** The unit's name as the source writes it in this person's list, when it differs. */
  readonly asWritten?: LocalText;
}

export interface Assistance {
  readonly personId: string;
  readonly scope?: LocalText;
}

export interface Person {
  readonly id: string;
  readonly name: LocalText;
  readonly romanizedName?: string;
  readonly posts: readonly Post[];
  readonly portfolio?: LocalText;
  readonly supervises?: readonly Supervision[];
  readonly assists?: readonly Assistance[];
  readonly photo?: string;
  readonly sourceIds?: readonly string[];
}

export interface Quota {
  readonly id: string;
  readonly category: QuotaCategory;
  readonly label: LocalText;
  readonly count?: number;
  readonly scope?: LocalText;
  readonly partOf?: string;
  readonly remarks?: readonly LocalText[];
}

export interface Staffing {
  readonly statement?: LocalText;
  readonly quotas: readonly Quota[];
  readonly sourceIds?: readonly string[];
}

export interface Source {
  readonly id: string;
  readonly kind?: SourceKind;
  readonly title: LocalText;
  readonly publisher?: LocalText;
  readonly url?: string;
  readonly cited?: string;
  readonly retrieved?: string;
  readonly citationNumber?: number;
  readonly tags?: readonly LocalText[];
}

export interface Reading {
  readonly text: LocalText;
  readonly location: LocalText;
}

export interface Note {
  readonly id: string;
  readonly kind: NoteKind;
  /** Entity ids, or JSON Pointers (starting with `/`) into the dataset. */
  readonly about: readonly string[];
  readonly text: LocalText;
  readonly readings?: readonly Reading[];
  readonly sourceIds?: readonly string[];
}

export interface Dataset {
  readonly schemaVersion: 1;
  readonly asOf: string;
  readonly organization: Organization;
  readonly units: readonly Unit[];
  readonly people: readonly Person[];
  readonly staffing?: Staffing;
  readonly sources: readonly Source[];
  readonly notes?: readonly Note[];
}

/** One thing wrong with a dataset: where (JSON Pointer) and what, in both languages. */
export interface DataIssue {
  /** JSON Pointer to the offending value, `''` for the whole document. */
  readonly path: string;
  /** Stable machine-readable code, e.g. `unknown-parent`. */
  readonly code: IssueCode;
  readonly message: LocalText;
}

export type IssueCode =
  | 'not-json'
  | 'not-utf8'
  | 'wrong-type'
  | 'missing-field'
  | 'unknown-field'
  | 'not-allowed-value'
  | 'bad-format'
  | 'too-short'
  | 'too-long'
  | 'too-many'
  | 'too-few'
  | 'out-of-range'
  | 'duplicate-id'
  | 'unknown-parent'
  | 'cycle'
  | 'too-deep'
  | 'unknown-unit'
  | 'unknown-person'
  | 'duplicate-reference'
  | 'self-reference'
  | 'unknown-quota'
  | 'parts-exceed-whole'
  | 'unknown-source'
  | 'unknown-target'
  | 'unreadable';

export type ParseResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly issues: readonly [] }
  | { readonly ok: false; readonly dataset?: undefined; readonly issues: readonly DataIssue[] };
