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
// The module entries only watch the page and load each tag's chunks (issue 14: per-tag loading);
// what a page really loads is budgeted per page type below (+50 B on 2026-12-03: the entry hands a
// profile its chart loader; +150 B on 2026-12-03 (late): the entry reads and checks an element's
// `src` data while the element's code loads; +20 B on 2026-12-04: the early request says when it is
// done, so an element shows its answer in its first render; +100 B of the classic builds: the
// profile's rule holding a late chart's height, and +100 B when the Chinese text was split into
// parts; +100 B on 2026-12-03 (evening): a leader's résumé, its entry, label and line breaks; +600
// B on 2026-12-03 (night): the chart's overview keeps a readable size for very wide charts, and it
// and the export's reading of the chart's looks are lazy parts, which a single file carries as
// inlined modules; the chart's module page lost 1,260 B). The classic builds are the whole library
// in one eager file each (Lit 6.5 KB, the dataset check 9 KB, the chart and its layout 26 KB, the
// other elements, both languages, export with d3-selection 5 KB, hydration 1.8 KB).
const BUDGETS = {
  'dist/gov-org-elements-no-data.js': 2_220,
  'dist/gov-org-elements.js': 2_320,
  'dist/gov-org-elements-no-data.classic.js': 72_950,
  'dist/gov-org-elements.classic.js': 90_150,
};
if (process.argv.includes('--check')) {
  const over = rows.filter((r) => BUDGETS[r.file] !== undefined && r['gzip -9'] > BUDGETS[r.file]);
  const missing = Object.keys(BUDGETS).filter((f) => !rows.some((r) => r.file === f));
  for (const r of over) console.error(`${r.file} is ${r['gzip -9']} B gzip, over its budget of ${BUDGETS[r.file]} B`);
  for (const f of missing) console.error(`${f} is missing`);
  if (over.length || missing.length) process.exitCode = 1;
  else console.log('size budgets: met');
}

// Per page type (issue 14): all JavaScript a page with only that tag and its own `src` data loads
// before its content is shown, measured in Chromium from the requests the page made. The issue's
// goals are 20 KB for <duty-list>, <leader-card> and <staffing-summary>, 32 KB for <org-chart> and
// 45 KB for <org-profile>; these budgets hold what per-tag loading measured (2026-12-02), not
// those goals, which it does not meet: Lit (6.5 KB), the elements' shared core (10.5 KB: data
// loading, scoped styles, text-only mode, hydration glue, Chinese text) and the validity check
// (5.2 KB; the issue messages, 4.6 KB, load only for invalid data) come to 23.5 KB before any
// element's own code. See docs/installing.md#size. Raised slightly on 2026-12-02 (evening): the
// entries start an element's `src` request themselves (+290 B), the faster dataset check is
// +220 B, the chart's cold-path arrays +100 B, against −200 B of the core (styles scoped at build
// time). Raised on 2026-12-03: prerendered elements adopt their content one task each, a data
// check pauses on a time budget (+40 B of the core), duty widths are counted by regular
// expressions (+85 B of the shared chunk), the chart renders its frame while loading and gives
// the phone list unmeasured words (+140 B of its chunk). Raised again on 2026-12-03 (later): a
// prerendered element adopts its nodes only for its own snapshot, else renders afresh (+46 B of
// the core, a correctness fix), and the chart's loading row gives an inline host its width (+16 B).
// 2026-12-03 (night): a profile asks for the chart's code once it has shown its data (−26 KB of
// its page, which now meets its goal); the idle helper moved into the core and the entry passes
// the profile its chart loader (+80 B on the other pages). Then each element's Chinese text moved
// from the core into its own chunk (−1.4 to −1.6 KB on the duty-list, leader-card and staffing
// pages, −0.9 KB on the chart's; +60 B of the classic builds, which assemble the parts).
// 2026-12-03 (evening): a leader's résumé (简历) on the card, +60 B of the leader-card chunk.
// 2026-12-03 (night): the chart's overview loads after the render that first needs it (−760 B),
// and the export reads the chart's looks in its own chunk (−500 B); the overview's label names
// its new keys (+30 B; +60 B of the classic builds, whose budgets rose by 100 B).
// 2026-12-03 (late): the entry reads an element's `src` data as it arrives and checks it as soon
// as the check's code is here, before the element's own code has loaded (+150 B on every page).
// 2026-12-04: the chart's kind-group names left the interface text (nothing read them there), so
// the English chunk no longer imports the chart's; -20 to -70 B on every page.
// Then an element whose `src` the entry has already fetched and checked shows it in its first
// render, no loading state painted before (+80 B on every page; the 1,000-unit chart paints 18 ms sooner).
// Data loading then asks for the check's chunk only when the entry did not check (+5 B on the
// chart's and staffing pages; +20 B of the classic builds, whose budgets rose by 50 B).
const PAGE_BUDGETS = {
  '<duty-list>': 28_930,
  '<leader-card>': 27_510,
  '<staffing-summary>': 27_150,
  '<org-chart>': 50_640,
  '<org-profile>': 41_450,
  // 2026-12-04: the <duty-list> page and the English interface text, nothing else (until then its
  // chunk imported the chart's for six group names, 26 KB more).
  '<duty-list lang="en">': 30_730,
};
if (!process.argv.includes('--no-pages')) {
  const { measurePages } = await import('./page-size.mjs');
  const pages = await measurePages(process.cwd());
  console.table(
    pages.map(({ page, files, gzip }) => ({
      page,
      'JS files': files.length,
      'gzip -9': gzip,
      budget: PAGE_BUDGETS[page],
    })),
  );
  if (process.argv.includes('--verbose')) for (const p of pages) console.log(p.page, p.files.join(' '));
  if (process.argv.includes('--check')) {
    const over = pages.filter((p) => p.gzip > PAGE_BUDGETS[p.page]);
    // English must cost its own chunk only: the Chinese page's files and one more.
    const zh = pages.find((p) => p.page === '<duty-list>');
    const en = pages.find((p) => p.page === '<duty-list lang="en">');
    const extra = en.files.filter((f) => !zh.files.includes(f));
    if (extra.length !== 1 || !extra[0].startsWith('goe-en-') || zh.files.some((f) => !en.files.includes(f))) {
      console.error(`an English <duty-list> page loads ${extra.join(', ')} beyond the Chinese page's files`);
      process.exitCode = 1;
    }
    for (const p of over)
      console.error(
        `${p.page} page loads ${p.gzip} B gzip of JavaScript before its content, over ${PAGE_BUDGETS[p.page]} B`,
      );
    if (over.length) process.exitCode = 1;
    else console.log('per-page budgets: met');
  }
}
