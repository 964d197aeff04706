import type { Dataset, LocalText, PostKind } from '../model/types.js';

/** The outcome of an edit the page may refuse (a move that would make a cycle, a merge of one). */
export type EditResult =
  { readonly ok: true; readonly dataset: Dataset } | { readonly ok: false; readonly reason: LocalText };

/** Whose list of duties: the organisation's own (主要职责) or a unit's. */
export type DutyOwner = 'organization' | { readonly unitId: string };

/** Organisation facts the forms edit, each a LocalText field of `organization`. */
export const ORGANIZATION_TEXT_FIELDS = [
  'name',
  'shortName',
  'rank',
  'category',
  'parentGovernment',
  'location',
  'function',
  'description',
  'establishment',
] as const;
export type OrganizationTextField = (typeof ORGANIZATION_TEXT_FIELDS)[number];

/** A post as the forms show it: its kind and its Chinese title. */
export interface PostInput {
  readonly kind: PostKind;
  readonly zh: string;
}

/** One thing that changed between two versions, for the person who signs the dataset off. */
export interface Change {
  readonly kind:
    | 'organization'
    | 'as-of'
    | 'unit-added'
    | 'unit-removed'
    | 'unit-renamed'
    | 'unit-moved'
    | 'unit-kind'
    | 'unit-aliases'
    | 'duties'
    | 'leader-added'
    | 'leader-removed'
    | 'leader-renamed'
    | 'leader-posts'
    | 'leader-portfolio'
    | 'leader-resume'
    | 'supervision'
    | 'source-added'
    | 'source-removed'
    | 'source-edited';
  readonly text: LocalText;
}

/**
 * The form field a dataset value belongs to. The page marks each input with `fieldKey(ref)`, so an
 * issue's JSON pointer finds its input without the pointer ever being shown.
 */
export type FieldRef =
  | { readonly area: 'organization'; readonly field: string }
  | { readonly area: 'unit'; readonly id: string; readonly field: 'name' | 'aliases' | 'kind' | 'parent' | 'other' }
  | { readonly area: 'duty'; readonly owner: DutyOwner; readonly index: number }
  | {
      readonly area: 'person';
      readonly id: string;
      readonly field: 'name' | 'posts' | 'portfolio' | 'resume' | 'supervises' | 'other';
    }
  | {
      readonly area: 'source';
      readonly id: string;
      readonly field: 'title' | 'publisher' | 'url' | 'retrieved' | 'other';
    }
  | { readonly area: 'as-of' }
  | { readonly area: 'dataset' };
