// The one-tag entry starts an element's `src` request while the element's code is still loading,
// and the element takes that request over: the data arrives beside the code, not a round trip
// after it, and is fetched once. Each test holds the tag's chunk until the data has been asked for,
// so a request made only after the code loaded would never come (the test times out).
// Run after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { browserLaunchOptions } from '../../scripts/find-chrome.mjs';
import { serve } from '../../scripts/static-server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = '/data/suzhou-land-resources-bureau.json';
const page = (body) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>early request</title>` +
  `<script type="module" src="/dist/gov-org-elements-no-data.js"></script></head><body>${body}</body></html>`;

let server;
let browser;

before(async () => {
  server = await serve(ROOT, {
    routes: {
      '/attribute.html': async () => page(`<duty-list id="d" src="${DATA}"></duty-list>`),
      // A portal's script sets the property before the element's code has loaded.
      '/property.html': async () =>
        page(`<duty-list id="d"></duty-list><script>document.getElementById('d').src = '..${DATA}';</script>`),
      '/missing.html': async () => page(`<duty-list id="d" src="/nothing-here.json"></duty-list>`),
    },
  });
  browser = await chromium.launch(await browserLaunchOptions());
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `path` with the duty list's chunk held back until a request for `data` has been made. */
async function openHeld(path, data) {
  const context = await browser.newContext();
  const seen = { data: 0 };
  let asked;
  const dataAsked = new Promise((resolve) => (asked = resolve));
  context.on('request', (request) => {
    if (new URL(request.url()).pathname === data) {
      seen.data++;
      asked();
    }
  });
  await context.route('**/goe-duty-list-*.js', async (route) => {
    await dataAsked;
    await route.continue();
  });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.goto(`${server.origin}${path}`);
  return { context, tab, seen, errors };
}

for (const [path, how] of [
  ['/attribute.html', 'a src attribute'],
  ['/property.html', 'a src property set before the code loaded'],
]) {
  test(`the data of ${how} is asked for before the element's code arrives, once`, async () => {
    const { context, tab, seen, errors } = await openHeld(path, DATA);
    await tab.waitForFunction(() => document.querySelectorAll('#d [part~="text"]').length >= 10, null, {
      timeout: 15_000,
    });
    assert.equal(seen.data, 1, 'one request for the data');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a failed early request is the element’s failure; Retry asks the network again', async () => {
  const { context, tab, seen, errors } = await openHeld('/missing.html', '/nothing-here.json');
  await tab.waitForSelector('#d [part~="error"]', { timeout: 15_000 });
  assert.match(await tab.textContent('#d [part~="error"]'), /404/);
  assert.equal(seen.data, 1);
  await Promise.all([tab.waitForRequest('**/nothing-here.json'), tab.click('#d [part~="retry"]')]);
  assert.equal(seen.data, 2, 'Retry made a new request');
  assert.deepEqual(errors, []);
  await context.close();
});
