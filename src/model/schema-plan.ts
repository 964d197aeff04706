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
