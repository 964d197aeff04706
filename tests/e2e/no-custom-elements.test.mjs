// The demo's prerendered profile page (demo/index.html) where the elements never get defined: a browser
// without custom elements (older 360 / QQ / Sogou kernels; simulated by deleting
// window.customElements before any script runs, so the bundle fails as it would there) and a page
// whose bundle is blocked. The light-DOM content still reads: headings, every unit, every duty
// whole, the folded ones open (dist/gov-org-elements.css, `duty-list:not(:defined)`).
// Run: node --test tests/e2e/   (expects dist/ and demo/index.html: npm run build)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { browserLaunchOptions } from '../../scripts/find-chrome.mjs';
import { serve } from '../../scripts/static-server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGE = path.join(ROOT, 'demo/index.html');
const data = JSON.parse(readFileSync(path.join(ROOT, 'data/suzhou-land-resources-bureau.json'), 'utf8'));
const squeeze = (text) => text.replace(/\s+/g, '');

let server;
let browser;
let origin;

before(async () => {
  assert.ok(existsSync(PAGE), 'demo/index.html is missing: build it with `npm run build`.');
  server = await serve(ROOT);
  origin = server.origin;
  browser = await chromium.launch(await browserLaunchOptions());
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const CASES = {
  'without custom elements': async (context) => {
    await context.addInitScript(() => {
      delete window.customElements;
      if ('customElements' in window) Object.defineProperty(window, 'customElements', { value: undefined });
    });
  },
  'with the bundle blocked': (context) => context.route('**/dist/gov-org-elements.js', (route) => route.abort()),
};

for (const [name, prepare] of Object.entries(CASES)) {
  test(`${name}, the prerendered page reads: headings, every unit, every duty whole`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await prepare(context);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/demo/index.html`, { waitUntil: 'load' });
    await page.waitForTimeout(300);

    const state = await page.evaluate(() => ({
      customElements: typeof window.customElements,
      defined: [...document.querySelectorAll('org-profile, duty-list, org-chart')].filter((e) => e.matches(':defined'))
        .length,
      rests: [...document.querySelectorAll('duty-list [part~="rest"]')].map((e) => {
        const style = getComputedStyle(e);
        return { display: style.display, contentVisibility: style.contentVisibility, hidden: e.getAttribute('hidden') };
      }),
    }));
    if (name.startsWith('without')) {
      assert.equal(state.customElements, 'undefined', 'custom elements are gone');
      assert.ok(errors.length > 0, 'the bundle fails as it would in such a browser');
    }
    assert.equal(state.defined, 0, 'no element is defined');
    assert.ok(state.rests.length >= 5, `folded duties in the page: ${state.rests.length}`);
    for (const rest of state.rests) {
      assert.equal(rest.hidden, 'until-found', 'the prerendered fold is still there');
      assert.notEqual(rest.display, 'none', 'a folded duty is open');
      assert.notEqual(rest.contentVisibility, 'hidden', 'a folded duty is open');
    }

    const text = squeeze(await page.locator('org-profile').innerText());
    const duties = [...data.organization.duties, ...data.units.flatMap((u) => u.duties ?? [])];
    for (const d of duties)
      assert.ok(text.includes(squeeze(d.text.zh)), `whole duty visible: ${d.text.zh.slice(0, 12)}`);
    for (const u of data.units) assert.ok(text.includes(u.name.zh), `unit visible: ${u.name.zh}`);
    assert.ok((await page.locator('org-profile h2').count()) >= 8, 'section headings');
    assert.ok((await page.locator('org-profile h2').first().isVisible()) === true, 'headings are visible');
    await context.close();
  });
}
