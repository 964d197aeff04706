import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { browserLaunchOptions } from './scripts/find-chrome.mjs';
import {
  ajvPlugin,
  faultMiddleware,
  forcedColorsPlugin,
  prerenderMiddleware,
  heapUsagePlugin,
  jsonModulePlugin,
  strictCspMiddleware,
} from './scripts/dev-plugins.mjs';

const launchOptions = await browserLaunchOptions().catch((error) => {
  console.error(error.message);
  process.exit(1);
});

/**
 * The tests run Lit's development build; its warning that an update scheduled another one (a
 * render that sets state in updated(), so every change renders twice) fails the test that caused
 * it instead of scrolling past in the browser log.
 */
const testRunnerHtml = (testFramework) => `<!doctype html><html><head><script>
  (() => {
    const warn = console.warn.bind(console);
    console.warn = (...args) => {
      warn(...args);
      const text = args.map(String).join(' ');
      if (!text.includes('lit.dev/msg/change-in-update')) return;
      globalThis.litIssuedWarnings?.clear?.();
      // Thrown outside Lit's update, so the element keeps working and the test file still fails.
      setTimeout(() => { throw new Error('Lit development build: ' + text); });
    };
  })();
</script></head><body><script type="module" src="${testFramework}"></script></body></html>`;

export default {
  files: ['tests/**/*.test.ts'],
  testRunnerHtml,
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  middleware: [faultMiddleware(), strictCspMiddleware(), prerenderMiddleware()],
  plugins: [
    jsonModulePlugin(),
    heapUsagePlugin(),
    ajvPlugin(),
    forcedColorsPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  browsers: [chromeLauncher({ launchOptions })],
};
