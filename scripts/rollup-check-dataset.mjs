/**
 * The one-tag build trusts its bundled dataset at run time (no dataset check is loaded for it), so
 * the build checks it: the library's own parseDataset (src/model, compiled here with esbuild) runs
 * over each dataset file before anything is written, and the build fails with every issue listed.
 */
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

async function loadCheck() {
  const result = await build({
    entryPoints: ['src/model/parse-dataset.ts'],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

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
