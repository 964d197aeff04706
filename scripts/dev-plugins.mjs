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

const devtoolsSessions = new Map();

/** One DevTools protocol session per test page, for the commands that talk to Chromium directly. */
async function devtools(session, command) {
  if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs the Puppeteer Chrome launcher`);
  const page = session.browser.getPage(session.id);
  if (!devtoolsSessions.has(page)) devtoolsSessions.set(page, await page.createCDPSession());
  return devtoolsSessions.get(page);
}

/**
 * Test command `emulate-forced-colors` (payload `{ active: boolean }`). The built-in emulateMedia
 * passes `forcedColors` on only under Playwright; the Chrome launcher used here is Puppeteer, whose
 * emulateMediaFeatures refuses the feature, so this sends the DevTools call itself.
 */
export function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const value = payload?.active ? 'active' : 'none';
      await (
        await devtools(session, command)
      ).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}

/**
 * Test command `heap-usage`: forces a full garbage collection through the DevTools protocol and
 * returns the JS heap's used bytes, for the test that mounts elements many times.
 */
export function heapUsagePlugin() {
  return {
    name: 'heap-usage',
    async executeCommand({ command, session }) {
      if (command !== 'heap-usage') return undefined;
      const cdp = await devtools(session, command);
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize;
    },
  };
}

/**
 * Misbehaving endpoints under /__fault__/ for the tests of `src` loading (test runner only):
 *   /__fault__/status/<code>    that HTTP status, JSON body
 *   /__fault__/html             200 with an HTML page (a CMS's "not found" page served as 200)
 *   /__fault__/invalid-json     200 application/json, truncated JSON
 *   /__fault__/never-ends       200 application/json, half a body, then nothing, never closed
 *   /__fault__/silent           no answer at all
 *   /__fault__/slow?ms=<n>&file=<path>   a repository file after n ms
 *   /__fault__/flaky?key=<k>&file=<path> 503 the first time for each key, then the file
 *   /__fault__/echo?ms=<n>&body=<text>   that text as application/json after n ms
 */
export function faultMiddleware() {
  const seen = new Set();
  const sendFile = async (ctx, file) => {
    const full = path.join(root, file);
    if (!full.startsWith(root)) {
      ctx.status = 400;
      return;
    }
    ctx.type = 'application/json';
    ctx.body = await readFile(full);
  };
  const whenClosed = (ctx) => new Promise((resolve) => ctx.req.on('close', resolve));
  return async function fault(ctx, next) {
    if (!ctx.path.startsWith('/__fault__/')) return next();
    const [, , kind, arg] = ctx.path.split('/');
    const query = ctx.query;
    ctx.set('Cache-Control', 'no-store');
    if (kind === 'status') {
      ctx.status = Number(arg);
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ error: `status ${arg}` });
    } else if (kind === 'html') {
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>页面不存在</title><p>页面不存在</p>';
    } else if (kind === 'invalid-json') {
      ctx.type = 'application/json';
      ctx.body = '{"schemaVersion": 1, "asOf": "2024-01-01", "organization": {';
    } else if (kind === 'never-ends') {
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      ctx.res.write('{"schemaVersion": 1, "asOf": ');
      await whenClosed(ctx);
    } else if (kind === 'silent') {
      ctx.respond = false;
      await whenClosed(ctx);
    } else if (kind === 'slow') {
      await new Promise((resolve) => setTimeout(resolve, Number(query.ms)));
      await sendFile(ctx, String(query.file));
    } else if (kind === 'echo') {
      await new Promise((resolve) => setTimeout(resolve, Number(query.ms ?? 0)));
      ctx.type = 'application/json';
      ctx.body = String(query.body);
    } else if (kind === 'flaky') {
      if (seen.has(query.key)) return sendFile(ctx, String(query.file));
      seen.add(query.key);
      ctx.status = 503;
      ctx.body = 'busy';
    } else {
      ctx.status = 404;
    }
  };
}

/**
 * Serves the pages under /tests/pages/ whose names start with "strict-csp" with a strict policy:
 * no inline script or style, nothing from elsewhere, and Trusted Types required for script sinks.
 */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
export function strictCspMiddleware() {
  return async function strictCsp(ctx, next) {
    await next();
    if (ctx.path.startsWith('/tests/pages/strict-csp')) ctx.set('Content-Security-Policy', STRICT_CSP);
  };
}

/**
 * `POST /__prerender__` with `{ tag, dataset, attributes, src }`: the fragment `renderElement`
 * (the built lib/render) makes of it, as text, so browser tests can hydrate what a server
 * rendered. Without a dataset, the bundled one.
 */
export function prerenderMiddleware() {
  const readBody = (req) =>
    new Promise((resolve, reject) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });
  return async function prerender(ctx, next) {
    if (ctx.path === '/tests/pages/strict-csp-prerendered.html') return prerenderedPage(ctx);
    if (ctx.path !== '/__prerender__' || ctx.method !== 'POST') return next();
    const { renderElement } = await import(path.join(root, 'lib/render/index.js'));
    const { tag, dataset, attributes, src } = JSON.parse(await readBody(ctx.req));
    const data =
      dataset ?? JSON.parse(await readFile(path.join(root, 'data/suzhou-land-resources-bureau.json'), 'utf8'));
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html';
    try {
      ctx.body = renderElement(tag, data, attributes ?? {}, src ? { src } : {});
    } catch (error) {
      ctx.status = 500;
      ctx.body = String(error?.stack ?? error);
    }
  };
}

/**
 * `/tests/pages/strict-csp-prerendered.html?payload=…`: a page (served under the strict policy)
 * holding prerendered elements whose data carries the payload in a duty, a unit name and a
 * portfolio; the bundle without data adopts them. Nothing of the payload may run.
 */
async function prerenderedPage(ctx) {
  const { renderElement } = await import(path.join(root, 'lib/render/index.js'));
  const data = JSON.parse(await readFile(path.join(root, 'data/suzhou-land-resources-bureau.json'), 'utf8'));
  const payload = String(ctx.query.payload ?? '');
  data.organization.duties[0].text.zh = payload;
  data.units[0].name.zh = payload;
  data.people[0].portfolio = { zh: payload };
  const fragments = ['duty-list', 'leader-list', 'org-chart'].map((tag) => renderElement(tag, data, { id: tag }));
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'text/html';
  ctx.body =
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>prerendered, strict CSP</title>
<script src="/tests/pages/csp-watch.js"></script><link rel="stylesheet" href="/dist/gov-org-elements.css">
<script type="module" src="/dist/gov-org-elements-no-data.js"></script></head>` +
    `<body><main>${fragments.join('\n')}</main></body></html>`;
}
