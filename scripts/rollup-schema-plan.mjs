// A rollup plugin: the dataset check ships data/schema.json compiled, not the schema and its compiler.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { importTs } from './import-ts.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const PLAN_MODULE = 'src/model/dataset-plan.ts';
const COMPILER = 'src/model/compile-schema.ts';
const SCHEMA = 'data/schema.json';

/** compileSchema from the TypeScript source, so the build compiles with the very code the tests run. */
async function loadCompiler() {
  return (await importTs(root + COMPILER)).compileSchema;
}

/**
 * Replaces src/model/dataset-plan.ts (which compiles data/schema.json when it is first imported,
 * as it does in the tests and the unbundled npm build) with the compiled plan as a literal: the
 * check then carries neither the schema (its prose included) nor the compiler. A schema the
 * compiler refuses (a keyword the checker does not implement) fails the build.
 */
export function schemaPlan() {
  return {
    name: 'schema-plan',
    async transform(_source, id) {
      if (!id.replaceAll('\\', '/').endsWith(`/${PLAN_MODULE}`)) return null;
      this.addWatchFile(root + SCHEMA);
      this.addWatchFile(root + COMPILER);
      const compileSchema = await loadCompiler();
      let plan;
      try {
        plan = compileSchema(JSON.parse(await readFile(root + SCHEMA, 'utf8')));
      } catch (error) {
        this.error(`${SCHEMA}: ${error.message}`);
      }
      const code = `// data/schema.json, compiled\nexport const datasetPlan = ${JSON.stringify(plan)};\n`;
      return { code, map: { mappings: '' } };
    },
  };
}
