// `npm run bench`: medians of parse, layout and first render for synthetic orgs of 100, 1,000 and
// 10,000 units, measured in headless Chromium (scripts/find-chrome.mjs). Timings are reported,
// never asserted.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromium } from 'playwright-core';
import { browserLaunchOptions } from '../scripts/find-chrome.mjs';
import { jsonModulePlugin } from '../scripts/dev-plugins.mjs';

// --expose-gc lets the page collect garbage before each timing, so one run's garbage is not
// billed to the next measurement.
const launchOptions = await browserLaunchOptions({ args: ['--js-flags=--expose-gc'] }).catch((error) => {
  console.error(error.message);
  process.exit(1);
});
const server = await startDevServer({
  config: {
    rootDir: new URL('..', import.meta.url).pathname,
    port: 8765,
    nodeResolve: { exportConditions: ['production'] },
    plugins: [jsonModulePlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await chromium.launch(launchOptions);
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (error) => console.error('pageerror:', error.message));
  const query = process.argv.find((a) => a.startsWith('--query='))?.slice(8) ?? '';
  const profile = process.argv.includes('--profile');
  const cdp = profile ? await page.context().newCDPSession(page) : undefined;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  await page.goto(`http://localhost:8765/bench/bench.html?${query}`);
  const results = await page.waitForFunction(() => window.benchResults, null, { timeout: 300_000, polling: 500 });
  console.log(
    `Chromium ${browser.version()}, ${new Date().toISOString()}, medians${query ? ` (${query})` : ' of 7 runs'}`,
  );
  console.table(await results.jsonValue());
  if (cdp) printProfile((await cdp.send('Profiler.stop')).profile);
} finally {
  await browser.close();
  await server.stop();
}

/** Self time per function, top 15: where the benchmark spends its time. */
function printProfile(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
}
