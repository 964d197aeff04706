import type { FormatHint, JsonType, PlanNode, SchemaPlan } from './schema-plan.js';
import { hasOwn } from './json-value.js';

/**
 * The subset of JSON Schema 2020-12 that `data/schema.json` uses. Interpreting the published
 * schema itself (instead of re-stating it in code) keeps the runtime check and the schema in
 * agreement by construction; ajv is only needed in the tests that prove it.
 */
export interface SchemaNode {
  readonly $ref?: string;
  readonly type?: JsonType;
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly additionalProperties?: false;
  readonly items?: SchemaNode;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly enum?: readonly unknown[];
  readonly minimum?: number;
  readonly maximum?: number;
  /** Only as `anyOf: [{ required: [a] }, { required: [b] }]`: at least one of the fields. */
  readonly anyOf?: readonly SchemaNode[];
  readonly $defs?: Readonly<Record<string, SchemaNode>>;
}

/** Keywords that only describe (or hold definitions); the walk never reads them. */
const ANNOTATIONS = ['$schema', '$id', '$defs', 'title', 'description'];

/** Keywords the checker implements; compileSchema refuses a schema that uses any other. */
export const SUPPORTED_KEYWORDS: ReadonlySet<string> = new Set([
  ...ANNOTATIONS,
  '$ref',
  'type',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'enum',
  'minimum',
  'maximum',
  'anyOf',
]);

/** The bounds each type takes, as [lower, upper]; the plan keeps them as `min` and `max`. */
const BOUNDS: Readonly<Record<JsonType, readonly (keyof SchemaNode)[]>> = {
  string: ['minLength', 'maxLength'],
  array: ['minItems', 'maxItems'],
  integer: ['minimum', 'maximum'],
  number: ['minimum', 'maximum'],
  object: [],
  boolean: [],
};
const ALL_BOUNDS = ['minLength', 'maxLength', 'minItems', 'maxItems', 'minimum', 'maximum'] as const;

/** The definitions whose badly formed strings get a closer reason than "does not match". */
const EXPLAINED: Readonly<Record<string, PlanNode['explain']>> = { text: 'text', shortText: 'text', date: 'date' };

/** The sentence that explains a pattern, recognised by the pattern's own text. */
function hintFor(pattern: string): FormatHint | undefined {
  if (pattern.startsWith('^[a-z0-9]+(?:-')) return 'id';
  if (pattern.includes('[0-9]{4}-')) return 'date';
  return pattern.includes('https?') ? 'url' : undefined;
}

/**
 * Compiles a schema into the plan the walk reads (schema-plan.ts): every definition once, however
 * many `$ref`s name it, and equal nodes once. Throws on anything the walk would not honour, so a
 * schema that starts using an unimplemented keyword fails the build and the tests instead of being
 * checked less than it says.
 */
export function compileSchema(root: SchemaNode): SchemaPlan {
  const plan: PlanNode[] = [{}];
  const byDef = new Map<string, number>();
  const byShape = new Map<string, number>();
  const resolving = new Set<string>();
  const fail = (at: string, why: string): never => {
    throw new Error(`data schema at #${at}: ${why}`);
  };

  /** The node's plan, its sub-schemas compiled on the way. */
  const build = (node: SchemaNode, at: string, def?: string): PlanNode => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) fail(at, 'a schema must be an object');
    for (const key of Object.keys(node))
      if (!SUPPORTED_KEYWORDS.has(key)) fail(at, `the checker does not implement the keyword ${key}`);
    const out: { -readonly [K in keyof PlanNode]: PlanNode[K] } = {};
    if (node.type !== undefined) {
      if (!hasOwn(BOUNDS, node.type)) fail(at, `type must be one of ${Object.keys(BOUNDS).join(', ')}`);
      out.type = node.type;
    }
    if (node.enum !== undefined) out.enum = node.enum;
    const bounds = node.type === undefined ? [] : BOUNDS[node.type];
    for (const key of ALL_BOUNDS) {
      if (node[key] === undefined) continue;
      if (!bounds.includes(key)) fail(at, `${key} needs the type it applies to`);
      out[key === bounds[0] ? 'min' : 'max'] = node[key];
    }
    if (node.pattern !== undefined) {
      if (node.type !== 'string') fail(at, 'pattern needs type string');
      new RegExp(node.pattern, 'u'); // a bad pattern throws here, not in a visitor's browser
      out.pattern = node.pattern;
      const hint = hintFor(node.pattern);
      if (hint) out.hint = hint;
      const explain = def === undefined ? undefined : EXPLAINED[def];
      if (explain) out.explain = explain;
    }
    if (node.required !== undefined) out.required = node.required;
    if (node.anyOf !== undefined) {
      out.anyOf = node.anyOf.map((branch) =>
        Object.keys(branch).length === 1 && Array.isArray(branch.required)
          ? branch.required
          : fail(at, 'anyOf is implemented only as a list of { required: [...] }'),
      );
    }
    if (hasOwn(node, 'additionalProperties')) {
      if (node.additionalProperties !== false) fail(at, 'additionalProperties is implemented only as false');
      out.closed = 1;
    }
    if (node.properties !== undefined) {
      const properties: Record<string, number> = {};
      for (const [name, sub] of Object.entries(node.properties)) {
        if (name === '__proto__') fail(at, 'a property named __proto__');
        properties[name] = compile(sub, `${at}/properties/${name}`);
      }
      out.properties = properties;
    }
    if (node.items !== undefined) out.items = compile(node.items, `${at}/items`);
    return out;
  };

  /** The position of a sub-schema's plan: a definition's, or an equal node's compiled before. */
  const compile = (node: SchemaNode, at: string): number => {
    if (node?.$ref !== undefined) return follow(node, at);
    const built = build(node, at);
    const shape = JSON.stringify(built);
    let index = byShape.get(shape);
    if (index === undefined) byShape.set(shape, (index = plan.push(built) - 1));
    return index;
  };

  const follow = (node: SchemaNode, at: string): number => {
    if (Object.keys(node).some((key) => key !== '$ref' && !ANNOTATIONS.includes(key)))
      fail(at, '$ref is implemented only alone (its siblings would be ignored)');
    const name = /^#\/\$defs\/([^/~]+)$/.exec(node.$ref!)?.[1];
    const target = name !== undefined && root.$defs && hasOwn(root.$defs, name) ? root.$defs[name] : undefined;
    if (name === undefined || target === undefined) return fail(at, `unresolvable $ref ${node.$ref}`);
    let index = byDef.get(name);
    if (index !== undefined) return index;
    const where = `/$defs/${name}`;
    if (target?.$ref !== undefined) {
      // The walk names a definition by the last one a chain of $refs reaches.
      if (resolving.has(name)) fail(where, 'a chain of $refs that leads back to itself');
      resolving.add(name);
      index = compile(target, where);
    } else {
      // The place is taken first, so a definition may contain itself.
      index = plan.push({}) - 1;
      byDef.set(name, index);
      plan[index] = build(target, where, name);
    }
    byDef.set(name, index);
    return index;
  };

  if (root?.$ref !== undefined) fail('', 'the root is implemented only without $ref');
  plan[0] = build(root, '');
  // Definitions nothing refers to are checked too, then left out.
  const used = plan.length;
  for (const name of Object.keys(root.$defs ?? {})) follow({ $ref: `#/$defs/${name}` }, `/$defs/${name}`);
  plan.length = used;
  return plan;
}
