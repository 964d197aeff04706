import { expect } from '@open-wc/testing';
import schema from '../../data/schema.json';
import { SUPPORTED_KEYWORDS } from '../../src/model/check-schema.js';

/**
 * Collects every keyword used anywhere in the schema (property names under `properties`/`$defs`
 * are names, not keywords).
 */
function keywordsOf(node: unknown, out = new Set<string>()): Set<string> {
  if (node === null || typeof node !== 'object') return out;
  for (const [key, value] of Object.entries(node)) {
    out.add(key);
    if (key === 'properties' || key === '$defs') Object.values(value as object).forEach((sub) => keywordsOf(sub, out));
    else if (key === 'items' || key === 'additionalProperties') keywordsOf(value, out);
  }
  return out;
}

describe('data/schema.json', () => {
  it('uses only keywords the runtime checker interprets', () => {
    const unsupported = [...keywordsOf(schema)].filter((k) => !SUPPORTED_KEYWORDS.has(k));
    expect(unsupported).to.deep.equal([]);
  });

  it('uses anyOf only as "at least one of these fields", the one form the checker interprets', () => {
    const defs = Object.values((schema as { $defs: Record<string, { anyOf?: object[] }> }).$defs);
    const branches = defs.flatMap((d) => d.anyOf ?? []);
    expect(branches.length).to.be.greaterThan(0);
    for (const branch of branches) expect(Object.keys(branch)).to.deep.equal(['required']);
  });

  it('is a 2020-12 schema that ajv compiles in strict mode', async () => {
    const { default: mod } = await import('/__test__/ajv2020.js' as string);
    const Ajv2020 = (mod.default ?? mod) as new (opts: object) => { compile(s: object): unknown };
    const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true }); // see tests/helpers/ajv.ts
    expect(() => ajv.compile(schema)).not.to.throw();
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
  });
});
