import type { DataIssue, LocalText } from '../model/types.js';
import { both, ORGANIZATION_FIELD_LABELS } from './labels.js';
import { ORGANIZATION_TEXT_FIELDS, type FieldRef } from './types.js';

type Loose = Record<string, unknown>;
const index = (segment: string | undefined): number =>
  segment !== undefined && /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : -1;
const item = (doc: unknown, list: string, i: number): Loose | undefined => {
  const array = (doc as Loose | null)?.[list];
  const value = Array.isArray(array) ? array[i] : undefined;
  return value !== null && typeof value === 'object' ? (value as Loose) : undefined;
};
const idOf = (value: Loose | undefined): string | undefined => (typeof value?.id === 'string' ? value.id : undefined);

const UNIT_FIELDS: Record<string, 'name' | 'aliases' | 'kind' | 'parent'> = {
  name: 'name',
  aliases: 'aliases',
  kind: 'kind',
  parentId: 'parent',
};
const PERSON_FIELDS: Record<string, 'name' | 'posts' | 'portfolio' | 'resume' | 'supervises'> = {
  name: 'name',
  romanizedName: 'name',
  posts: 'posts',
  portfolio: 'portfolio',
  resume: 'resume',
  supervises: 'supervises',
};
const SOURCE_FIELDS: Record<string, 'title' | 'publisher' | 'url' | 'retrieved'> = {
  title: 'title',
  publisher: 'publisher',
  url: 'url',
  retrieved: 'retrieved',
};

/**
 * The form field an issue of `parseDataset` concerns, from its JSON pointer (e.g. /units/3/name/zh
 * is the name field of the fourth unit, found by its id so it survives reordering).
 */
export function fieldForPath(dataset: unknown, path: string): FieldRef {
  const [area, a, b, c] = path
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (area === 'asOf') return { area: 'as-of' };
  if (area === 'organization' && a !== undefined) {
    if (a === 'duties' && index(b) >= 0) return { area: 'duty', owner: 'organization', index: index(b) };
    return {
      area: 'organization',
      field:
        (ORGANIZATION_TEXT_FIELDS as readonly string[]).includes(a) || a === 'website' || a === 'duties' ? a : 'other',
    };
  }
  const id =
    area === 'units' || area === 'people' || area === 'sources' ? idOf(item(dataset, area, index(a))) : undefined;
  if (id === undefined) return { area: 'dataset' };
  if (area === 'units') {
    if (b === 'duties' && index(c) >= 0) return { area: 'duty', owner: { unitId: id }, index: index(c) };
    return { area: 'unit', id, field: (b && UNIT_FIELDS[b]) || 'other' };
  }
  if (area === 'people') return { area: 'person', id, field: (b && PERSON_FIELDS[b]) || 'other' };
  return { area: 'source', id, field: (b && SOURCE_FIELDS[b]) || 'other' };
}

export const fieldForIssue = (dataset: unknown, issue: DataIssue): FieldRef => fieldForPath(dataset, issue.path);

/** A stable key for a form field, for the page to mark its input with (never shown). */
export function fieldKey(ref: FieldRef): string {
  switch (ref.area) {
    case 'organization':
      return `organization:${ref.field}`;
    case 'unit':
      return `unit:${ref.id}:${ref.field}`;
    case 'duty':
      return `duty:${ref.owner === 'organization' ? 'organization' : `unit/${ref.owner.unitId}`}:${ref.index}`;
    case 'person':
      return `person:${ref.id}:${ref.field}`;
    case 'source':
      return `source:${ref.id}:${ref.field}`;
    default:
      return ref.area;
  }
}

const UNIT_WORDS = {
  name: ['名称', 'name'],
  aliases: ['其他名称', 'other names'],
  kind: ['类别', 'kind'],
  parent: ['上级机构', 'parent unit'],
  other: ['其他信息', 'other details'],
} as const;
const PERSON_WORDS = {
  name: ['姓名', 'name'],
  posts: ['职务', 'posts'],
  portfolio: ['工作分工', 'portfolio'],
  resume: ['简历', 'résumé'],
  supervises: ['分管机构', 'supervised units'],
  other: ['其他信息', 'other details'],
} as const;
const SOURCE_WORDS = {
  title: ['标题', 'title'],
  publisher: ['发布者', 'publisher'],
  url: ['网址', 'address'],
  retrieved: ['查阅日期', 'date read'],
  other: ['其他信息', 'other details'],
} as const;

/** Where a field is, in words, for the list of issues ("“办公室”的名称"). */
export function describeField(dataset: unknown, ref: FieldRef): LocalText {
  const named = (list: string, id: string) =>
    both(
      ((((dataset as Loose | null)?.[list] as Loose[] | undefined) ?? []).find((x) => x?.id === id)
        ?.name as LocalText) ?? { zh: '', en: '' },
    );
  const titled = (id: string) =>
    both(
      ((((dataset as Loose | null)?.sources as Loose[] | undefined) ?? []).find((x) => x?.id === id)
        ?.title as LocalText) ?? { zh: '', en: '' },
    );
  switch (ref.area) {
    case 'organization': {
      const label = ORGANIZATION_FIELD_LABELS[ref.field as keyof typeof ORGANIZATION_FIELD_LABELS] ?? {
        zh: '其他信息',
        en: 'other details',
      };
      return { zh: `本机构的${label.zh}`, en: `The organisation's ${label.en.toLowerCase()}` };
    }
    case 'unit': {
      const n = named('units', ref.id);
      const [zh, en] = UNIT_WORDS[ref.field];
      return { zh: `机构“${n.zh}”的${zh}`, en: `Unit “${n.en}”: ${en}` };
    }
    case 'duty': {
      if (ref.owner === 'organization')
        return { zh: `本机构主要职责第 ${ref.index + 1} 条`, en: `Main responsibility ${ref.index + 1}` };
      const n = named('units', ref.owner.unitId);
      return { zh: `机构“${n.zh}”的第 ${ref.index + 1} 条职责`, en: `Unit “${n.en}”: duty ${ref.index + 1}` };
    }
    case 'person': {
      const n = named('people', ref.id);
      const [zh, en] = PERSON_WORDS[ref.field];
      return { zh: `领导“${n.zh}”的${zh}`, en: `Leader “${n.en}”: ${en}` };
    }
    case 'source': {
      const t = titled(ref.id);
      const [zh, en] = SOURCE_WORDS[ref.field];
      return { zh: `来源“${t.zh}”的${zh}`, en: `Source “${t.en}”: ${en}` };
    }
    case 'as-of':
      return { zh: '数据日期', en: 'As-of date' };
    default:
      return { zh: '数据集中本页不编辑的部分', en: 'A part of the dataset this page does not edit' };
  }
}

/**
 * An issue message in the forms' words: every JSON pointer in it ("/people/2/posts/0/kind …")
 * is replaced by where that field is ("领导“张焱”的职务"), since the page never shows pointers.
 */
export function plainMessage(dataset: unknown, message: string, lang: 'zh' | 'en'): string {
  return message.replace(
    /(?<![\w.:/])\/(?:organization|units|people|sources|notes|staffing|asOf|schemaVersion)(?:\/[^\s/，。；：:,;)）"”]+)*/g,
    (path) => {
      const ref = fieldForPath(dataset, path);
      return ref.area === 'dataset'
        ? lang === 'zh'
          ? '数据集'
          : 'the dataset'
        : (describeField(dataset, ref)[lang] ?? '');
    },
  );
}
