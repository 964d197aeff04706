// Dev-server plugins shared by @web/test-runner and @web/dev-server.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const JSON_MODULE = 'json-module';

/**
 * Lets source files `import x from './file.json'` (as rollup's json plugin does in the build)
 * while a plain fetch of the same .json file still gets JSON: only imports are rewritten.
 */
export function jsonModulePlugin() {
  return {
    name: 'json-module',
    resolveImport({ source }) {
      if (source.endsWith('.json')) return `${source}?${JSON_MODULE}`;
      return undefined;
    },
    async serve(context) {
      if (!context.path.endsWith('.json') || !context.URL.searchParams.has(JSON_MODULE)) return undefined;
      const file = path.join(root, decodeURIComponent(context.path));
      if (!file.startsWith(root)) return undefined;
      return { body: `export default ${await readFile(file, 'utf8')};`, type: 'js' };
    },
  };
}

/**
 * Serves ajv (CommonJS) as one ES module at /__test__/ajv2020.js, for the tests that prove the
 * runtime checks agree with data/schema.json. Never part of what ships.
 */
export function ajvPlugin() {
  let bundled;
  return {
    name: 'ajv-esm',
    async serve(context) {
      if (context.path !== '/__test__/ajv2020.js') return undefined;
      bundled ??= build({
        entryPoints: [createRequire(import.meta.url).resolve('ajv/dist/2020.js')],
        bundle: true,
        format: 'esm',
        write: false,
        logLevel: 'silent',
      }).then((result) => result.outputFiles[0].text);
      return { body: await bundled, type: 'js' };
    },
  };
}

/**
 * Test command `emulate-forced-colors` (payload `{ active: boolean }`). The built-in emulateMedia
 * passes `forcedColors` on only under Playwright; the Chrome launcher used here is Puppeteer, whose
 * emulateMediaFeatures refuses the feature, so this sends the DevTools call itself.
 */
export function forcedColorsPlugin() {
  const sessions = new Map();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('emulate-forced-colors needs the Puppeteer Chrome launcher');
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const value = payload?.active ? 'active' : 'none';
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}
