// The one place that decides which browser the browser tests, the demo test, screenshots and the
// bench launch: CHROME_PATH, else an installed Chromium or Chrome, else the Chromium that the
// `@sparticuz/chromium` devDependency carries inside the npm package (Linux x64 only), so that
// `npm install && npm test` needs nothing but Node on a fresh Linux machine.
import { existsSync } from 'node:fs';

/** Where Chromium or Chrome usually lives; the first that exists wins. */
export const SYSTEM_PATHS = [
  '/usr/lib/chromium/chromium', // Debian's real binary; the /usr/bin wrapper prints a warning
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ...(process.env.LOCALAPPDATA ? [`${process.env.LOCALAPPDATA}\\Google\\Chrome\\Application\\chrome.exe`] : []),
];

export const INSTALL_HINT = `No Chromium or Chrome was found for the browser tests.
On Linux x64, \`npm install\` brings one (the @sparticuz/chromium devDependency): run it again
if node_modules was installed with --omit=dev. Elsewhere install Google Chrome, or Chromium, e.g.
on Debian/Ubuntu (as root):
  apt-get update && apt-get install -y chromium fonts-noto-cjk
or point CHROME_PATH at an existing binary:
  CHROME_PATH=/path/to/chrome npm test`;

/** Launch flags that work as root and on a machine without outside network. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** An installed browser: CHROME_PATH if set (and only it), else the first of `systemPaths` that exists. */
export function findChrome(systemPaths = SYSTEM_PATHS) {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return systemPaths.find((path) => existsSync(path));
}

/**
 * The browser to launch, `{ executablePath, source }`, or undefined. The npm Chromium is unpacked
 * to the system's temporary folder on first use (about 7 s) and reused afterwards.
 */
export async function findBrowser({ systemPaths = SYSTEM_PATHS } = {}) {
  const installed = findChrome(systemPaths);
  if (installed) return { executablePath: installed, source: process.env.CHROME_PATH ? 'CHROME_PATH' : 'installed' };
  if (process.env.CHROME_PATH || process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  let chromium;
  try {
    ({ default: chromium } = await import('@sparticuz/chromium'));
  } catch {
    return undefined; // installed without devDependencies
  }
  return { executablePath: await chromium.executablePath(), source: '@sparticuz/chromium' };
}

/**
 * Launch options for playwright-core's `chromium.launch` and @web/test-runner-chrome's
 * `launchOptions`. The npm Chromium gets the same flags as any other: its own `chromium.args` are
 * meant for AWS Lambda and switch web security off, which would hide what the CSP and network
 * tests check; it starts headless with ours (checked with Chromium 153).
 * Throws with install instructions when there is no browser.
 */
export async function browserLaunchOptions({ args = [], systemPaths } = {}) {
  const browser = await findBrowser({ systemPaths });
  if (!browser) throw new Error(INSTALL_HINT);
  return { executablePath: browser.executablePath, headless: true, args: [...CHROME_ARGS, ...args] };
}
