// Serves the repository with TypeScript compiled on the fly, for looking at source pages
// (e.g. a scratch page in .preview/) before the bundle is rebuilt. Usage: node scripts/preview-server.mjs [port]
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { jsonModulePlugin } from './dev-plugins.mjs';

const port = Number(process.argv[2] ?? 8100);
await startDevServer({
  config: {
    rootDir: new URL('..', import.meta.url).pathname,
    port,
    nodeResolve: { exportConditions: ['production'] },
    plugins: [jsonModulePlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  },
  readCliArgs: false,
  readFileConfig: false,
});
