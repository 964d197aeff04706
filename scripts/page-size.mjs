// Per-page JavaScript (issue 14): for each page type, a page with only that tag and its own `src`
// data, loaded in Chromium from the built dist/ (the no-data entry). What counts is every
// JavaScript file the page requested before the element's content was shown (ready data, rendered,
// a frame painted), in gzip -9 bytes of the file on disk, as a portal's server would send it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { browserLaunchOptions } from './find-chrome.mjs';
import { serve } from './static-server.mjs';

const DATA = '/data/suzhou-land-resources-bureau.json';

/** Each page type: its name, its tag and its markup (the tag with its own data). */
export const PAGE_TYPES = [
  ['<duty-list>', 'duty-list', `<duty-list src="${DATA}"></duty-list>`],
  ['<leader-card>', 'leader-card', `<leader-card src="${DATA}" leader-id="wu-weiqun"></leader-card>`],
  ['<staffing-summary>', 'staffing-summary', `<staffing-summary src="${DATA}"></staffing-summary>`],
  ['<org-chart>', 'org-chart', `<org-chart src="${DATA}" style="width: 1200px"></org-chart>`],
  ['<org-profile>', 'org-profile', `<org-profile src="${DATA}"></org-profile>`],
  // English interface text is a chunk of its own; it must not bring another element's code.
  ['<duty-list lang="en">', 'duty-list', `<duty-list lang="en" src="${DATA}"></duty-list>`],
];

const page = (markup) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>page size</title>` +
  `<script type="module" src="/dist/gov-org-elements-no-data.js"></script></head><body>${markup}</body></html>`;

/** Measures every page type; resolves to rows of { page, files, gzip } (files: what was loaded). */
export async function measurePages(root) {
  const routes = Object.fromEntries(PAGE_TYPES.map(([, , markup], i) => [`/page-${i}.html`, () => page(markup)]));
  const server = await serve(root, { routes });
  const browser = await chromium.launch(await browserLaunchOptions());
  const gzipOf = new Map();
  const gz = async (pathname) => {
    if (!gzipOf.has(pathname))
      gzipOf.set(pathname, gzipSync(await readFile(path.join(root, pathname)), { level: 9 }).length);
    return gzipOf.get(pathname);
  };
  const rows = [];
  try {
    for (const [i, [name, tag]] of PAGE_TYPES.entries()) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      // The first frame in which the element shows ready data, timed inside the page.
      await context.addInitScript((name) => {
        const check = () => {
          const el = document.querySelector(name);
          if (el?.hasUpdated && el.dataState?.status === 'ready' && !el.isUpdatePending)
            window.__shown = performance.now();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }, tag);
      const tab = await context.newPage();
      await tab.goto(`${server.origin}/page-${i}.html`);
      await tab.waitForFunction(() => window.__shown !== undefined, null, { timeout: 20_000 });
      const before = await tab.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime <= window.__shown && new URL(e.name).pathname.endsWith('.js'))
          .map((e) => new URL(e.name).pathname),
      );
      const files = [...new Set(before)];
      let total = 0;
      for (const file of files) total += await gz(file);
      rows.push({ page: name, files: files.map((f) => path.basename(f)), gzip: total });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}
