import schema from '../../data/schema.json';
import type { SchemaPlan } from './schema-plan.js';
import { compileSchema, type SchemaNode } from './compile-schema.js';

/**
 * data/schema.json, compiled for the walk. The build replaces this module with the plan itself
 * (scripts/rollup-schema-plan.mjs), so the shipped check carries neither the schema nor the
 * compiler; the tests and the unbundled npm build compile it here, once, on first import.
 */
export const datasetPlan: SchemaPlan = compileSchema(schema as unknown as SchemaNode);
