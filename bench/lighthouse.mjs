// `npm run bench:lighthouse`: Lighthouse (default config: mobile emulation, simulated slow 4G and
// 4× CPU slowdown) on a portal page with <org-profile> (bench/lighthouse/portal.html) and on the
// demo's pages, served from a local gzip server; the system Chromium through chrome-launcher, a
// fresh browser per run, pages alternated, medians of the runs. Reports cumulative layout shift,
// total blocking time and the four category scores next to issue 14's goals, and which elements
// shifted and which scripts ran the long tasks, from the last run's trace.
// Usage: node bench/lighthouse.mjs [--runs=3] [--save]
//   [--pages=portal,portal-reserved,portal-prerendered,index,index-template]
//   --save writes each page's last report and trace to bench/results/lighthouse-<page>.*.json
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findBrowser, INSTALL_HINT } from '../scripts/find-chrome.mjs';
import { serve } from '../scripts/static-server.mjs';
import { median } from './lib/stats.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const RUNS = Number(arg('runs', 3));
const PAGES = {
  portal: '/bench/lighthouse/portal.html',
  // The same page with the profile's height reserved in its stylesheet, as docs/elements/org-profile.md
  // tells a portal to (generated when the bench starts).
  'portal-reserved': '/bench/lighthouse/portal-reserved.html',
  // The same page as docs/prerendering.md has a portal make it: the profile rendered into the HTML
  // (`gov-org-elements render`, the built lib/render) and the elements' stylesheet linked.
  'portal-prerendered': '/bench/lighthouse/portal-prerendered.html',
  index: '/demo/index.html',
  // Not by default: the demo index as it was before it was prerendered (its template).
  'index-template': '/demo/index.template.html',
};
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const GOALS = { cls: 0.1, tbt: 200, performance: 90 };

/** One Lighthouse run in a fresh browser: the metrics, the scores and the evidence behind them. */
async function audit(chromePath, url) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const { audits, categories } = result.lhr;
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
    return {
      cls: audits['cumulative-layout-shift'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      fcp: audits['first-contentful-paint'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(categories[c].score * 100)])),
      shifts: (audits['layout-shifts']?.details?.items ?? []).map((i) => ({
        score: i.score,
        node: i.node?.snippet ?? i.node?.selector ?? '?',
      })),
      longTasks: (audits['long-tasks']?.details?.items ?? []).map((t) => ({
        url: t.url,
        start: t.startTime,
        duration: t.duration,
      })),
      failed: CATEGORIES.flatMap((c) =>
        categories[c].auditRefs
          .filter((r) => r.weight > 0 && audits[r.id].score !== null && audits[r.id].score < 0.9)
          .map((r) => `${c}: ${r.id} (${audits[r.id].displayValue ?? audits[r.id].score})`),
      ),
      lhr: result.lhr,
      trace: result.artifacts.Trace ?? result.artifacts.traces?.defaultPass,
    };
  } finally {
    chrome.kill();
  }
}

/** bench/lighthouse/portal.html with its empty <org-profile> rendered on the server. */
async function prerenderedPortal() {
  const { renderElement } = await import(new URL('../lib/render/index.js', import.meta.url));
  const dataset = JSON.parse(await readFile(`${ROOT}data/suzhou-land-resources-bureau.json`, 'utf8'));
  const page = await readFile(`${ROOT}bench/lighthouse/portal.html`, 'utf8');
  const swap = (text, from, to) => {
    if (!text.includes(from)) throw new Error(`bench/lighthouse/portal.html no longer has ${from}`);
    return text.replace(from, to);
  };
  const css = '<link rel="stylesheet" href="../../dist/gov-org-elements.css">';
  const withCss = swap(
    page,
    '<link rel="stylesheet" href="./portal.css">',
    `<link rel="stylesheet" href="./portal.css">\n  ${css}`,
  );
  return swap(withCss, '<org-profile></org-profile>', renderElement('org-profile', dataset, { lang: 'zh-CN' }));
}

/**
 * The portal page with the profile's height reserved: measured on this page (20,115 px at 412 px
 * wide, 12,126 px at 1,350 px, on 3 December 2026) and set a little under it.
 */
async function reservedPortal() {
  const page = await readFile(`${ROOT}bench/lighthouse/portal.html`, 'utf8');
  const link = '<link rel="stylesheet" href="./portal.css">';
  if (!page.includes(link)) throw new Error(`bench/lighthouse/portal.html no longer has ${link}`);
  const style =
    '<style>org-profile { display: block; min-height: 19000px; } ' +
    '@media (min-width: 900px) { org-profile { min-height: 11500px; } }</style>';
  return page.replace(link, `${link}\n  ${style}`);
}

const fixed = (x, digits) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const mark = (ok) => (ok ? 'met' : 'missed');

const browser = await findBrowser();
if (!browser) throw new Error(INSTALL_HINT);
const names = arg('pages', 'portal,portal-reserved,portal-prerendered,index').split(',');
const routes = { [PAGES['portal-prerendered']]: prerenderedPortal, [PAGES['portal-reserved']]: reservedPortal };
const server = await serve(ROOT, { gzip: true, routes });
const runs = Object.fromEntries(names.map((n) => [n, []]));
try {
  for (let run = 0; run < RUNS; run++)
    for (const name of names.map((_, i) => names[(i + run) % names.length]))
      runs[name].push(await audit(browser.executablePath, `${server.origin}${PAGES[name]}`));
} finally {
  await server.close();
}

const lighthouseVersion = runs[names[0]][0].lhr.lighthouseVersion;
console.log(`Lighthouse ${lighthouseVersion}, ${browser.executablePath}, mobile emulation, medians of ${RUNS} runs\n`);
console.log('| page | CLS | TBT (ms) | FCP (ms) | LCP (ms) | performance | accessibility | best practices | SEO |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const name of names) {
  const m = (pick) => median(runs[name].map(pick));
  const cls = m((r) => r.cls);
  const tbt = m((r) => r.tbt);
  const perf = m((r) => r.scores.performance);
  console.log(
    `| ${name} | ${fixed(cls, 3)} (${mark(cls <= GOALS.cls)}) | ${fixed(tbt, 0)} (${mark(tbt <= GOALS.tbt)}) | ` +
      `${fixed(
        m((r) => r.fcp),
        0,
      )} | ${fixed(
        m((r) => r.lcp),
        0,
      )} | ${perf} (${mark(perf >= GOALS.performance)}) | ` +
      `${m((r) => r.scores.accessibility)} | ${m((r) => r.scores['best-practices'])} | ${m((r) => r.scores.seo)} |`,
  );
}
console.log(`\nGoals (issue 14): CLS ≤ ${GOALS.cls}, TBT ≤ ${GOALS.tbt} ms, performance ≥ ${GOALS.performance}.`);
for (const name of names) {
  const last = runs[name].at(-1);
  console.log(
    `\n${name}, last run: per-run CLS ${runs[name].map((r) => fixed(r.cls, 3)).join(' ')}, ` +
      `TBT ${runs[name].map((r) => fixed(r.tbt, 0)).join(' ')} ms`,
  );
  for (const s of last.shifts.slice(0, 5)) console.log(`  shift ${fixed(s.score, 3)}: ${s.node.slice(0, 100)}`);
  for (const t of last.longTasks.slice(0, 6))
    console.log(`  long task ${fixed(t.duration, 0)} ms at ${fixed(t.start, 0)} ms: ${t.url}`);
  for (const f of last.failed) console.log(`  below 90: ${f}`);
}
if (process.argv.includes('--save')) {
  await mkdir(`${ROOT}bench/results`, { recursive: true });
  for (const name of names) {
    const last = runs[name].at(-1);
    await writeFile(`${ROOT}bench/results/lighthouse-${name}.report.json`, JSON.stringify(last.lhr));
    if (last.trace) await writeFile(`${ROOT}bench/results/lighthouse-${name}.trace.json`, JSON.stringify(last.trace));
  }
}
