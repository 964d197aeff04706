// Imports a TypeScript module of the repository into a Node script without a build: esbuild
// bundles it (and what it imports) in memory, and the result is imported from a data: URL. The
// build's plugins and the repository's scripts use it to run the library's own code (the dataset
// check, the schema compiler, CSS scoping), so the build and the tests run the very same source.
import { build } from 'esbuild';

/** The module at `entry` (a path, absolute or from the working directory), bundled and imported. */
export async function importTs(entry) {
  const { outputFiles } = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}
