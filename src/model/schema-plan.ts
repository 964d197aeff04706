/**
 * The schema as the walk reads it: a flat list of nodes, `$ref`s and sub-schemas turned into
 * positions in the list, node 0 the root. Plain JSON, so the build can compile data/schema.json
 * into it once (scripts/rollup-schema-plan.mjs) and ship the list instead of the schema and the
 * compiler.
 */
export type SchemaPlan = readonly PlanNode[];

export type JsonType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';

/** Which sentence explains a string that fails its pattern; without one, the message quotes the pattern. */
export type FormatHint = 'id' | 'date' | 'url';

export interface PlanNode {
  readonly type?: JsonType;
  readonly enum?: readonly unknown[];
  /** minLength, minItems or minimum: the one the node's type takes (the compiler checks that). */
  readonly min?: number;
  /** maxLength, maxItems or maximum, likewise. */
  readonly max?: number;
  readonly pattern?: string;
  readonly hint?: FormatHint;
  /** A string failing the pattern of the `text`/`shortText` or `date` definition gets a closer reason. */
  readonly explain?: 'text' | 'date';
  readonly required?: readonly string[];
  /** `anyOf: [{ required: [a] }, { required: [b, c] }]` as `[[a], [b, c]]`: one of these sets of fields. */
  readonly anyOf?: readonly (readonly string[])[];
  /** `additionalProperties: false`. */
  readonly closed?: 1;
  /** Each declared property and the position of its node. */
  readonly properties?: Readonly<Record<string, number>>;
  /** The position of the node every item is checked against. */
  readonly items?: number;
}

/**
 * A plan node as the walk reads it (walk-schema.ts): its sub-nodes linked, its pattern compiled,
 * absent bounds as infinities and absent lists empty, so reading one costs the walk no defaults,
 * lookups or checks for `undefined`. Every step has the same fields, in the same order.
 */
export interface Step {
  readonly node: PlanNode;
  readonly type: JsonType | undefined;
  readonly allowed: readonly unknown[] | undefined;
  readonly min: number;
  readonly max: number;
  readonly pattern: RegExp | undefined;
  readonly required: readonly string[];
  /** Each declared property's step, in a record without a prototype (no inherited names). */
  readonly properties: Readonly<Record<string, Step | undefined>>;
  /** The declared properties, as an unknown field's message lists them. */
  readonly known: string;
  readonly items: Step | undefined;
}

const prepared = new WeakMap<SchemaPlan, readonly Step[]>();

/** The plan's steps, made once per plan: a dataset has thousands of units, each checked against the same nodes. */
export function prepare(plan: SchemaPlan): readonly Step[] {
  let steps = prepared.get(plan);
  if (steps) return steps;
  const made = plan.map((node) => ({
    node,
    type: node.type,
    allowed: node.enum,
    min: node.min ?? -Infinity,
    max: node.max ?? Infinity,
    pattern: node.pattern === undefined ? undefined : new RegExp(node.pattern, 'u'),
    required: node.required ?? [],
    properties: Object.create(null) as Record<string, Step | undefined>,
    known: Object.keys(node.properties ?? {}).join(', '),
    items: undefined as Step | undefined,
  }));
  plan.forEach(({ properties = {}, items }, i) => {
    for (const key of Object.keys(properties)) made[i]!.properties[key] = made[properties[key]!];
    if (items !== undefined) made[i]!.items = made[items];
  });
  prepared.set(plan, (steps = made));
  return steps;
}
