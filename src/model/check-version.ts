import type { Report, VersionFeature } from './report.js';
import { hasOwn, pointer } from './json-value.js';

/** The newest schemaVersion this package reads. */
export const SUPPORTED_SCHEMA_VERSION = 2;

/**
 * A dataset written for a newer gov-org-elements: one clear issue instead of a list of fields
 * this version does not know. Runs before the schema check, on any value; answers whether it
 * reported.
 */
export function checkNewerVersion(value: unknown, report: Report): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const version = (value as Record<string, unknown>)['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version <= SUPPORTED_SCHEMA_VERSION) return false;
  report('/schemaVersion', 'newer-version', ['newerVersion', version]);
  return true;
}

type Json = Readonly<Record<string, unknown>>;
const list = (value: unknown): readonly Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const V1_POST_KINDS: ReadonlySet<unknown> = new Set(['administrative', 'party']);

/**
 * Reports version-2 fields in a dataset that says schemaVersion 1, each at its JSON Pointer. Runs
 * on a value that passed the schema, so shapes can be trusted; the schema alone cannot tie a field
 * to the version the dataset claims.
 */
export function checkVersionFeatures(value: Json, report: Report): void {
  if (value['schemaVersion'] !== 1) return;
  const flag = (path: string, feature: VersionFeature, kind?: unknown): void => {
    report(path, 'version-feature', ['versionFeature', feature, kind]);
  };
  const field = (obj: Json, key: VersionFeature, at: string): void => {
    if (hasOwn(obj, key)) flag(pointer(at, key), key);
  };
  field((value['organization'] ?? {}) as Json, 'aliases', '/organization');
  // Thousands of units: a unit's path is only written when it has the field.
  list(value['units']).forEach((unit, i) => {
    if (hasOwn(unit, 'heads')) field(unit, 'heads', `/units/${i}`);
  });
  list(value['people']).forEach((person, i) => {
    const at = `/people/${i}`;
    field(person, 'supervisesOther', at);
    field(person, 'liaisons', at);
    field(person, 'resume', at);
    list(person['posts']).forEach((post, j) => {
      if (!V1_POST_KINDS.has(post['kind'])) flag(`${at}/posts/${j}/kind`, 'postKind', post['kind']);
      field(post, 'body', `${at}/posts/${j}`);
      field(post, 'rankRemark', `${at}/posts/${j}`);
    });
    list(person['assists']).forEach((assist, j) => {
      if (!hasOwn(assist, 'personId')) flag(`${at}/assists/${j}`, 'noPersonId');
      field(assist, 'whom', `${at}/assists/${j}`);
    });
  });
  list(value['sources']).forEach((source, i) => {
    field(source, 'number', `/sources/${i}`);
    field(source, 'date', `/sources/${i}`);
  });
}
