import { expect } from '@open-wc/testing';
import suzhou from '../../data/suzhou-land-resources-bureau.json';
import { validateDataset, validateInSteps } from '../../src/model/validate-dataset.js';
import { parseDataset, parseInSteps } from '../../src/model/parse-dataset.js';
import { isProduced } from '../../src/model/trusted.js';
import type { IssueCode } from '../../src/model/types.js';
import { badFixtures } from '../fixtures/bad-datasets.js';
import { smallDataset } from '../fixtures/small-dataset.js';
import { syntheticOrg } from '../fixtures/synthetic-org.js';
import { v2Dataset } from '../fixtures/v2-dataset.js';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.js';

// The elements check a portal's data with validateDataset (no messages) and load parseDataset only
// for data it finds invalid: the two must agree on every input, and give the same dataset.

const ALL_CODES = [
  'not-json',
  'not-utf8',
  'wrong-type',
  'missing-field',
  'unknown-field',
  'not-allowed-value',
  'bad-format',
  'too-short',
  'too-long',
  'too-many',
  'too-few',
  'out-of-range',
  'duplicate-id',
  'unknown-parent',
  'cycle',
  'too-deep',
  'unknown-unit',
  'unknown-person',
  'duplicate-reference',
  'self-reference',
  'unknown-quota',
  'parts-exceed-whole',
  'unknown-source',
  'unknown-target',
  'unreadable',
  'blank-text',
  'control-character',
  'impossible-date',
  'newer-version',
  'version-feature',
] as const satisfies readonly IssueCode[];
// Fails to compile when an issue code is added and not listed here.
const everyCode: [Exclude<IssueCode, (typeof ALL_CODES)[number]>] extends [never] ? true : false = true;

type Json = Record<string, any>;
const copy = (): Json => JSON.parse(JSON.stringify(suzhou)) as Json;
const change = (base: () => Json, edit: (d: Json) => void) => (): unknown => {
  const data = base();
  edit(data);
  return data;
};

/** Mistakes the bad-dataset fixtures leave out, and a second way to make some codes. */
const HAND_MADE: readonly (readonly [string, () => unknown])[] = [
  ['GBK bytes', () => new Uint8Array([0x7b, 0xc4, 0xe3, 0x7d])],
  ['empty text', () => ' \n'],
  [
    'a property that throws',
    () => ({
      get schemaVersion(): never {
        throw new Error('boom');
      },
    }),
  ],
  ['a cyclic object', change(copy, (d) => (d.units[0].name = d))],
  ['a head not in people', change(copy, (d) => (d.units[0].heads = [{ personId: 'nobody' }]))],
  ['a quota part of itself', change(smallDataset, (d) => (d.staffing.quotas[0].partOf = 'admin-posts'))],
  ['a liaison with an unknown unit', change(v2Dataset, (d) => (d.people[0].liaisons = [{ unitId: 'nowhere' }]))],
  ['person assisting themselves', change(copy, (d) => (d.people[1].assists = [{ personId: d.people[1].id }]))],
  ['over MAX_ISSUES schema issues', change(copy, (d) => d.units.forEach((u: Json) => ((u.kind = 7), (u.x = 1))))],
  ['many unknown sources', change(copy, (d) => d.units.forEach((u: Json) => (u.sourceIds = ['a-1', 'b-2', 'c-3'])))],
  ['schemaVersion 2.5', change(copy, (d) => (d.schemaVersion = 2.5))],
  ['JSON text cut short', () => JSON.stringify(suzhou).slice(0, 999)],
  ['the dataset as text', () => JSON.stringify(suzhou)],
  ['the dataset as bytes', () => new TextEncoder().encode(JSON.stringify(suzhou))],
  ['a synthetic organisation', () => syntheticOrg(300, 3)],
];

/** A small seeded generator (mulberry32), so a failure names a case that can be run again. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD_VALUES: readonly unknown[] = [
  null,
  0,
  -1,
  1.5,
  1e9,
  '',
  ' ',
  'x\u0001y',
  'a\u202eb',
  'Bad Id',
  '2023-02-30',
  '2024-02-29',
  'javascript:alert(1)',
  true,
  [],
  {},
  'x'.repeat(3000),
  'no-such-id',
  { zh: '' },
  [{}],
  1,
  2,
  3,
];

/** Changes one place of `d` at random: removes it, replaces it, repeats it, or points it elsewhere. */
function mutate(d: Json, next: () => number): void {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const places: [Json, string][] = [];
  const ids: string[] = [];
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    for (const [k, child] of Object.entries(v)) {
      places.push([v as Json, k]);
      if (k === 'id' && typeof child === 'string') ids.push(child);
      walk(child);
    }
  };
  walk(d);
  const [parent, key] = pick(places);
  const op = Math.floor(next() * 8);
  if (op === 0) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (op <= 2) parent[key] = pick(ODD_VALUES);
  else if (op === 3) parent[key] = pick(ids);
  else if (op === 4 && Array.isArray(parent)) parent.push(JSON.parse(JSON.stringify(parent[Number(key)])));
  else if (op === 5) pick(d.units as Json[]).parentId = pick(d.units as Json[]).id;
  else if (op === 6) d.schemaVersion = pick([1, 2, 3]);
  else if (typeof parent[key] === 'string') parent[key] += pick(['\u0007', '\u2066', ' ', '/']);
  else parent[key] = 'no-such-id';
}

const deeplyFrozen = (v: unknown): boolean =>
  v === null || typeof v !== 'object' || (Object.isFrozen(v) && Object.values(v).every(deeplyFrozen));

/** Both checks on the same input: the same verdict and, for valid data, the same frozen dataset. */
function expectAgreement(name: string, input: () => unknown): IssueCode[] {
  const full = parseDataset(input());
  const fast = validateDataset(input());
  expect(fast.ok, name).to.equal(full.ok);
  if (!full.ok) return full.issues.map((issue) => issue.code);
  if (!fast.ok) return [];
  expect(fast.dataset, name).to.deep.equal(full.dataset);
  expect(deeplyFrozen(fast.dataset), name).to.equal(true);
  expect(isProduced(fast.dataset), name).to.equal(true);
  return [];
}

describe('validateDataset', () => {
  it('agrees with parseDataset on every fixture and names every issue code among them', () => {
    expect(everyCode).to.equal(true);
    const seen = new Set<IssueCode>();
    const inputs: (readonly [string, () => unknown])[] = [
      ...badFixtures.map((b) => [b.mistake, b.input] as [string, () => unknown]),
      ...HAND_MADE,
      ['small', smallDataset],
      ['v2', v2Dataset],
      ['suzhou', copy],
      ...XSS_PAYLOADS.map((p) => [p, change(smallDataset, (d) => (d.units[0].name.zh = p))] as [string, () => unknown]),
    ];
    for (const [name, input] of inputs) for (const code of expectAgreement(name, input)) seen.add(code);
    expect([...seen].sort()).to.deep.equal([...ALL_CODES].sort());
  });

  it('agrees with parseDataset on 100 seeded mutations of the bundled dataset, as objects, text and bytes', () => {
    const next = random(20261202);
    let valid = 0;
    for (let i = 0; i < 100; i++) {
      const data = copy();
      const changes = 1 + Math.floor(next() * 3);
      for (let c = 0; c < changes; c++) mutate(data, next);
      const text = JSON.stringify(data);
      const form = i % 3;
      const input = (): unknown => (form === 0 ? JSON.parse(text) : form === 1 ? text : new TextEncoder().encode(text));
      if (expectAgreement(`mutation ${i}: ${text.length} characters`, input).length === 0) valid++;
    }
    // Some mutations keep the data valid (a repeated string, a changed order): both kinds are compared.
    expect(valid).to.be.within(5, 95);
  });

  it('pauses where parseInSteps pauses', () => {
    const count = (steps: Generator<void, unknown, void>): number => {
      let n = 0;
      while (!steps.next().done) n++;
      return n;
    };
    for (const input of [suzhou, '{', { schemaVersion: 9 }, JSON.stringify(smallDataset())])
      expect(count(validateInSteps(input))).to.equal(count(parseInSteps(input)));
  });

  it('hands back a dataset parseDataset then accepts as it is', () => {
    const result = validateDataset(copy());
    expect(result.ok).to.equal(true);
    if (result.ok) expect(parseDataset(result.dataset).dataset).to.equal(result.dataset);
  });
});

describe('the check of valid data', () => {
  // What validate-dataset.ts reaches (dataset-plan.ts is replaced by the compiled plan in the build).
  const reached = async (): Promise<Map<string, string>> => {
    const sources = new Map<string, string>();
    const visit = async (file: string): Promise<void> => {
      if (sources.has(file)) return;
      const source = await (await fetch(new URL(`../../src/model/${file}`, import.meta.url))).text();
      sources.set(file, source);
      if (file === 'dataset-plan.ts') return;
      // The served module is compiled: type-only imports are gone, and a specifier may carry a query.
      for (const m of source.matchAll(/(?:from|import)\s*['"]\.\/([\w-]+)\.(?:js|ts)(?:\?[^'"]*)?['"]/g))
        await visit(`${m[1]}.ts`);
    };
    await visit('validate-dataset.ts');
    return sources;
  };

  it('imports no message module', async () => {
    const files = [...(await reached()).keys()];
    expect(files).to.include.members(['walk-schema.ts', 'check-references.ts', 'check-tree.ts', 'check-version.ts']);
    for (const messages of ['messages.ts', 'schema-messages.ts', 'issue-messages.ts'])
      expect(files, messages).not.to.include(messages);
  });

  it('carries no Chinese or English message text outside comments', async () => {
    for (const [file, source] of await reached()) {
      const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      expect(/[\u4e00-\u9fff]/.test(code), file).to.equal(false);
      // Messages are sentences; the walkers name messages in camelCase instead.
      expect(code.match(/['"`][A-Z][a-z]+ [a-z]+ [a-z]+[^'"`]*['"`]/g) ?? [], file).to.deep.equal([]);
    }
  });
});
