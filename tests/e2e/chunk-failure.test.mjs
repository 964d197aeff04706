// Per-tag loading when a chunk request fails (issue 14): the element says so in its own box, with
// a Retry button, instead of staying empty; Retry asks the network again. Two failures: the tag's
// own code (the entry shows the notice), and the dataset check for an element's `src` (the
// element's error panel; the unchecked data is never shown). Run after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { browserLaunchOptions } from '../../scripts/find-chrome.mjs';
import { serve } from '../../scripts/static-server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = '/data/suzhou-land-resources-bureau.json';
const page = (entry, markup) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>chunk failure</title>` +
  `<script type="module" src="/dist/${entry}"></script></head><body>${markup}</body></html>`;

let server;
let browser;

before(async () => {
  server = await serve(ROOT, {
    routes: {
      '/tag.html': async () =>
        page('gov-org-elements.js', '<duty-list id="d" unit-id="cadastral-division"></duty-list>'),
      '/bad.json': async () => JSON.stringify({ schemaVersion: 'two' }),
      '/check-bad.html': async () =>
        page(
          'gov-org-elements-no-data.js',
          '<duty-list id="d" src="/bad.json" unit-id="cadastral-division"></duty-list>',
        ),
      '/check.html': async () =>
        page(
          'gov-org-elements-no-data.js',
          `<duty-list id="d" src="${DATA}" unit-id="cadastral-division"></duty-list>`,
        ),
    },
  });
  browser = await chromium.launch(await browserLaunchOptions());
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page whose requests for files matching `pattern` fail until `failing` is set false. */
async function openFailing(path, pattern) {
  const context = await browser.newContext();
  const state = { failing: true, failed: 0 };
  await context.route(pattern, (route) => {
    if (!state.failing) return route.continue();
    state.failed++;
    return route.fulfill({ status: 503, body: 'busy' });
  });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.goto(`${server.origin}${path}`);
  return { context, tab, state, errors };
}

test('a tag whose code fails to load shows a notice with Retry in its box; Retry renders it', async () => {
  const { context, tab, state, errors } = await openFailing('/tag.html', '**/goe-duty-list-*.js');
  await tab.waitForSelector('#d [role="alert"]');
  const notice = await tab.textContent('#d [role="alert"]');
  assert.match(notice, /无法载入 <duty-list> 的程序/);
  assert.equal(await tab.evaluate(() => Boolean(customElements.get('duty-list'))), false);
  assert.ok(state.failed > 0);
  state.failing = false;
  await tab.click('#d [role="alert"] button');
  await tab.waitForFunction(() => document.querySelectorAll('#d [part~="text"]').length >= 10);
  assert.equal(await tab.$('#d [data-goe-load-failed]'), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a dataset check that fails to load shows the error panel with Retry, never unchecked data', async () => {
  const { context, tab, state, errors } = await openFailing('/check.html', '**/goe-validate-dataset-*.js');
  await tab.waitForSelector('#d [part~="error"]');
  assert.match(await tab.textContent('#d [part~="error"]'), /the data check could not be loaded/);
  assert.equal(await tab.$('#d [part~="text"]'), null);
  state.failing = false;
  await tab.click('#d [part~="retry"]');
  await tab.waitForFunction(() => document.querySelectorAll('#d [part~="text"]').length >= 10);
  assert.equal(await tab.$('#d [part~="error"]'), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('invalid data whose full check fails to load shows the failure, then its issues on Retry', async () => {
  const { context, tab, state, errors } = await openFailing('/check-bad.html', '**/goe-parse-dataset-*.js');
  await tab.waitForSelector('#d [part~="error"]');
  assert.match(await tab.textContent('#d [part~="error"]'), /the data check could not be loaded/);
  assert.ok(state.failed > 0);
  state.failing = false;
  await tab.click('#d [part~="retry"]');
  await tab.waitForFunction(() =>
    /schemaVersion/.test(document.querySelector('#d [part~="error"]')?.textContent ?? ''),
  );
  assert.equal(await tab.$('#d [part~="text"]'), null);
  assert.deepEqual(errors, []);
  await context.close();
});
