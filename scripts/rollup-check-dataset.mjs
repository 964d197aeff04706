/**
 * The one-tag build trusts its bundled dataset at run time (no dataset check is loaded for it), so
 * the build checks it: the library's own parseDataset (src/model, compiled here with esbuild) runs
 * over each dataset file before anything is written, and the build fails with every issue listed.
 */
import { readFile } from 'node:fs/promises';
import { importTs } from './import-ts.mjs';

const loadCheck = () => importTs('src/model/parse-dataset.ts');

/** Fails the build unless every file in `files` is a valid dataset. */
export function checkDatasets(files) {
  return {
    name: 'check-datasets',
    async buildStart() {
      const { parseDataset } = await loadCheck();
      for (const file of files) {
        const result = parseDataset(await readFile(file));
        if (result.ok) continue;
        const list = result.issues.map((i) => `  ${i.path || '/'}: ${i.message.en ?? i.message.zh}`).join('\n');
        this.error(`${file} is not a valid dataset (${result.issues.length} issues); the build trusts it:\n${list}`);
      }
    },
  };
}
