import { expect } from '@open-wc/testing';
import schema from '../../data/schema.json';
import { compileSchema, SUPPORTED_KEYWORDS, type SchemaNode } from '../../src/model/compile-schema.js';
import { checkSchema } from '../../src/model/check-schema.js';

const compile = (node: object): unknown => compileSchema(node as SchemaNode);

describe('compileSchema, the guard on what the checker implements', () => {
  it('compiles data/schema.json (which the build and every check of a dataset rely on)', () => {
    // Compiled here, not imported from dataset-plan.ts: a keyword the checker does not implement
    // fails this test with the compiler's reason instead of failing every import of the check.
    const plan = compileSchema(schema as unknown as SchemaNode);
    expect(plan[0]!.type).to.equal('object');
    const inlineNodes = (node: SchemaNode): number =>
      (node.$ref === undefined ? 1 : 0) +
      [...Object.values(node.properties ?? {}), ...Object.values(node.$defs ?? {}), ...(node.items ? [node.items] : [])]
        .map(inlineNodes)
        .reduce((a, b) => a + b, 0);
    // Each definition once however many $refs name it, equal inline nodes once.
    expect(plan.length)
      .to.be.greaterThan(20)
      .and.lessThan(inlineNodes(schema as unknown as SchemaNode));
    for (const node of plan) {
      for (const index of [...Object.values(node.properties ?? {}), node.items ?? 0])
        expect(index).to.be.within(0, plan.length - 1);
    }
  });

  for (const keyword of ['const', 'oneOf', 'allOf', 'not', 'if', 'format', 'uniqueItems', 'patternProperties']) {
    it(`refuses a schema that uses ${keyword}, which the checker does not implement`, () => {
      expect(SUPPORTED_KEYWORDS.has(keyword)).to.equal(false);
      const nested = { type: 'object', properties: { a: { type: 'array', items: { [keyword]: {} } } } };
      expect(() => compile(nested)).to.throw(`the keyword ${keyword}`);
      const inDefinition = { $defs: { x: { [keyword]: 1 } }, type: 'object' };
      expect(() => compile(inDefinition)).to.throw(`the keyword ${keyword}`);
    });
  }

  it('refuses the forms of implemented keywords that the checker would not honour', () => {
    const refused: [object, string][] = [
      [{ $defs: { a: { type: 'string' } }, properties: { x: { $ref: '#/$defs/a', maxLength: 3 } } }, '$ref'],
      [{ properties: { x: { $ref: '#/$defs/missing' } } }, 'unresolvable'],
      [{ properties: { x: { $ref: 'other.json#/a' } } }, 'unresolvable'],
      [{ $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } } }, 'leads back'],
      [{ type: 'object', additionalProperties: { type: 'string' } }, 'additionalProperties'],
      [{ type: 'object', anyOf: [{ type: 'object' }] }, 'anyOf'],
      [{ type: 'object', anyOf: [{ required: ['a'], properties: {} }] }, 'anyOf'],
      [{ maxLength: 3 }, 'maxLength'],
      [{ type: 'array', minLength: 1 }, 'minLength'],
      [{ type: 'string', minimum: 1 }, 'minimum'],
      [{ type: 'integer', pattern: '^a' }, 'pattern'],
      [{ type: 'string', pattern: '(' }, 'Invalid regular expression'],
      [{ type: ['string', 'null'] }, 'type'],
      [{ type: 'null' }, 'type'],
    ];
    for (const [node, message] of refused) expect(() => compile(node), JSON.stringify(node)).to.throw(message);
  });

  it('checks a value with a compiled schema as the schema says, through $refs and shared nodes', () => {
    const small = {
      $defs: { name: { type: 'string', minLength: 1 }, names: { type: 'array', items: { $ref: '#/$defs/name' } } },
      type: 'object',
      required: ['a'],
      additionalProperties: false,
      properties: { a: { $ref: '#/$defs/names' }, b: { $ref: '#/$defs/names' }, c: { type: 'integer', maximum: 3 } },
    } as const;
    const issues = checkSchema({ a: ['x', ''], b: [1], c: 4, d: 0 }, small as unknown as SchemaNode);
    expect(issues.map((i) => `${i.path} ${i.code}`)).to.deep.equal([
      '/a/1 too-short',
      '/b/0 wrong-type',
      '/c out-of-range',
      '/d unknown-field',
    ]);
  });
});
