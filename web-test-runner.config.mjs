import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
 * The CJK font every test page lays out with, so that a machine without `fonts-noto-cjk` lays the
 * same text out in the same boxes: Noto Sans SC from npm (OFL-1.1), the variable font (weights
 * 100–900 in each file), which @fontsource ships as 101 unicode-range slices, 4.5 MB in all. The
 * slices are read from the package's own CSS here, and the page adds them with the FontFace API,
 * not a style sheet: the 纯文本 tests switch every sheet of the page off and on again, which would
 * drop the faces and load them anew in the middle of a test.
 */
const FONT_PACKAGE = '@fontsource-variable/noto-sans-sc';
const TEST_FONT_FAMILY = 'Noto Sans SC Variable';
/** The test font, then the stack the elements ship (src/styles/tokens.ts) as the fallback. */
const FONT_STACK = [TEST_FONT_FAMILY, 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei']
  .map((family) => `"${family}"`)
  .concat('system-ui', 'sans-serif')
  .join(', ');
const fontFaces = (() => {
  const base = `/node_modules/${FONT_PACKAGE}/`; // served from the project root, as the tests are
  let css;
  try {
    css = readFileSync(fileURLToPath(new URL(`.${base}index.css`, import.meta.url)), 'utf8');
  } catch (error) {
    throw new Error(`The browser tests need the devDependency ${FONT_PACKAGE}: run npm install (${error.message})`);
  }
  const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => ({
    family: /font-family:\s*'([^']+)'/.exec(body)?.[1],
    url: base + /url\(\.\/([^)]+\.woff2)\)/.exec(body)?.[1],
    unicodeRange: /unicode-range:\s*([^;]+);/.exec(body)?.[1],
  }));
  if (faces.length < 100 || faces.some((f) => f.family !== TEST_FONT_FAMILY || f.url.endsWith('undefined')))
    throw new Error(`${FONT_PACKAGE}/index.css no longer declares the faces this config expects`);
  return faces;
})();

/**
 * Each test file runs in a fresh page built from this HTML.
 *
 * Fonts: a slice loaded on first use would arrive in the middle of a test, and the chart measures
 * its boxes again whenever `document.fonts` finishes loading. So every slice is loaded before the
 * test framework is even imported, whatever characters the tests will use: the page has the whole
 * font before any element exists and never loads a font again. A slice that fails to load fails
 * the file. The font comes first in `--org-font-family` (an adopted sheet, out of the toolbars'
 * reach like the elements' own), the shipped stack behind it only as a fallback.
 *
 * Lit: the tests run Lit's development build; its warning that an update scheduled another one (a
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
</script></head><body><script type="module">
  const faces = ${JSON.stringify(fontFaces)}.map(({ family, url, unicodeRange }) =>
    new FontFace(family, 'url(' + url + ') format("woff2")', { weight: '100 900', unicodeRange }));
  try {
    await Promise.all(faces.map((face) => (document.fonts.add(face), face.load())));
  } catch (error) {
    setTimeout(() => { throw new Error('Test font ${FONT_PACKAGE} did not load: ' + (error?.message ?? error)); });
  }
  const tokens = new CSSStyleSheet();
  tokens.replaceSync(${JSON.stringify(`:root { --org-font-family: ${FONT_STACK}; }`)});
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, tokens];
  await import('${testFramework}');
</script></body></html>`;

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
