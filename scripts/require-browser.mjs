// Stops `npm test` at once, with install instructions, when no browser is available.
import { findChrome, INSTALL_HINT } from './find-chrome.mjs';

const chrome = findChrome();
if (!chrome) {
  if (process.env.CHROME_PATH) console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.\n`);
  console.error(INSTALL_HINT);
  process.exit(1);
}
console.log(`Browser for tests: ${chrome}`);
