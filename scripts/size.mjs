// `npm run size`: bytes of what ships, raw and gzip -9 (run `npm run build` first).
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const files = ['dist/gov-org-elements.js', 'dist/gov-org-elements-no-data.js', 'data/suzhou-land-resources-bureau.json', 'custom-elements.json'];
const rows = files.filter((f) => existsSync(f)).map((file) => {
  const bytes = readFileSync(file);
  return { file, 'bytes': bytes.length, 'gzip -9': gzipSync(bytes, { level: 9 }).length };
});
if (rows.length < files.length) console.warn('Some files are missing: run `npm run build` first.');
console.table(rows);

// Budgets (gzip -9 bytes) that `npm test` enforces with --check. Raise them only on purpose.
const BUDGETS = { 'dist/gov-org-elements-no-data.js': 48_000, 'dist/gov-org-elements.js': 66_000 };
if (process.argv.includes('--check')) {
  const over = rows.filter((r) => BUDGETS[r.file] !== undefined && r['gzip -9'] > BUDGETS[r.file]);
  const missing = Object.keys(BUDGETS).filter((f) => !rows.some((r) => r.file === f));
  for (const r of over) console.error(`${r.file} is ${r['gzip -9']} B gzip, over its budget of ${BUDGETS[r.file]} B`);
  for (const f of missing) console.error(`${f} is missing`);
  if (over.length || missing.length) process.exit(1);
  console.log('size budgets: met');
}
