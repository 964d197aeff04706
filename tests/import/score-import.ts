import type { Dataset } from '../../src/model/types.js';
import type { ImportReport } from '../../src/import/index.js';

/** The result written by hand for a corpus text (tests/fixtures/import-corpus/*.expected.json). */
export interface Expected {
  readonly organization: string;
  readonly nameOption?: string;
  readonly duties: number;
  readonly units: readonly { name: string; parent: string | null; aliases?: readonly string[] }[];
  readonly people: readonly { name: string; posts: readonly string[] }[];
  readonly supervises: readonly (readonly [string, string])[];
  /** The organisation's second names with their kind (schemaVersion 2), where the text gives any. */
  readonly organizationAliases?: readonly (readonly [string, string])[];
  /** 联系 as [person, unit or body as written] (schemaVersion 2). */
  readonly liaisons?: readonly (readonly [string, string])[];
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  found: number;
  expected: number;
  hit: number;
}

export interface TextScore {
  readonly units: Score;
  readonly people: Score;
  readonly links: Score;
  /** schemaVersion 2 relations: the organisation's second names with their kind, and 联系. */
  readonly relations: Score;
  /** Of the expected units found, the share whose parent is the expected one. */
  readonly parents: number;
  /** Share of the dataset's Chinese strings that are the input's text (whitespace aside). */
  readonly verbatim: number;
  /** Share of letters and digits outside headings that are in the dataset or the report. */
  readonly coverage: number;
  /** Share of them in the dataset alone. */
  readonly placed: number;
  readonly duties: { expected: number; found: number };
  readonly organization: boolean;
  readonly notVerbatim: readonly string[];
}

const compact = (s: string): string => s.replace(/\s+/g, '');

function prf(found: readonly string[], expected: readonly string[]): Score {
  const want = new Set(expected);
  const got = new Set(found);
  const hit = [...got].filter((x) => want.has(x)).length;
  const precision = got.size === 0 ? (want.size === 0 ? 1 : 0) : hit / got.size;
  const recall = want.size === 0 ? 1 : hit / want.size;
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    found: got.size,
    expected: want.size,
    hit,
  };
}

/** Every Chinese string the dataset holds (LocalText.zh values, post titles and 文号 included). */
export function chineseStrings(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => chineseStrings(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string' && (key === 'zh' || key === 'number') && /[\u4e00-\u9fff]/.test(v)) out.push(v);
      else chineseStrings(v, out);
    }
  }
  return out;
}

export function scoreImport(input: string, expected: Expected, dataset: Dataset, report: ImportReport): TextScore {
  const unitName = new Map(dataset.units.map((u) => [u.id, compact(u.name.zh)]));
  const units = prf(
    dataset.units.map((u) => compact(u.name.zh)),
    expected.units.map((u) => compact(u.name)),
  );
  const people = prf(
    dataset.people.map((p) => compact(p.name.zh)),
    expected.people.map((p) => compact(p.name)),
  );
  const links = prf(
    dataset.people.flatMap((p) => (p.supervises ?? []).map((s) => `${compact(p.name.zh)}→${unitName.get(s.unitId)}`)),
    expected.supervises.map(([p, u]) => `${compact(p)}→${compact(u)}`),
  );
  const relations = prf(
    [
      ...(dataset.organization.aliases ?? []).map((a) => `alias:${compact(a.name.zh)}:${a.kind}`),
      ...dataset.people.flatMap((p) =>
        (p.liaisons ?? []).map(
          (l) => `liaison:${compact(p.name.zh)}→${compact(l.text?.zh ?? unitName.get(l.unitId!) ?? '')}`,
        ),
      ),
    ],
    [
      ...(expected.organizationAliases ?? []).map(([name, kind]) => `alias:${compact(name)}:${kind}`),
      ...(expected.liaisons ?? []).map(([p, u]) => `liaison:${compact(p)}→${compact(u)}`),
    ],
  );
  let matched = 0;
  let rightParent = 0;
  for (const want of expected.units) {
    const unit = dataset.units.find((u) => compact(u.name.zh) === compact(want.name));
    if (!unit) continue;
    matched++;
    const parent = unit.parentId === dataset.organization.id ? null : (unitName.get(unit.parentId) ?? '?');
    if (parent === (want.parent === null ? null : compact(want.parent))) rightParent++;
  }
  const source = compact(input);
  const composed = new Set(report.composed.map((c) => compact(c.text)));
  const strings = chineseStrings(dataset);
  const notVerbatim = strings.filter(
    (s) => !source.includes(compact(s)) && !composed.has(compact(s)) && s !== expected.nameOption,
  );
  const { considered, placed, reported } = report.coverage;
  return {
    units,
    people,
    links,
    relations,
    parents: matched === 0 ? 1 : rightParent / matched,
    verbatim: strings.length === 0 ? 1 : (strings.length - notVerbatim.length) / strings.length,
    coverage: considered === 0 ? 1 : (placed + reported) / considered,
    placed: considered === 0 ? 1 : placed / considered,
    duties: { expected: expected.duties, found: dataset.organization.duties?.length ?? 0 },
    organization: compact(dataset.organization.name.zh) === compact(expected.organization),
    notVerbatim,
  };
}

/** Micro-averaged scores over several texts: counts summed, then precision and recall. */
export function corpusF1(scores: readonly { found: number; expected: number; hit: number }[]): number {
  const found = scores.reduce((n, s) => n + s.found, 0);
  const expected = scores.reduce((n, s) => n + s.expected, 0);
  const hit = scores.reduce((n, s) => n + s.hit, 0);
  const p = found === 0 ? (expected === 0 ? 1 : 0) : hit / found;
  const r = expected === 0 ? 1 : hit / expected;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** The texts of the corpus, by file name without extension. */
export const CORPUS = [
  'suzhou-land-resources-bureau',
  'drc-general-office',
  'mnr-sanding-2018-excerpt',
  'yancheng-land-resources-duties',
  'sujiatun-office-leadership',
  'jiading-greening-internal-units',
  'gov-office-sanding-1998-excerpt',
  'anqing-gov-office-internal-units',
  'city-gov-office-sanding-units-staffing',
  'drc-information-center',
  'xishuangbanna-weather-bureau-intro',
  'guizhou-weather-party-office-page',
  'yiwu-gov-office-units-prose',
  'weihai-ocean-office-unit-page',
  'wuchuan-procuratorate-unit-page',
  'shanghai-mayors-portfolio',
  'sxx-supervision-unit-page',
  'suzhou-gov-office-divisions',
  'shahe-amr-sanding',
  'nanxian-housing-bureau-overview',
] as const;

/** The text after the SOURCE line. */
export function bodyOf(file: string): string {
  return file.slice(file.indexOf('\n') + 1);
}
