// Stops `npm test` at once, with install instructions, when no browser is available, and says
// which one the tests will use (unpacking the npm Chromium here, once, rather than in a test).
import { findBrowser, INSTALL_HINT } from './find-chrome.mjs';

const browser = await findBrowser();
if (!browser) {
  if (process.env.CHROME_PATH)
    console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.\n`);
  console.error(INSTALL_HINT);
  process.exit(1);
}
console.log(`Browser for tests: ${browser.executablePath} (${browser.source})`);
