// The demo's profile page (demo/index.html, prerendered by `npm run build` with renderElement):
// without JavaScript it reads fully and passes axe; under a strict CSP the script adopts the
// server's nodes (none removed), nothing shifts, and the elements work.
// Run: node --test tests/e2e/   (expects dist/ and demo/index.html: npm run build)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { browserLaunchOptions } from '../../scripts/find-chrome.mjs';
import { serve } from '../../scripts/static-server.mjs';
import { STRICT_CSP } from '../../scripts/dev-plugins.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGE = path.join(ROOT, 'demo/index.html');
const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
const data = JSON.parse(readFileSync(path.join(ROOT, 'data/suzhou-land-resources-bureau.json'), 'utf8'));

let server;
let browser;
let origin;

before(async () => {
  assert.ok(existsSync(PAGE), 'demo/index.html is missing: build it with `npm run build`.');
  // The whole site under the strict policy (no inline script or style anywhere), but for the axe
  // run, whose script a Trusted Types policy would refuse.
  const noCsp = (request) => new URL(request.url, 'http://localhost').searchParams.has('no-csp');
  server = await serve(ROOT, {
    headers: (request) => (noCsp(request) ? {} : { 'content-security-policy': STRICT_CSP }),
  });
  origin = server.origin;
  browser = await chromium.launch(await browserLaunchOptions());
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const DESKTOP = { viewport: { width: 1280, height: 900 } };
/** Lighthouse's default mobile screen (a Moto G Power). */
const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

async function open({ javaScriptEnabled = true, blockBundle = false, csp = true, screen = DESKTOP } = {}) {
  const context = await browser.newContext({ ...screen, javaScriptEnabled });
  const violations = [];
  const page = await context.newPage();
  page.on('console', (m) => {
    // The demo page's own empty icon (data:,) is not ours to judge.
    if (/Content Security Policy|Refused to/.test(m.text()) && !m.text().includes("'data:,'"))
      violations.push(m.text());
    if (m.type() === 'warning' && /does not match/.test(m.text())) violations.push(m.text());
  });
  if (blockBundle) await context.route('**/dist/gov-org-elements.js', (route) => route.abort());
  // Records what the page removes from the profile, and the layout shifts, from the very start.
  await context.addInitScript(() => {
    window.__removed = [];
    window.__shift = 0;
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => {
        if (!e.hadRecentInput) window.__shift += e.value;
      }),
    ).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      const profile = document.querySelector('org-profile');
      window.__textsBefore = [];
      const walker = document.createTreeWalker(profile, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if (n.data.trim() && !n.parentElement.closest('org-chart, script')) window.__textsBefore.push(n);
      new MutationObserver((records) =>
        records.forEach((r) =>
          r.removedNodes.forEach((n) => {
            if (n.nodeType !== Node.COMMENT_NODE && !r.target.closest?.('org-chart')) window.__removed.push(n.nodeName);
          }),
        ),
      ).observe(profile, { childList: true, subtree: true });
    });
  });
  await page.goto(`${origin}/demo/index.html${csp ? '' : '?no-csp'}`, { waitUntil: 'load' });
  return { page, context, violations };
}

test('without JavaScript the page reads fully: headings, every duty whole, every unit, every leader', async () => {
  const { page, context } = await open({ javaScriptEnabled: false });
  const text = (await page.locator('org-profile').innerText()).replace(/\s+/g, '');
  for (const d of data.organization.duties)
    assert.ok(text.includes(d.text.zh.replace(/\s+/g, '')), `duty visible: ${d.text.zh.slice(0, 12)}`);
  for (const u of data.units) assert.ok(text.includes(u.name.zh), u.name.zh);
  for (const p of data.people) assert.ok(text.includes(p.name.zh), p.name.zh);
  assert.ok((await page.locator('org-profile h2').count()) >= 8, 'section headings');
  assert.ok((await page.locator('org-profile table').count()) >= 2, 'tables (documents, staffing)');
  assert.equal(
    await page.locator('org-profile [part~="toggle"]:visible').count(),
    0,
    'no dead buttons without a script',
  );
  await context.close();
});

test('in a browser that does not run the bundle, the content passes axe', async () => {
  const { page, context } = await open({ blockBundle: true, csp: false });
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () =>
    window.axe.run(document.querySelector('org-profile'), { resultTypes: ['violations'] }),
  );
  assert.deepEqual(
    result.violations.map((v) => `${v.id}: ${v.nodes.length}`),
    [],
  );
  await context.close();
});

for (const [name, screen] of Object.entries({ desktop: DESKTOP, mobile: MOBILE }))
  test(`under a strict CSP (${name}): nodes adopted in place (none removed), no shift, working`, async (t) => {
    const { page, context, violations } = await open({ screen });
    // Every element rendered (on a narrow screen the chart is a list, without a viewport).
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('org-profile, org-profile *')].every(
          (e) => !e.localName.includes('-') || e.hasUpdated,
        ),
      null,
      { timeout: 15000 },
    );
    await page.waitForTimeout(500);
    const state = await page.evaluate(() => ({
      removed: window.__removed,
      kept: window.__textsBefore.filter((t) => t.isConnected).length,
      before: window.__textsBefore.length,
      shift: window.__shift,
    }));
    assert.ok(state.before > 100, `prerendered texts: ${state.before}`);
    assert.equal(state.kept, state.before, 'every prerendered text node outside the chart is still in place');
    assert.deepEqual(state.removed, []);
    assert.ok(state.shift <= 0.01, `cumulative layout shift ${state.shift}`);
    // Known, in the library (reported): the server draws the wide chart, a narrow screen shows the
    // list, so the chart is drawn again there. Still no shift and no node outside it removed.
    const redrawn = violations.filter(
      (v) => name === 'mobile' && v.startsWith('org-chart: prerendered content does not'),
    );
    if (redrawn.length) t.diagnostic(`known: ${redrawn[0].split('\n')[0]}`);
    assert.deepEqual(
      violations.filter((v) => !redrawn.includes(v)),
      [],
    );
    // Working after hydration: unfold a duty, select a unit in the chart.
    const toggle = page.locator('org-profile duty-list [part~="toggle"]').first();
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    const unit = page.locator('org-profile org-chart [role="treeitem"][data-type="unit"]').first();
    await unit.click();
    assert.equal(await unit.getAttribute('aria-selected'), 'true');
    await context.close();
  });
