// One visit per call, in a fresh browser context (no cache, no storage, nothing shared with the
// visit before): what a visitor arriving at a page with a big organisation waits for.
export const VIEWPORT = { width: 1280, height: 800 };
/** The DOM must be still this long (ms) before a page counts as settled. */
const QUIET = 1000;
const TIMEOUT = 300_000;

export const PAGES = {
  ours: { path: '/bench/big-org/ours.html', box: 'org-chart [role="treeitem"]' },
  // With --compare: the same page on another build (its files under /dist-before/).
  'ours-before': { path: '/bench/big-org/ours-before.html', box: 'org-chart [role="treeitem"]' },
  baseline: { path: '/bench/big-org/baseline.html', box: '#canvas .box' },
  'd3-org-chart': { path: '/bench/big-org/d3-org-chart.html', box: '#chart .node-foreign-object-div' },
};
const TOGGLES = {
  ours: (id) => `org-chart [role="treeitem"][data-id="${id}"] .toggle`,
  'ours-before': (id) => `org-chart [role="treeitem"][data-id="${id}"] .toggle`,
  baseline: (id) => `#canvas .box[data-id="${id}"] .toggle`,
};

/**
 * Runs in the page before any of its scripts (times are performance.now(), from navigation start):
 * `firstPaint` ends the first frame in which a chart box is in the DOM with a layout box (the
 * task right after that frame's animation frame callbacks, i.e. after the frame was rendered);
 * `settled` ends the frame after the last DOM change; `actions` holds, per click, the time from
 * the click event to the end of the next frame; `fcp` is the browser's first-contentful-paint.
 */
function instrument(boxSelector) {
  const b = (window.__bench = { fcp: NaN, firstPaint: NaN, settled: NaN, lastChange: 0, actions: [] });
  const afterPaint = (then) => requestAnimationFrame(() => setTimeout(then, 0));
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') b.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  // Changes are watched from the first paint on (watching the first build of 20,000 SVG nodes
  // would slow it down): `settled` is never before `firstPaint`.
  const watch = () =>
    new MutationObserver(() => {
      const at = (b.lastChange = performance.now());
      afterPaint(() => {
        if (b.lastChange === at) b.settled = performance.now();
      });
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const poll = () => {
    const box = document.querySelector(boxSelector);
    if (!box || box.getBoundingClientRect().width === 0) return requestAnimationFrame(poll);
    // Already in this frame's animation frame callbacks: the task after them follows its paint.
    setTimeout(() => {
      b.firstPaint = b.settled = b.lastChange = performance.now();
      watch();
    }, 0);
  };
  requestAnimationFrame(poll);
  addEventListener('click', (event) => afterPaint(() => b.actions.push(performance.now() - event.timeStamp)), {
    capture: true,
  });
  // Each character typed into the find box: from its input event to the end of the next frame.
  b.keys = [];
  addEventListener('input', (event) => afterPaint(() => b.keys.push(performance.now() - event.timeStamp)), {
    capture: true,
  });
}

async function inFreshContext(browser, run) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}

async function openPage(context, url, box) {
  await context.addInitScript(instrument, box);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`pageerror in ${url}: ${error.message}`));
  // Everything comes from the local server; anything else would be a network wait we do not time.
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(url).origin) console.error(`off-site request: ${request.url()}`);
  });
  await page.goto(url, { waitUntil: 'commit' });
  return page;
}

/** Waits until a box has been painted and the DOM has not changed for QUIET ms (after `actions` clicks). */
const settled = (page, actions = 0) =>
  page.waitForFunction(
    ({ quiet, actions }) => {
      const b = window.__bench;
      return b.firstPaint > 0 && b.actions.length >= actions && performance.now() - b.lastChange > quiet;
    },
    { quiet: QUIET, actions },
    { timeout: TIMEOUT, polling: 100 },
  );

/**
 * Opens `name` (a key of PAGES) with the organisation of `size` units and returns its timings.
 * With `fold` (a top-level unit's id), then clicks that unit's toggle twice: collapse, expand.
 */
export function visit(browser, origin, name, size, { fold, find } = {}) {
  return inFreshContext(browser, async (context) => {
    const { path, box } = PAGES[name];
    const page = await openPage(context, `${origin}${path}?size=${size}`, box);
    await settled(page);
    const result = await page.evaluate((box) => {
      if (document.querySelector('org-chart [part~="error"]')) throw new Error('org-chart shows an error');
      const { fcp, firstPaint, settled } = window.__bench;
      return { fcp, firstPaint, settled, boxesInDom: document.querySelectorAll(box).length };
    }, box);
    if (fold && TOGGLES[name]) Object.assign(result, await foldAndUnfold(page, name, fold));
    if (find && name.startsWith('ours')) Object.assign(result, await typeIntoFind(page, find));
    return result;
  });
}

/** Brings the branch's box on screen (not timed), then times a click on its toggle, twice. */
async function foldAndUnfold(page, name, id) {
  await page.evaluate(
    async ({ name, id }) => {
      if (name.startsWith('ours')) {
        // A visitor zooms in to read, then goes to the branch: 100 %, the unit selected and in view.
        const chart = document.querySelector('org-chart');
        while (chart.transform.k < 1) {
          chart.zoomIn();
          await chart.updateComplete;
        }
        chart.selected = id;
        await chart.updateComplete;
      } else {
        document.querySelector(`.box[data-id="${id}"]`).scrollIntoView({ block: 'center', inline: 'center' });
      }
    },
    { name, id },
  );
  const times = {};
  for (const [i, action] of ['collapse', 'expand'].entries()) {
    await settled(page, i);
    const toggle = page.locator(TOGGLES[name](id));
    const { x, y, width, height } = await toggle.boundingBox();
    await page.mouse.click(x + width / 2, y + height / 2);
    await settled(page, i + 1);
    times[action] = await page.evaluate((i) => window.__bench.actions[i], i);
    const sign = await toggle.textContent();
    if (sign !== (action === 'collapse' ? '+' : '−')) throw new Error(`${name}: ${action} did not happen (${sign})`);
  }
  return times;
}

/**
 * Types each query into the chart's find box a character at a time, as a reader would (the list
 * of each keystroke shown before the next), and returns, per query, the time from the first and
 * from the last keystroke to the end of the frame that showed its results, and the matches.
 * Focusing the box (which builds its index) is not timed: a reader focuses before typing.
 */
async function typeIntoFind(page, queries) {
  const input = page.locator('org-chart [part~="find-input"]');
  const out = {};
  for (const [key, query] of Object.entries(queries)) {
    await input.fill('');
    await input.focus();
    await page.waitForTimeout(300);
    const before = await page.evaluate(() => window.__bench.keys.length);
    const chars = [...query];
    for (const [i, char] of chars.entries()) {
      await page.keyboard.insertText(char);
      await page.waitForFunction((n) => window.__bench.keys.length >= n, before + i + 1, { timeout: TIMEOUT });
    }
    const { keys, matches } = await page.evaluate(
      ({ from }) => {
        const chart = document.querySelector('org-chart');
        const status = chart.querySelector('[part~="find-status"]').textContent;
        const options = chart.querySelectorAll('[part~="find-option"]').length;
        if (options === 0) throw new Error(`the find box listed nothing (${status})`);
        return { keys: window.__bench.keys.slice(from), matches: Number(status.replace(/\D/g, '')) };
      },
      { from: before },
    );
    Object.assign(out, { [`${key}First`]: keys[0], [`${key}Last`]: keys.at(-1), [`${key}Matches`]: matches });
  }
  return out;
}

/** JS heap in use after two full garbage collections (bytes). */
async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/**
 * The JS heap the parsed dataset holds (an empty page before and after fetching the JSON and
 * keeping the parsed object) and the heap our chart adds (a page that has loaded the bundle,
 * before and after an <org-chart src> of the same JSON is shown and settled).
 */
export async function heap(browser, origin, size) {
  const url = `/data/org-${size}.json`;
  const dataset = await inFreshContext(browser, async (context) => {
    const page = await openPage(context, `${origin}/bench/big-org/empty.html`, 'none');
    await page.waitForLoadState('load');
    const cdp = await context.newCDPSession(page);
    const before = await heapUsed(cdp);
    await page.evaluate(async (url) => (window.kept = await (await fetch(url)).json()) && undefined, url);
    return (await heapUsed(cdp)) - before;
  });
  const chart = await inFreshContext(browser, async (context) => {
    const page = await openPage(context, `${origin}/bench/big-org/bundle-only.html`, PAGES.ours.box);
    // A build that loads each tag's code when the tag appears: load the chart's code now, so that
    // "before" holds the code as a single-file build's page would.
    await page.evaluate(async () => {
      const entry = await import('/dist/gov-org-elements-no-data.js');
      await entry.loadElement?.('org-chart');
      await customElements.whenDefined('org-chart');
    });
    const cdp = await context.newCDPSession(page);
    const before = await heapUsed(cdp);
    await page.evaluate((url) => {
      const chart = Object.assign(document.createElement('org-chart'), { expandDepth: 99, src: url });
      document.body.append(chart);
    }, url);
    await settled(page);
    return (await heapUsed(cdp)) - before;
  });
  return { dataset, chart };
}
