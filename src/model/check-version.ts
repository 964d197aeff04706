import type { DataIssue } from './types.js';
import { issue, pointer } from './messages.js';
import { hasOwn } from './json-value.js';

/** The newest schemaVersion this package reads. */
export const SUPPORTED_SCHEMA_VERSION = 2;

/**
 * A dataset written for a newer gov-org-elements: one clear issue instead of a list of fields
 * this version does not know. Runs before the schema check, on any value.
 */
export function checkNewerVersion(value: unknown): DataIssue | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const version = (value as Record<string, unknown>)['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version <= SUPPORTED_SCHEMA_VERSION)
    return undefined;
  return issue('/schemaVersion', 'newer-version', {
    zh:
      `此数据集需要更新版本的 gov-org-elements（schemaVersion ${version}）；` +
      `本版本只能读取 schemaVersion ${SUPPORTED_SCHEMA_VERSION} 及以下的数据集，请升级 gov-org-elements`,
    en:
      `This dataset needs a newer gov-org-elements (schemaVersion ${version}); this version reads datasets ` +
      `up to schemaVersion ${SUPPORTED_SCHEMA_VERSION}. Upgrade gov-org-elements`,
  });
}

type Json = Readonly<Record<string, unknown>>;
const list = (value: unknown): readonly Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const V1_POST_KINDS: ReadonlySet<unknown> = new Set(['administrative', 'party']);

/**
 * Version-2 fields in a dataset that says schemaVersion 1, each named by its JSON Pointer. Runs on
 * a value that passed the schema, so shapes can be trusted; the schema alone cannot tie a field to
 * the version the dataset claims.
 */
export function checkVersionFeatures(value: Json): DataIssue[] {
  if (value['schemaVersion'] !== 1) return [];
  const found: DataIssue[] = [];
  const flag = (path: string, what: { zh: string; en: string }): void => {
    found.push(
      issue(path, 'version-feature', {
        zh: `${path} ${what.zh}是 schemaVersion 2 才有的内容，而数据集写的是 schemaVersion 1；请把 schemaVersion 改为 2`,
        en:
          `${path}: ${what.en} is a schemaVersion 2 feature, but the dataset says schemaVersion 1; ` +
          'set schemaVersion to 2',
      }),
    );
  };
  const field = (obj: Json, key: string, at: string, what: { zh: string; en: string }): void => {
    if (hasOwn(obj, key)) flag(pointer(at, key), what);
  };
  const org = (value['organization'] ?? {}) as Json;
  field(org, 'aliases', '/organization', { zh: '（机关的其他名称）', en: "the organisation's other names (aliases)" });
  // Thousands of units: a unit's path is only written when it has the field.
  list(value['units']).forEach((unit, i) => {
    if (hasOwn(unit, 'heads')) field(unit, 'heads', `/units/${i}`, { zh: '（机构负责人）', en: 'unit heads (heads)' });
  });
  list(value['people']).forEach((person, i) => {
    const at = `/people/${i}`;
    field(person, 'supervisesOther', at, {
      zh: '（不是机构的分管事项）',
      en: 'supervised items that are not units (supervisesOther)',
    });
    field(person, 'liaisons', at, { zh: '（联系）', en: 'liaisons' });
    list(person['posts']).forEach((post, j) => {
      if (!V1_POST_KINDS.has(post['kind']))
        flag(`${at}/posts/${j}/kind`, {
          zh: `（职务类别 ${JSON.stringify(post['kind'])}）`,
          en: `the post kind ${JSON.stringify(post['kind'])}`,
        });
      field(post, 'body', `${at}/posts/${j}`, { zh: '（职务所属机关）', en: 'the body a post belongs to (body)' });
      field(post, 'rankRemark', `${at}/posts/${j}`, { zh: '（职级说明）', en: 'a rank remark (rankRemark)' });
    });
    list(person['assists']).forEach((assist, j) => {
      if (!hasOwn(assist, 'personId'))
        flag(`${at}/assists/${j}`, { zh: '（未指明人员的协助）', en: 'assisting without a personId' });
      field(assist, 'whom', `${at}/assists/${j}`, { zh: '（协助对象的写法）', en: 'whom assisted, as written (whom)' });
    });
  });
  list(value['sources']).forEach((source, i) => {
    field(source, 'number', `/sources/${i}`, { zh: '（来源文号）', en: "a source's own document number (number)" });
    field(source, 'date', `/sources/${i}`, { zh: '（来源日期）', en: "a source's own date (date)" });
  });
  return found;
}
