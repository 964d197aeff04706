import type { Dataset, Organization, Person, Quota, Source, Unit } from '../model/types.js';
import type { PersonDraft, UnitDraft } from './drafts.js';
import type { Ledger } from './report.js';
import { textOf } from './spans.js';
import type { Span } from './types.js';
import type { Collected } from './walk.js';

const ORG_ID = 'organization';
export { ORG_ID };

/** The dataset from what was collected; every Chinese string in it is a span of the text. */
export function buildDataset(
  text: string,
  ledger: Ledger,
  c: Collected,
  units: readonly UnitDraft[],
  asOf: string,
  nameOption?: string,
): Dataset {
  const zh = (span: Span | undefined): { zh: string } | undefined => {
    if (!span) return undefined;
    ledger.place(span);
    const value = textOf(text, span);
    return value ? { zh: value } : undefined;
  };
  const o = c.org;
  const name = nameOption ? { zh: nameOption } : zh(o.name);
  const organization: Organization = {
    id: ORG_ID,
    name: name ?? { zh: '未命名机构' },
    ...(o.aliases.length ? { aliases: o.aliases.map((a) => ({ name: zh(a.name)!, kind: a.kind })) } : {}),
    ...opt('rank', zh(o.rank)),
    ...opt('category', zh(o.category)),
    ...opt('location', zh(o.location)),
    ...opt('function', zh(o.function)),
    ...opt('description', zh(o.description)),
    ...opt('establishment', zh(o.establishment)),
    ...(o.documents.length
      ? {
          establishingDocuments: o.documents.map((d) => ({
            title: zh(d.title)!,
            ...opt('number', d.number && textOf(text, d.number)),
            ...opt('issuer', zh(d.issuer)),
          })),
        }
      : {}),
    ...(c.duties.length ? { duties: c.duties } : {}),
    ...(c.adjustments.length ? { adjustments: c.adjustments } : {}),
    ...(c.kindStatements.length ? { kindStatements: c.kindStatements } : {}),
  };
  const sources: Source[] = c.references.map((r) => ({
    id: `reference-${r.number}`,
    kind: 'other',
    title: zh(r.title)!,
    ...opt('publisher', zh(r.publisher)),
    ...opt('cited', r.cited),
    citationNumber: r.number,
  }));
  const quotaIds = c.quotas.map((_, i) => `quota-${i + 1}`);
  const quotas: Quota[] = c.quotas.map((q, i) => ({
    id: quotaIds[i]!,
    category: q.category,
    label: zh(q.label)!,
    ...opt('count', q.count),
    ...opt('scope', zh(q.scope)),
    ...opt('partOf', q.partOf !== undefined ? quotaIds[q.partOf] : undefined),
    ...(q.remark ? { remarks: [zh(q.remark)!] } : {}),
  }));
  c.quotas.forEach((quota) => ledger.place(quota.countSpan));
  const people = c.people.map(toPerson);
  return {
    schemaVersion: organization.aliases || people.some(usesVersion2) ? 2 : 1,
    asOf,
    organization,
    units: units.map(toUnit),
    people,
    ...(c.statement || quotas.length ? { staffing: { ...opt('statement', c.statement), quotas } } : {}),
    sources,
  };
}

function toUnit(u: UnitDraft): Unit {
  return {
    id: u.id,
    parentId: u.parentId ?? ORG_ID,
    kind: u.kind,
    name: { zh: u.name },
    ...(u.aliases.length ? { aliases: u.aliases.map((a) => ({ zh: a })) } : {}),
    ...opt('rank', u.rank),
    ...(u.duties.length ? { duties: u.duties } : {}),
  };
}

function toPerson(p: PersonDraft): Person {
  return {
    id: p.id,
    name: { zh: p.name, ...(p.nameEn ? { en: p.nameEn } : {}) },
    posts: p.posts.map((t) => ({
      kind: t.kind,
      title: { zh: t.title, ...(t.titleEn ? { en: t.titleEn } : {}) },
      ...(t.remark ? { rankRemark: { zh: t.remark } } : {}),
    })),
    ...opt('portfolio', p.portfolio ? { zh: p.portfolio } : undefined),
    ...opt('resume', p.resume ? { zh: p.resume } : undefined),
    ...(p.supervises.length
      ? {
          supervises: p.supervises.map((s) => ({
            unitId: s.unitId,
            ...opt('asWritten', s.asWritten ? { zh: s.asWritten } : undefined),
          })),
        }
      : {}),
    ...(p.supervisesOther.length
      ? {
          supervisesOther: p.supervisesOther.map((o) => ({
            text: { zh: o.text },
            kind: o.kind,
            ...opt('afterUnitId', o.afterUnitId),
          })),
        }
      : {}),
    ...(p.liaisons.length
      ? {
          liaisons: p.liaisons.map((l) => ({
            ...opt('unitId', l.unitId),
            ...opt('text', l.text ? { zh: l.text } : undefined),
          })),
        }
      : {}),
    ...(p.assists.length
      ? {
          assists: p.assists.map((a) => ({
            ...opt('personId', a.personId),
            ...opt('whom', a.whom ? { zh: a.whom } : undefined),
            ...opt('scope', a.scope ? { zh: a.scope } : undefined),
          })),
        }
      : {}),
  };
}

/** Whether the person uses a relation only schemaVersion 2 can hold. */
function usesVersion2(p: Person): boolean {
  return (
    p.supervisesOther !== undefined ||
    p.resume !== undefined ||
    p.liaisons !== undefined ||
    p.posts.some((post) => (post.kind !== 'administrative' && post.kind !== 'party') || post.rankRemark) ||
    (p.assists ?? []).some((a) => a.personId === undefined || a.whom !== undefined)
  );
}

/** `{ key: value }`, or nothing when there is no value (optional fields are left out, never empty). */
function opt<K extends string, V>(key: K, value: V | undefined | ''): Partial<Record<K, V>> {
  return value === undefined || value === '' ? {} : ({ [key]: value } as Partial<Record<K, V>>);
}
