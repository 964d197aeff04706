// Finds a Chromium/Chrome binary for the browser tests: CHROME_PATH first, then the usual places.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/lib/chromium/chromium', // Debian's real binary; the /usr/bin wrapper prints a warning
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const INSTALL_HINT = `No Chromium or Chrome was found for the browser tests.
Install one, for example on Debian/Ubuntu (as root):
  apt-get update && apt-get install -y chromium fonts-noto-cjk
or point CHROME_PATH at an existing binary:
  CHROME_PATH=/path/to/chrome npm test`;

/** Returns the path of a usable browser, or undefined. */
export function findChrome() {
  if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) return undefined;
  return candidates.find((path) => path && existsSync(path));
}

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
