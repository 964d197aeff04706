/**
 * How the checks hand on what they find. The walkers name each issue's message and the values it
 * is made from, never its text: the text lives in modules only the full check imports
 * (issue-messages.ts, schema-messages.ts), so the check of valid data never downloads it.
 */
import type { IssueCode } from './types.js';
import type { FormatHint, JsonType } from './schema-plan.js';
import type { IdEntry } from './collect-ids.js';

/** The features a schemaVersion 1 dataset may not use, each named for its message. */
export type VersionFeature =
  | 'aliases'
  | 'heads'
  | 'supervisesOther'
  | 'liaisons'
  | 'resume'
  | 'postKind'
  | 'body'
  | 'rankRemark'
  | 'noPersonId'
  | 'whom'
  | 'number'
  | 'date';

/** Each message, with the values it is made from. */
export interface MessageArgs {
  notUtf8: [byte: number];
  empty: [];
  notJson: [detail: string];
  unreadable: [detail: string];
  newerVersion: [version: number];
  // The schema's messages follow the name of the place (a field's: its object's).
  notAllowed: [value: unknown, allowed: readonly unknown[]];
  wrongType: [want: JsonType, value: unknown];
  tooShort: [min: number];
  tooLong: [length: number, max: number];
  blankText: [];
  controlCharacter: [character: string, at: number, bidi: boolean];
  impossibleDate: [date: string, year: number, month: number, days: number];
  badFormat: [value: string, pattern: string, hint: FormatHint | undefined];
  outOfRange: [value: number, min: number | undefined, max: number | undefined];
  tooMany: [count: number, max: number];
  tooFew: [min: number];
  missingField: [key: string];
  missingOneOf: [fields: string];
  unknownField: [key: string, known: string];
  versionFeature: [feature: VersionFeature, kind?: unknown];
  duplicateId: [id: string, firstPath: string];
  unknownParent: [unit: string, parent: string, kind: IdEntry['kind'] | undefined, organization: string];
  cycle: [ids: readonly string[]];
  tooDeep: [unit: string, depth: number];
  unknownSupervised: [who: string, unit: string];
  duplicateSupervised: [who: string, unit: string];
  unknownAfter: [who: string, unit: string];
  unknownLiaison: [who: string, unit: string];
  selfAssist: [who: string];
  unknownAssisted: [who: string, person: string];
  unknownHead: [unit: string, person: string];
  selfQuota: [quota: string];
  unknownQuota: [quota: string, partOf: string];
  partsExceedWhole: [quota: string, count: number, sum: number];
  unknownSource: [source: string];
  unknownTarget: [note: string, target: string];
}

/** A message's name and its values. */
export type Said = { [K in keyof MessageArgs]: [K, ...MessageArgs[K]] }[keyof MessageArgs];

/**
 * Hears one issue at a JSON Pointer; answers whether it has heard enough, so the walk may stop
 * looking (the check of valid data stops at the first issue; the full check after MAX_ISSUES).
 */
export type Report = (path: string, code: IssueCode, said: Said) => boolean;

/** The schema check reports at most this many issues. */
export const MAX_ISSUES = 50;
