import { expect } from '@open-wc/testing';
import { parseDataset } from '../../src/model/parse-dataset.js';
import { checkSchema, MAX_ISSUES, type SchemaNode } from '../../src/model/check-schema.js';
import { smallDataset } from '../fixtures/small-dataset.js';
import { syntheticOrg } from '../fixtures/synthetic-org.js';
import { badFixtures } from '../fixtures/bad-datasets.js';
import { schemaValidator } from '../helpers/ajv.js';

const hasChinese = (text: string): boolean => /[\u4e00-\u9fff]/.test(text);

describe('parseDataset', () => {
  it('accepts a valid dataset and returns a frozen copy', () => {
    const input = smallDataset();
    const result = parseDataset(input);
    expect(result.issues).to.deep.equal([]);
    expect(result.ok).to.equal(true);
    const data = result.dataset!;
    expect(data.units.map((u) => u.id)).to.deep.equal(['office', 'planning-division', 'survey-team', 'east-branch']);
    expect(Object.isFrozen(data.units[1]!.duties![0]!.text)).to.equal(true);
    input.units[0].name.zh = '已被修改';
    expect(data.units[0]!.name.zh).to.equal('办公室');
  });

  it('freezes every object and array of a dataset read from text or bytes (checked and frozen in one walk)', () => {
    const text = JSON.stringify(smallDataset());
    for (const input of [text, new TextEncoder().encode(text)]) {
      const unfrozen: string[] = [];
      const visit = (value: unknown, path: string): void => {
        if (value === null || typeof value !== 'object') return;
        if (!Object.isFrozen(value)) unfrozen.push(path);
        for (const [key, child] of Object.entries(value)) visit(child, `${path}/${key}`);
      };
      visit(parseDataset(input).dataset, '');
      expect(unfrozen).to.deep.equal([]);
    }
  });

  it('reads a JSON string the same way as the parsed value', () => {
    const fromText = parseDataset(JSON.stringify(smallDataset()));
    expect(fromText.ok).to.equal(true);
    expect(fromText.dataset).to.deep.equal(parseDataset(smallDataset()).dataset);
  });

  it(`has a corpus of at least 25 distinct mistakes`, () => {
    expect(badFixtures.length).to.be.at.least(25);
    expect(new Set(badFixtures.map((f) => f.mistake)).size).to.equal(badFixtures.length);
  });

  for (const fixture of badFixtures) {
    it(`reports ${fixture.code} at ${fixture.path || 'the root'} when ${fixture.mistake}`, () => {
      const result = parseDataset(fixture.input());
      expect(result.ok).to.equal(false);
      const found = result.issues.find((i) => i.path === fixture.path && i.code === fixture.code);
      expect(found, JSON.stringify(result.issues.slice(0, 3))).to.exist;
      expect(hasChinese(found!.message.zh), found!.message.zh).to.equal(true);
      expect(found!.message.en).to.match(/^[\x20-\x7e\u2013\u2026\u2192\u221e]+$/u);
      for (const word of fixture.mentions) {
        expect(found!.message.zh).to.contain(word);
        expect(found!.message.en).to.contain(word);
      }
    });
  }

  it('caps the issue list so a badly broken file cannot flood the page', () => {
    const data = smallDataset();
    data.units = Array.from({ length: 500 }, () => ({ id: 'Bad Id' }));
    const result = parseDataset(data);
    expect(result.issues.length).to.equal(MAX_ISSUES);
  });

  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = smallDataset();
    cyclic['organization'] = cyclic;
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    const getter = smallDataset();
    Object.defineProperty(getter, 'units', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const inputs: unknown[] = [
      undefined,
      NaN,
      Infinity,
      0,
      true,
      Symbol('x'),
      10n,
      () => 1,
      '',
      ' ',
      '[]',
      '"text"',
      'null',
      '{"__proto__": {"polluted": true}}',
      new Date(),
      new Map(),
      cyclic,
      deep,
      hostile,
      getter,
      { ...smallDataset(), units: deep },
      { ...smallDataset(), organization: deep },
      '{'.repeat(100_000),
      JSON.stringify({ ...smallDataset(), asOf: 'x'.repeat(1_000_000) }),
    ];
    for (const input of inputs) {
      const result = parseDataset(input);
      expect(result.ok).to.equal(false);
      expect(result.issues.length).to.be.greaterThan(0);
    }
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });
});

describe('parseDataset and data/schema.json agree', () => {
  it('both accept the valid fixture', async () => {
    const validate = await schemaValidator();
    expect(validate(smallDataset()), JSON.stringify(validate.errors)).to.equal(true);
    expect(parseDataset(smallDataset()).ok).to.equal(true);
  });

  for (const fixture of badFixtures.filter((f) => typeof f.input() !== 'string')) {
    it(
      `${fixture.schemaRejects ? 'both reject' : 'only the reference checks reject'}: ` + `${fixture.mistake}`,
      async () => {
        const validate = await schemaValidator();
        const input = fixture.input();
        expect(validate(input)).to.equal(!fixture.schemaRejects);
        if (fixture.schemaRejects) {
          const paths = (validate.errors ?? []).map((e) => e.instancePath);
          const ours = parseDataset(input).issues.map((i) => i.path);
          // ajv reports a missing field at its parent object; we point at the field itself.
          expect(ours.some((p) => paths.includes(p) || paths.includes(p.replace(/\/[^/]*$/, '')))).to.equal(true);
        }
      },
    );
  }
});

describe('the tree check', () => {
  /** A 300-unit org with a two-unit cycle and a 70-deep chain; optionally a person sharing a unit's id. */
  const broken = (duplicate: boolean): unknown => {
    const data = syntheticOrg(300, 5) as { units: { id: string; parentId: string }[]; people: unknown[] };
    const units = data.units;
    [units[5]!.parentId, units[6]!.parentId] = [units[6]!.id, units[5]!.id];
    for (let i = 101; i < 175; i++) units[i]!.parentId = units[i - 1]!.id;
    if (duplicate) data.people = [{ id: units[250]!.id, name: { zh: '张三' }, posts: [] }];
    return data;
  };

  it('reports cycles and units too deep the same whether or not an id is also used twice', () => {
    const tree = (duplicate: boolean) =>
      parseDataset(broken(duplicate)).issues.filter((i) => i.code === 'cycle' || i.code === 'too-deep');
    const unique = tree(false);
    expect(unique.map((i) => i.code)).to.include.members(['cycle', 'too-deep']);
    expect(tree(true)).to.deep.equal(unique);
    expect(parseDataset(broken(true)).issues.map((i) => i.code)).to.include('duplicate-id');
  });
});

describe('checkSchema', () => {
  const schema: SchemaNode = {
    type: 'object',
    properties: { list: { type: 'array', items: { type: 'object' } }, free: { type: 'array' } },
  };

  it('freezes what it checked and what the schema leaves open, only when asked to', () => {
    const value = { list: [{ a: { b: [1] } }], free: [{ c: {} }], other: { d: [] } };
    expect(checkSchema(value, schema)).to.deep.equal([]);
    expect(Object.isFrozen(value)).to.equal(false);
    expect(checkSchema(value, schema, { freeze: true })).to.deep.equal([]);
    for (const part of [value, value.list, value.list[0]!.a.b, value.free[0]!.c, value.other.d])
      expect(Object.isFrozen(part)).to.equal(true);
  });

  it('reports a wrong value without walking into it, however deep it is nested', () => {
    let deep: unknown = [];
    for (let k = 0; k < 100_000; k++) deep = { k: deep };
    const value = { list: { not: deep } };
    expect(checkSchema(value, schema, { freeze: true }).map((i) => i.code)).to.deep.equal(['wrong-type']);
  });
});
