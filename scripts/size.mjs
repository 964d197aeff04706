// `npm run size`: bytes of what ships, raw and gzip -9 (run `npm run build` first).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const files = [
  'dist/gov-org-elements.js',
  'dist/gov-org-elements-no-data.js',
  'dist/gov-org-elements.classic.js',
  'dist/gov-org-elements-no-data.classic.js',
  'data/suzhou-land-resources-bureau.json',
  'custom-elements.json',
];
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const rows = files
  .filter((f) => existsSync(f))
  .map((file) => {
    const bytes = readFileSync(file);
    return { file, bytes: bytes.length, 'gzip -9': gzip(bytes), 'brotli 11': brotli(bytes) };
  });

// The npm build: what a bundler user's app pulls in when it imports every element (lib/, without
// the dataset modules and type files), gzipped file by file as a server would.
if (existsSync('lib')) {
  const js = readdirSync('lib', { recursive: true })
    .map(String)
    .filter(
      (f) =>
        f.endsWith('.js') &&
        !f.startsWith(join('data', 'suzhou-land-resources-bureau')) &&
        !f.endsWith('use-bundled-dataset.js'),
    );
  const sum = (measure) => js.reduce((total, f) => total + measure(readFileSync(join('lib', f))), 0);
  rows.push({
    file: `lib/**/*.js (${js.length} modules, no dataset)`,
    bytes: sum((b) => b.length),
    'gzip -9': sum(gzip),
    'brotli 11': sum(brotli),
  });
}
if (rows.length < files.length + 1) console.warn('Some files are missing: run `npm run build` first.');
console.table(rows);

// Budgets (gzip -9 bytes) that `npm test` enforces with --check. Raise them only on purpose.
// Issue 6 asked for 30 KB without the dataset; six elements with validation, two languages,
// export, print and deep links measure 47.3 KB (Lit 9.5, d3-hierarchy 2.3, validation 7.4,
// interface text 3.3, layout 6.8, chart 12.7, the other elements 14 before joint compression;
// see the README). The budgets hold that line so growth is a decision, not drift.
// +1.0 KB: rendering into the light DOM (toolbars, crawlers) needs the CSS scoper and adopter
// (about 1.1 KB) and the restated display of the elements we render.
// +6.0 KB: adopting prerendered content (Lit's hydrate, 1.8 KB, and our glue), text that survives
// page tools rewriting it, schema version 2 (its checks, messages and the leader card's new
// relations). Per-tag loading (issue 14) is where a page stops paying for what it does not show.
// +0.9 KB: following a toolbar's text-only mode (纯文本: the watcher, our sheets off, everything open).
// +2.4 KB: finding one's way in a big chart (drill-down and its breadcrumb, the find box's list of
// matches with their paths, the overview, the readable first view). All of it is the chart's:
// per-tag loading (issue 14) moves it out of the pages that show no chart.
// +0.5 KB: the Chromium 86 floor (issue 14): class static blocks written out for 86, the staffing
// summary's narrow layouts by window width where container queries are missing, folds that show
// while an element is undefined (measured +0.43 KB).
// +5.3 KB: big organisations (issue 15): the chart's incremental tidy-tree layout, its numbered
// index, text widths per font, the dataset check in one walk and in steps. Measured on 61bb4bd
// (no-data 65,224 B, full 82,326 B). To be weighed against its benchmark gains and paid back by
// per-tag loading: every byte of it belongs to the chart or to checking a portal's own data.
const BUDGETS = { 'dist/gov-org-elements-no-data.js': 65_500, 'dist/gov-org-elements.js': 82_600 };
if (process.argv.includes('--check')) {
  const over = rows.filter((r) => BUDGETS[r.file] !== undefined && r['gzip -9'] > BUDGETS[r.file]);
  const missing = Object.keys(BUDGETS).filter((f) => !rows.some((r) => r.file === f));
  for (const r of over) console.error(`${r.file} is ${r['gzip -9']} B gzip, over its budget of ${BUDGETS[r.file]} B`);
  for (const f of missing) console.error(`${f} is missing`);
  if (over.length || missing.length) process.exit(1);
  console.log('size budgets: met');
}
