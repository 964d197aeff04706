// A profile loaded by the one-script entry shows its data without waiting for the chart's code,
// its largest part (issue 14): the chart's chunk is asked for once the profile is shown, the space
// the chart will take is held meanwhile, and a failed request gets the loader's notice with Retry
// in the chart's place. Run after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { browserLaunchOptions } from '../../scripts/find-chrome.mjs';
import { serve } from '../../scripts/static-server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHART_CHUNK = '**/goe-org-chart-*.js';
const page = () =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>profile</title>` +
  `<script type="module" src="/dist/gov-org-elements-no-data.js"></script></head><body>` +
  `<org-profile src="/data/suzhou-land-resources-bureau.json"></org-profile><p id="after">页脚</p></body></html>`;

let server;
let browser;

before(async () => {
  server = await serve(ROOT, { routes: { '/profile.html': async () => page() } });
  browser = await chromium.launch(await browserLaunchOptions());
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page whose chart chunk requests wait for `release()`, or fail while `state.failing`. */
async function open({ failing = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const state = { failing, asked: 0 };
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await context.route(CHART_CHUNK, async (route) => {
    state.asked++;
    if (state.failing) return route.fulfill({ status: 503, body: 'busy' });
    await held;
    return route.continue();
  });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.goto(`${server.origin}/profile.html`);
  await tab.waitForFunction(() => document.querySelector('org-profile')?.dataState?.status === 'ready');
  await tab.waitForFunction(() => document.querySelectorAll('org-profile duty-list [part~="text"]').length > 5);
  return { context, tab, state, release, errors };
}

const top = (tab, selector) => tab.evaluate((s) => document.querySelector(s).getBoundingClientRect().top, selector);

test('a profile shows its data before the chart’s code, which it then asks for; nothing below moves', async () => {
  const { context, tab, state, release, errors } = await open();
  assert.equal(await tab.evaluate(() => Boolean(customElements.get('org-chart'))), false, 'chart not defined yet');
  // Asked for once the profile is shown (when the page is idle), and held here. That it is not
  // asked for before is what `npm run size` measures (the profile page's files).
  const deadline = Date.now() + 5000;
  while (state.asked === 0 && Date.now() < deadline) await tab.waitForTimeout(50);
  assert.ok(state.asked > 0, 'the chart chunk was asked for without a scroll');
  const held = await tab.evaluate(() => document.querySelector('org-profile org-chart').getBoundingClientRect().height);
  const before = await top(tab, '#after');
  release();
  await tab.waitForFunction(() => document.querySelectorAll('org-profile org-chart [role="treeitem"]').length > 10);
  const chartHeight = await tab.evaluate(
    () => document.querySelector('org-profile org-chart').getBoundingClientRect().height,
  );
  assert.ok(held > 500, `the chart's space is held while its code loads (${held} px)`);
  const moved = Math.abs((await top(tab, '#after')) - before);
  assert.ok(moved <= chartHeight * 0.1, `what follows moved ${moved} px (chart ${chartHeight} px)`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a chart chunk that fails shows the notice with Retry in the chart’s place; Retry draws it', async () => {
  const { context, tab, state, release, errors } = await open({ failing: true });
  release();
  await tab.waitForSelector('org-profile org-chart [data-goe-load-failed] button', { timeout: 8000 });
  assert.match(await tab.textContent('org-profile org-chart [role="alert"]'), /无法载入 <org-chart> 的程序/);
  // The duties, leaders and staffing are there all the same.
  assert.match(await tab.textContent('org-profile leader-list'), /吴维群/);
  state.failing = false;
  await tab.click('org-profile org-chart [role="alert"] button');
  await tab.waitForFunction(() => document.querySelectorAll('org-profile org-chart [role="treeitem"]').length > 10);
  assert.equal(await tab.$('org-profile [data-goe-load-failed]'), null);
  assert.deepEqual(errors, []);
  await context.close();
});
