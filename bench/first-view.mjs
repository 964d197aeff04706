// `npm run bench:first-view`: how soon a visitor arriving cold (a fresh browser context per run,
// nothing cached) sees the content, next to static HTML with the same text, on loopback and again
// with 150 ms round trips emulated. Two sets of pages, each alternated within every round:
// - tags: <duty-list> and <org-chart> alone with the one-tag bundle (bench/first-view/*.html)
//   against the same duties as plain HTML, generated here from the bundled dataset;
// - profile: the demo's prerendered profile (demo/index.html) and the script-rendered one (its
//   template, demo/index.template.html) against the prerendered page with its scripts removed.
// "Content shown" is the first animation frame in which the page's content elements are in the
// DOM with a layout box: polled, not tied to module events, so the bench reads the same whatever
// the bundle's chunking. Ratios are taken per round, then the median. Needs npm run build.
// Usage: node bench/first-view.mjs [--rounds=9] [--sets=tags,profile] [--networks=loopback,rtt150]
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { browserLaunchOptions } from '../scripts/find-chrome.mjs';
import { serve } from '../scripts/static-server.mjs';
import { median } from './lib/stats.mjs';
import { staticDutiesPage } from './first-view/static-duties.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const ROUNDS = Number(arg('rounds', 9));

/** How long after the content shows the layout shifts are still counted. */
const SETTLE_MS = 500;
/** Emulated round trip added to every request (CDP Network.emulateNetworkConditions), no throughput cap. */
const NETWORKS = { loopback: 0, rtt150: 150 };
const PROFILE_TEXT = ['org-profile h1', 'org-profile duty-list [part~="text"]'];
/** Each set: its pages (path and the selectors whose elements must all be laid out), the first is the baseline. */
const SETS = {
  tags: {
    static: { path: '/bench/first-view/static.html', content: ['ol[data-duties] li'] },
    'duty-list': { path: '/bench/first-view/duty-list.html', content: ['duty-list [part~="text"]'], goal: 1.5 },
    'org-chart': { path: '/bench/first-view/org-chart.html', content: ['org-chart [role="treeitem"]'], goal: 2.5 },
  },
  profile: {
    static: { path: '/demo/static-profile.html', content: PROFILE_TEXT },
    prerendered: { path: '/demo/index.html', content: PROFILE_TEXT },
    script: { path: '/demo/index.template.html', content: PROFILE_TEXT },
  },
};

const dataset = JSON.parse(await readFile(`${ROOT}data/suzhou-land-resources-bureau.json`, 'utf8'));
const server = await serve(ROOT, {
  gzip: true,
  routes: {
    '/bench/first-view/static.html': async () => staticDutiesPage(dataset),
    // The same text as the prerendered page without any script (the JSON block stays inert);
    // served beside it so its stylesheets load.
    '/demo/static-profile.html': async () =>
      (await readFile(`${ROOT}demo/index.html`, 'utf8')).replace(/<script type="module"[^>]*><\/script>/g, ''),
  },
});

/**
 * First contentful paint and content shown (ms from navigation start) of one cold visit, and the
 * layout shift (the sum of the browser's layout-shift entries, no input) until SETTLE_MS after.
 */
async function visit(browser, { path, content }, latency) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript((selectors) => {
    window.__shift = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.__shift += e.value))).observe({
      type: 'layout-shift',
      buffered: true,
    });
    const shown = () =>
      selectors.every((s) => [...document.querySelectorAll(s)].some((e) => e.getBoundingClientRect().height > 0));
    // Timed by a task posted from the frame's callbacks: it runs once that frame is rendered.
    const check = () =>
      shown() ? setTimeout(() => (window.__content = performance.now())) : requestAnimationFrame(check);
    requestAnimationFrame(check);
  }, content);
  const page = await context.newPage();
  if (latency) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
  }
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  await page
    .waitForFunction(() => window.__content !== undefined, null, { timeout: 30_000 })
    .catch((error) => {
      throw new Error(`${path}${latency ? ` at ${latency} ms` : ''}: the content never showed (${error.message})`);
    });
  await page.waitForTimeout(SETTLE_MS);
  const result = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    content: window.__content,
    shift: window.__shift,
  }));
  await context.close();
  return result;
}

/** Rounds of one set on one network, each page going first in turn; runs and per-round ratios. */
async function runSet(browser, pages, latency) {
  const names = Object.keys(pages);
  const runs = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length]);
    for (const name of order) runs[name].push(await visit(browser, pages[name], latency));
  }
  const ratios = Object.fromEntries(
    names.slice(1).map((n) => [n, runs[n].map((r, i) => r.content / runs[names[0]][i].content)]),
  );
  return { runs, ratios };
}

const fixed = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

/** A Markdown table of the medians, ratios and goals, then each page's ratio in every round. */
function report(set, network, pages, { runs, ratios }) {
  const names = Object.keys(pages);
  const lines = [
    `\n### ${set}, ${network === 'loopback' ? 'loopback' : `${NETWORKS[network]} ms round trips`}`,
    '',
    '| page | FCP (ms) | content shown (ms) | ratio to static (median of rounds) | goal | layout shift |',
    '| --- | ---: | ---: | ---: | --- | ---: |',
  ];
  for (const name of names) {
    const ratio = name === names[0] ? 1 : median(ratios[name]);
    const goal = pages[name].goal ? `≤ ${pages[name].goal}× ${ratio <= pages[name].goal ? 'met' : 'missed'}` : '';
    lines.push(
      `| ${name} | ${fixed(median(runs[name].map((r) => r.fcp)), 0)} | ` +
        `${fixed(median(runs[name].map((r) => r.content)), 0)} | ${fixed(ratio)} | ${goal} | ` +
        `${fixed(median(runs[name].map((r) => r.shift)), 3)} |`,
    );
  }
  lines.push('');
  for (const [name, values] of Object.entries(ratios))
    lines.push(`${name} / ${names[0]} per round: ${values.map((v) => fixed(v)).join(' ')}`);
  console.log(lines.join('\n'));
}

const sets = arg('sets', Object.keys(SETS).join(',')).split(',');
const networks = arg('networks', Object.keys(NETWORKS).join(',')).split(',');
const browser = await chromium.launch(await browserLaunchOptions());
const results = { chromium: browser.version(), date: new Date().toISOString(), rounds: ROUNDS, sets: {} };
try {
  console.log(`Chromium ${results.chromium}, ${ROUNDS} rounds, a fresh context per run, medians`);
  for (const set of sets) {
    for (const network of networks) {
      const result = await runSet(browser, SETS[set], NETWORKS[network]);
      report(set, network, SETS[set], result);
      (results.sets[set] ??= {})[network] = result;
    }
  }
  await mkdir(`${ROOT}bench/results`, { recursive: true });
  await writeFile(`${ROOT}bench/results/first-view.json`, JSON.stringify(results, null, 2));
} finally {
  await browser.close();
  await server.close();
}
