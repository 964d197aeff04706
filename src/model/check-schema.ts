import type { DataIssue } from './types.js';
import type { SchemaPlan } from './schema-plan.js';
import { compileSchema, type SchemaNode } from './compile-schema.js';
import { walkSchema } from './walk-schema.js';
import { collectIssues } from './issue-messages.js';
import { MAX_ISSUES } from './report.js';

export { MAX_ISSUES } from './report.js';
export { SUPPORTED_KEYWORDS, type SchemaNode } from './compile-schema.js';

/** Plans per schema, compiled once: a dataset has thousands of units, each checked against the same nodes. */
const plans = new WeakMap<SchemaNode, SchemaPlan>();

/**
 * Checks `value` against a JSON Schema (the subset compileSchema implements); returns at most
 * MAX_ISSUES issues, in document order. With `freeze`, every object and array of a `value` that
 * passes is frozen too (pass only a value nobody else holds). parseDataset does not come through
 * here: it walks the plan of data/schema.json that the build compiled (dataset-plan.ts).
 */
export function checkSchema(value: unknown, root: SchemaNode, { freeze = false } = {}): DataIssue[] {
  let plan = plans.get(root);
  if (!plan) plans.set(root, (plan = compileSchema(root)));
  const { issues, report } = collectIssues(MAX_ISSUES);
  walkSchema(value, plan, report, freeze);
  return issues;
}
