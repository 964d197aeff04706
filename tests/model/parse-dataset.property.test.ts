import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import schemaJson from '../../data/schema.json';
import suzhou from '../../data/suzhou-land-resources-bureau.json';
import { checkSchema, type SchemaNode } from '../../src/model/check-schema.js';
import { resolvePointer } from '../../src/model/check-references.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import type { ParseResult } from '../../src/model/types.js';
import { schemaValidator, type Validate } from '../helpers/ajv.js';
import { smallDataset } from '../fixtures/small-dataset.js';
import { v2Dataset } from '../fixtures/v2-dataset.js';

// Property-based: fast-check draws inputs and shrinks any failure to a smallest case.
// 1. Whatever it is given, parseDataset returns a result and never throws.
// 2. On random mutations of valid datasets, our schema check accepts exactly what ajv accepts.
// 3. Every issue names a place that exists in the input (or its parent, for a missing field).

const schema = schemaJson as unknown as SchemaNode;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function expectWellFormed(result: ParseResult): void {
  expect(result.ok).to.equal(result.issues.length === 0);
  if (result.ok) expect(result.dataset).to.be.an('object');
  for (const issue of result.issues) {
    expect(issue.path === '' || issue.path.startsWith('/'), issue.path).to.equal(true);
    expect(issue.code).to.be.a('string').and.not.equal('');
    expect(issue.message.zh).to.be.a('string').and.not.equal('');
    expect(issue.message.en).to.be.a('string').and.not.equal('');
  }
}

/** Every JSON Pointer in a document, the root included. */
function pointers(value: Json, at = ''): string[] {
  const out = [at];
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value))
      out.push(...pointers(child as Json, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`));
  }
  return out;
}

function setAt(doc: Json, pointer: string, replace: (old: Json | undefined) => Json | undefined): Json {
  if (pointer === '') return replace(doc) ?? null;
  const keys = pointer
    .slice(1)
    .split('/')
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = keys.pop()!;
  const parent = keys.reduce<Json>((node, key) => (node as Record<string, Json>)[key]!, doc) as
    Record<string, Json> | Json[];
  const next = replace((parent as Record<string, Json>)[last]);
  if (next === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else (parent as Record<string, Json>)[last] = next;
  return doc;
}

/** Values that stress the schema: wrong types, edge strings (empty, control characters, schemes), odd numbers. */
const nastyValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    1e21,
    '',
    ' ',
    'x',
    'a-b',
    'A',
    '2024-02-30',
    '2024-13-01',
    '2024-05-01',
    'javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'https://example.gov.cn/a',
    '//example.com/x',
    'data:text/html,x',
    'internal',
    'party',
    'administrative',
    'discrepancy',
    'official',
    'establishment',
    {},
    [],
    [{}],
    { zh: '' },
    { zh: '名' },
    { zh: '名', en: 'Name' },
  ),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

type Mutation = { kind: 'set' | 'delete' | 'add-key'; pick: number; value: Json; key: string };
const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('set' as const, 'delete' as const, 'add-key' as const),
  pick: fc.nat(),
  value: nastyValue,
  key: fc.constantFrom('id', 'zh', 'en', 'parentId', 'kind', 'name', 'extra', 'url', 'photo', 'count'),
});

function mutate(base: Json, mutations: Mutation[]): Json {
  let doc = structuredClone(base);
  for (const m of mutations) {
    const all = pointers(doc);
    const at = all[m.pick % all.length]!;
    if (m.kind === 'set') doc = setAt(doc, at, () => m.value);
    else if (m.kind === 'delete' && at !== '') doc = setAt(doc, at, () => undefined);
    else if (m.kind === 'add-key') {
      doc = setAt(doc, at, (old) =>
        old !== null && typeof old === 'object' && !Array.isArray(old) ? { ...old, [m.key]: m.value } : old,
      );
    }
  }
  return doc;
}

describe('parseDataset, property-based', () => {
  let ajv: Validate;
  before(async () => {
    ajv = await schemaValidator();
  });

  it('never throws and always returns a well-formed result, for any value or text', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withMap: true,
          withSet: true,
          withDate: true,
          withTypedArray: true,
          withSparseArray: true,
          withNullPrototype: true,
        }),
        (value) => {
          expectWellFormed(parseDataset(value));
        },
      ),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'grapheme' })), (text) => {
        expectWellFormed(parseDataset(text));
      }),
      { numRuns: 400 },
    );
  });

  for (const [name, base] of [
    ['the small fixture', smallDataset()],
    ['the schemaVersion 2 fixture', v2Dataset()],
    ['the Suzhou dataset', suzhou],
  ] as const) {
    it(`accepts exactly what the schema accepts, on random mutations of ${name}`, () => {
      fc.assert(
        fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (mutations) => {
          const doc = mutate(base as Json, mutations);
          const ours = checkSchema(doc, schema);
          const theirs = ajv(doc);
          if ((ours.length === 0) !== theirs) {
            throw new Error(
              `schema disagreement: ajv ${theirs ? 'accepts' : 'rejects'}, ` +
                `ours ${ours.length === 0 ? 'accepts' : 'rejects'} ` +
                `(${ours.map((i) => `${i.path} ${i.code}`).join('; ')}; ` +
                `ajv: ${JSON.stringify(ajv.errors?.slice(0, 3))})`,
            );
          }
          const result = parseDataset(doc);
          expectWellFormed(result);
          if (!theirs) expect(result.ok, 'parse accepted what the schema rejects').to.equal(false);
          for (const issue of result.issues) {
            const parent = issue.path.slice(0, Math.max(0, issue.path.lastIndexOf('/')));
            const found = resolvePointer(doc, issue.path) !== undefined || resolvePointer(doc, parent) !== undefined;
            expect(found, `${issue.code} at ${issue.path} names no place in the input`).to.equal(true);
          }
        }),
        { numRuns: name === 'the Suzhou dataset' ? 100 : 400 },
      );
    });
  }

  it('returns the same answer for a value and for its JSON text', () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { maxLength: 3 }), (mutations) => {
        const doc = mutate(smallDataset() as Json, mutations);
        // A string is itself read as JSON text, so only non-string documents have a "text form".
        fc.pre(typeof doc !== 'string');
        const fromValue = parseDataset(doc);
        const fromText = parseDataset(JSON.stringify(doc));
        expect(fromText.ok).to.equal(fromValue.ok);
        expect(fromText.issues.map((i) => `${i.path} ${i.code}`)).to.deep.equal(
          fromValue.issues.map((i) => `${i.path} ${i.code}`),
        );
      }),
      { numRuns: 200 },
    );
  });
});
