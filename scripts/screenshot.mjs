// Takes a screenshot of a page in headless Chromium (scripts/find-chrome.mjs), for looking at what we build.
// Usage: node scripts/screenshot.mjs <url> <out.png> [width=1280] [--selector=css] [--lang=en] [--full]
import { chromium } from 'playwright-core';
import { browserLaunchOptions } from './find-chrome.mjs';

const [url, out, width = '1280', ...flags] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width] [--selector=css] [--lang=en] [--full]');
  process.exit(2);
}
const launchOptions = await browserLaunchOptions().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
const flag = (name) => {
  const given = flags.find((f) => f === `--${name}` || f.startsWith(`--${name}=`));
  return given?.includes('=') ? given.slice(given.indexOf('=') + 1) : given !== undefined;
};

const browser = await chromium.launch(launchOptions);
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  page.on('console', (msg) => msg.type() === 'error' && console.error('console:', msg.text(), msg.location().url));
  page.on('pageerror', (error) => console.error('pageerror:', error.message));
  await page.goto(url, { waitUntil: 'networkidle' });
  if (typeof flag('lang') === 'string') await page.click(`[data-lang="${flag('lang')}"]`);
  const selector = flag('selector');
  if (typeof selector === 'string') await page.locator(selector).first().screenshot({ path: out });
  else await page.screenshot({ path: out, fullPage: Boolean(flag('full')) });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
