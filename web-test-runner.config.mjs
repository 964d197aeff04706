import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { browserLaunchOptions } from './scripts/find-chrome.mjs';
import { ajvPlugin, faultMiddleware, forcedColorsPlugin, heapUsagePlugin, jsonModulePlugin, strictCspMiddleware } from './scripts/dev-plugins.mjs';

const launchOptions = await browserLaunchOptions().catch((error) => {
  console.error(error.message);
  process.exit(1);
});

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  middleware: [faultMiddleware(), strictCspMiddleware()],
  plugins: [
    jsonModulePlugin(),
    heapUsagePlugin(),
    ajvPlugin(),
    forcedColorsPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  browsers: [chromeLauncher({ launchOptions })],
};
