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
/** administrative 行政, party 党内; since schemaVersion 2: non-leadership 非领导职务, grade 职级, other. */
export type PostKind = 'administrative' | 'party' | 'non-leadership' | 'grade' | 'other';
export type OrganizationAliasKind = 'added-plate' | 'retained-plate' | 'short' | 'former' | 'other';
/** The schema versions this package reads; a dataset using any version-2 field says 2. */
export type SchemaVersion = 1 | 2;
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

/** Another name of the organisation (since schemaVersion 2). */
export interface OrganizationAlias {
  readonly name: LocalText;
  readonly kind: OrganizationAliasKind;
  /** The sentence that gives the name, verbatim. */
  readonly statement?: LocalText;
}

export interface Organization {
  readonly id: string;
  readonly name: LocalText;
  readonly shortName?: LocalText;
  readonly aliases?: readonly OrganizationAlias[];
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
  /** Who heads the unit (since schemaVersion 2). */
  readonly heads?: readonly UnitHead[];
  readonly sourceIds?: readonly string[];
}

/** A unit's head: a person of the dataset, or a name as written (at least one of the two). */
export interface UnitHead {
  readonly personId?: string;
  readonly name?: LocalText;
  readonly title?: LocalText;
}

export interface Post {
  readonly kind: PostKind;
  readonly title: LocalText;
  /** The body the post belongs to when it is not this organisation (since schemaVersion 2). */
  readonly body?: LocalText;
  /** A remark the source gives the post: its rank (正厅长级) or how it is held (挂职) (since schemaVersion 2). */
  readonly rankRemark?: LocalText;
}

export interface Supervision {
  readonly unitId: string;
  /** The unit's name as the source writes it in this person's list, when it differs. */
  readonly asWritten?: LocalText;
}

/** A 分管 item that is not a unit of the organisation (since schemaVersion 2). */
export interface OtherSupervision {
  readonly text: LocalText;
  readonly kind?: 'area' | 'body';
  /** The supervised unit it follows in the source's list; absent when it comes first. */
  readonly afterUnitId?: string;
}

/** 联系: a unit of the organisation, or a body named only in text (at least one of the two). */
export interface Liaison {
  readonly unitId?: string;
  readonly text?: LocalText;
}

/** 协助: a person of the dataset, or (since schemaVersion 2) only the work, with whom as written. */
export interface Assistance {
  readonly personId?: string;
  readonly scope?: LocalText;
  readonly whom?: LocalText;
}

export interface Person {
  readonly id: string;
  readonly name: LocalText;
  readonly romanizedName?: string;
  readonly posts: readonly Post[];
  readonly portfolio?: LocalText;
  /** Since schemaVersion 2: the résumé (简历), verbatim, with the source's line breaks. */
  readonly resume?: LocalText;
  readonly supervises?: readonly Supervision[];
  readonly supervisesOther?: readonly OtherSupervision[];
  readonly liaisons?: readonly Liaison[];
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
  /** The source's own 文号 and date (since schemaVersion 2). */
  readonly number?: string;
  readonly date?: string;
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
  readonly schemaVersion: SchemaVersion;
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
  | 'unreadable'
  | 'blank-text'
  | 'control-character'
  | 'impossible-date'
  | 'newer-version'
  | 'version-feature';

export type ParseResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly issues: readonly [] }
  | { readonly ok: false; readonly dataset?: undefined; readonly issues: readonly DataIssue[] };
