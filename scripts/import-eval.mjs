// Scores the importer against the hand-written results of tests/fixtures/import-corpus/ and
// prints, per text, units / people / 分管-link precision and recall, parent accuracy, the share
// of dataset strings kept verbatim and the text's coverage. `npm run import:eval`.
// The TypeScript sources are bundled in memory with esbuild, so no build is needed first.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = `export { importText } from './src/import/index.ts'; export * from './tests/import/score-import.ts';`;
const bundled = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  logLevel: 'silent',
});
const { importText, scoreImport, corpusF1, CORPUS, bodyOf } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);

const pct = (x) => `${(x * 100).toFixed(1)}%`.padStart(6);
const pr = (s) => `${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;
const all = [];
console.log(
  `${'text'.padEnd(38)} ${'units P/R/F1'.padEnd(20)} ${'people P/R/F1'.padEnd(20)} ` +
    `${'分管 P/R/F1'.padEnd(19)} ${'v2 relations'.padEnd(20)} parents verbatim  placed covered duties`,
);
for (const name of CORPUS) {
  const input = bodyOf(readFileSync(`${root}tests/fixtures/import-corpus/${name}.txt`, 'utf8'));
  const expected = JSON.parse(readFileSync(`${root}tests/fixtures/import-corpus/${name}.expected.json`, 'utf8'));
  const { dataset, report } = importText(input, expected.nameOption ? { name: expected.nameOption } : {});
  const s = scoreImport(input, expected, dataset, report);
  all.push(s);
  console.log(
    `${name.padEnd(38)} ${pr(s.units)} ${pr(s.people)} ${pr(s.links)}  ${pr(s.relations)}  ` +
      `${pct(s.parents)}  ${pct(s.verbatim)} ${pct(s.placed)} ${pct(s.coverage)} ` +
      `${s.duties.found}/${s.duties.expected}${s.organization ? '' : '  (organisation name differs)'}`,
  );
  for (const text of s.notVerbatim) console.log(`    not verbatim: ${text}`);
}
const micro = (key) => corpusF1(all.map((s) => s[key]));
const mean = (key) => all.reduce((n, s) => n + s[key], 0) / all.length;
console.log(
  `\ncorpus (micro-averaged F1): units ${pct(micro('units'))}, people ${pct(micro('people'))}, ` +
    `分管 links ${pct(micro('links'))}, v2 relations ${pct(micro('relations'))}; ` +
    `parents ${pct(mean('parents'))}, verbatim ${pct(mean('verbatim'))}, ` +
    `covered ${pct(Math.min(...all.map((s) => s.coverage)))} (lowest), placed ${pct(mean('placed'))} (mean)`,
);
