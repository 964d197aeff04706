// `npm run bench:first-view`: how soon a visitor sees the profile's text, arriving cold (a fresh
// browser context per run): the prerendered page (demo/prerendered.html) next to the same text as
// static HTML (that page without its scripts) and the script-rendered page (demo/index.html),
// alternated within each round; ratios are taken per round, medians reported. Needs npm run build.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { browserLaunchOptions } from '../scripts/find-chrome.mjs';
import { serve } from './lib/serve.mjs';
import { median } from './lib/stats.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ROUNDS = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 9);

// The static baseline: the prerendered page with every script tag removed (the JSON block stays inert).
const server = await serve(ROOT, {
  '/static.html': async () =>
    (await readFile(`${ROOT}demo/prerendered.html`, 'utf8')).replace(/<script type="module"[^>]*><\/script>/g, ''),
});
const { origin } = server;
const PAGES = { static: '/static.html', prerendered: '/demo/prerendered.html', script: '/demo/index.html' };

/** First contentful paint, and the first frame in which the profile's name and its duties are on screen. */
async function measure(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    const check = () => {
      const h1 = document.querySelector('org-profile h1');
      const duty = document.querySelector('org-profile duty-list [part~="text"]');
      if (h1 && duty && h1.getBoundingClientRect().height > 0) window.__content = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  const page = await context.newPage();
  await page.goto(`${origin}${url}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__content !== undefined, null, { timeout: 30_000 });
  const result = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    content: window.__content,
  }));
  await context.close();
  return result;
}

const browser = await chromium.launch(await browserLaunchOptions());
try {
  const rows = { static: [], prerendered: [], script: [] };
  const ratios = { prerendered: [], script: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? ['script', 'prerendered', 'static'] : ['static', 'prerendered', 'script'];
    const got = {};
    for (const name of order) got[name] = await measure(browser, PAGES[name]);
    for (const name of Object.keys(rows)) rows[name].push(got[name]);
    for (const name of ['prerendered', 'script']) ratios[name].push(got[name].content / got.static.content);
  }
  console.log(`Chromium ${browser.version()}, ${ROUNDS} rounds, fresh context per run, medians (ms)`);
  console.table(
    Object.fromEntries(
      Object.entries(rows).map(([name, runs]) => [
        name,
        {
          'first contentful paint': Math.round(median(runs.map((r) => r.fcp))),
          'profile text painted': Math.round(median(runs.map((r) => r.content))),
          'ratio to static (per round, median)': name === 'static' ? 1 : Number(median(ratios[name]).toFixed(2)),
        },
      ]),
    ),
  );
} finally {
  await browser.close();
  await server.close();
}
