// `npm run bench:big-org`: how soon a visitor sees a big organisation's chart, arriving cold (a
// fresh browser context per page), for synthetic organisations of 1,000, 5,000 and 20,000 units,
// fully expanded, at 1280×800: our <org-chart> (dist/gov-org-elements-no-data.js, the JSON given
// through `src`, so checked), a baseline (d3-hierarchy + one innerHTML string) and d3-org-chart,
// alternated within each round. At the largest size also: folding a top-level branch and the JS
// heap. Ratios to the baseline are taken per round; medians are reported (bench/README.md).
// Options: --rounds 9  --sizes 1000,5000,20000  --dist dist  --out bench/results/big-org.json
//   --compare <other dist>: also `ours-before`, the same page on that build, in every round
//   --pages ours,baseline: only these pages (ours and baseline always)
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { browserLaunchOptions } from '../scripts/find-chrome.mjs';
import { serve } from './lib/serve.mjs';
import { bigOrg, findQueries, largestTopBranch } from './big-org/dataset.mjs';
import { heap, PAGES, visit } from './big-org/measure.mjs';
import { markdown, summarize } from './big-org/report.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const option = (name, fallback) => {
  const i = process.argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  return process.argv[i].includes('=') ? process.argv[i].split('=')[1] : process.argv[i + 1];
};
const ROUNDS = Number(option('rounds', 9));
const SIZES = option('sizes', '1000,5000,20000').split(',').map(Number);
const DIST = path.resolve(ROOT, option('dist', 'dist'));
const OUT = path.resolve(ROOT, option('out', 'bench/results/big-org.json'));
const COMPARE = option('compare', undefined);
const NAMES = [
  ...new Set(['ours', 'baseline', ...option('pages', 'd3-org-chart').split(','), ...(COMPARE ? ['ours-before'] : [])]),
];
/** Folding and heap are measured at the largest size only. */
const DETAIL = Math.max(...SIZES);

const json = {};
const datasets = {};
for (const size of SIZES) {
  datasets[size] = await bigOrg(size);
  json[size] = JSON.stringify(datasets[size]);
}
const fold = largestTopBranch(datasets[DETAIL]);
const find = findQueries(datasets[DETAIL]);
const routes = Object.fromEntries(SIZES.map((size) => [`/data/org-${size}.json`, async () => json[size]]));
// The entry and whatever chunks it loads, from --dist.
for (const file of await readdir(DIST)) routes[`/dist/${file}`] = () => readFile(path.join(DIST, file));
if (COMPARE) {
  const other = path.resolve(ROOT, COMPARE);
  for (const file of await readdir(other)) routes[`/dist-before/${file}`] = () => readFile(path.join(other, file));
  const page = await readFile(path.join(ROOT, 'bench/big-org/ours.html'), 'utf8');
  routes['/bench/big-org/ours-before.html'] = async () => page.replaceAll('/dist/', '/dist-before/');
}
const server = await serve(ROOT, routes);

const browser = await chromium.launch(await browserLaunchOptions());
const version = browser.version();
const started = Date.now();
const rounds = Object.fromEntries(SIZES.map((size) => [size, []]));
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const size of SIZES) {
      // Each page goes first, second and third in turn.
      const names = Object.keys(PAGES).filter((name) => NAMES.includes(name));
      const order = names.map((_, i) => names[(i + round) % names.length]);
      const got = {};
      for (const name of order)
        got[name] = await visit(browser, server.origin, name, size, size === DETAIL ? { fold: fold[0], find } : {});
      if (size === DETAIL) got.heap = await heap(browser, server.origin, size);
      rounds[size].push(got);
    }
    console.error(`round ${round + 1}/${ROUNDS} done, ${Math.round((Date.now() - started) / 1000)} s`);
  }
} finally {
  await browser.close();
  await server.close();
}

const summaries = SIZES.map((size) => summarize(size, rounds[size]));
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(
  `Chromium ${version}, ${new Date().toISOString()}, ${ROUNDS} rounds in ${minutes} min, fresh context per page, ` +
    `medians; folded branch: ${fold[0]} (${fold[1]} units); typed into the find box: ` +
    `${find.common}, ${find.name}\n`,
);
console.log(markdown(summaries));
await mkdir(path.dirname(OUT), { recursive: true });
await writeFile(
  OUT,
  JSON.stringify(
    {
      chromium: version,
      date: new Date().toISOString(),
      rounds: ROUNDS,
      minutes: Number(minutes),
      datasetBytes: Object.fromEntries(SIZES.map((size) => [size, Buffer.byteLength(json[size])])),
      foldedBranch: { id: fold[0], units: fold[1] },
      findQueries: find,
      summaries,
      runs: rounds,
    },
    null,
    2,
  ),
);
console.log(`\nResults: ${path.relative(ROOT, OUT)}`);
