import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { OrgChart } from '../../src/elements/org-chart/org-chart.js';
import type { OrgErrorEvent } from '../../src/events.js';
import { FETCH_TIMEOUT_MS } from '../../src/elements/shared/load-dataset.js';
import { smallDataset } from '../fixtures/small-dataset.js';
import { settle } from './org-chart-helpers.js';
import { until as untilReached, wait, watchUncaught } from '../helpers/wait.js';

const until = (test: () => boolean, ms = 3000): Promise<void> => untilReached(test, 'the element', ms);

// `src` against a server that misbehaves (the /__fault__/ endpoints of the test server, see
// scripts/dev-plugins.mjs): every failure ends in the element's panel with a reason and Retry,
// never a blank box or an uncaught error, and the latest src always wins.

const SUZHOU = 'data/suzhou-land-resources-bureau.json';
const unitCount = (el: OrgChart): number => el.querySelectorAll('[role="treeitem"][data-type="unit"]').length;
/** The organisation the chart shows (its root box's name), or '' while none is shown. */
const shown = (el: OrgChart): string =>
  el.querySelector('[role="treeitem"][data-type="organization"] [part~="label"]')?.textContent?.trim() ?? '';
const panel = (el: Element): HTMLElement | null => el.querySelector('[part~="error"]');
const status = (el: Element): HTMLElement | null => el.querySelector('[part~="status"]');
const unique = (): string => Math.random().toString(36).slice(2);

async function mount(src: string): Promise<{ el: OrgChart; errors: OrgErrorEvent[] }> {
  const errors: OrgErrorEvent[] = [];
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 900px" @org-error=${(e: OrgErrorEvent) => errors.push(e)}
      ><org-chart src=${src}></org-chart></div>`,
  );
  return { el: wrapper.querySelector('org-chart')!, errors };
}

describe('src against a misbehaving server', () => {
  const uncaught = watchUncaught();
  beforeEach(() => uncaught.clear());
  afterEach(() => expect(uncaught.messages, 'uncaught errors').to.deep.equal([]));

  for (const code of [404, 500, 503]) {
    it(`shows HTTP ${code} with the URL and a Retry button, and fires org-error`, async () => {
      const { el, errors } = await mount(`/__fault__/status/${code}?${unique()}`);
      await until(() => panel(el) !== null);
      expect(panel(el)!.textContent).to.contain(`HTTP ${code}`).and.contain('/__fault__/status/');
      expect(panel(el)!.querySelector('button')!.textContent).to.contain('重试');
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.kind).to.equal('network');
      expect(errors[0]!.detail.reason).to.contain(String(code));
    });
  }

  it('refuses an HTML page served with status 200 (a CMS "not found" page), naming the content type', async () => {
    const { el, errors } = await mount(`/__fault__/html?${unique()}`);
    await until(() => panel(el) !== null);
    expect(panel(el)!.textContent).to.contain('text/html');
    expect(errors[0]!.detail.kind).to.equal('network');
  });

  it("reports truncated JSON as invalid data, with the parser's reason", async () => {
    const { el, errors } = await mount(`/__fault__/invalid-json?${unique()}`);
    await until(() => panel(el) !== null);
    expect(panel(el)!.textContent).to.contain('不是有效的 JSON');
    expect(errors[0]!.detail.kind).to.equal('data');
    expect(errors[0]!.detail.issues[0]!.code).to.equal('not-json');
  });

  it('shows that it is loading, then gives up on a silent server and on a body that never ends', async function () {
    this.timeout(FETCH_TIMEOUT_MS + 15_000);
    const silent = await mount(`/__fault__/silent?${unique()}`);
    const endless = await mount(`/__fault__/never-ends?${unique()}`);
    for (const { el } of [silent, endless]) {
      await el.updateComplete;
      expect(status(el)!.textContent).to.contain('正在载入');
      expect(status(el)!.getAttribute('role')).to.equal('status');
    }
    await until(() => panel(silent.el) !== null && panel(endless.el) !== null, FETCH_TIMEOUT_MS + 5000);
    for (const { el, errors } of [silent, endless]) {
      expect(panel(el)!.textContent).to.contain(`${FETCH_TIMEOUT_MS / 1000}`);
      expect(panel(el)!.querySelector('button')).to.exist;
      expect(errors[0]!.detail.kind).to.equal('network');
    }
  });

  it('asks the network again on Retry and shows the data once the server answers', async () => {
    const { el } = await mount(`/__fault__/flaky?key=${unique()}&file=${SUZHOU}`);
    await until(() => panel(el) !== null);
    expect(panel(el)!.textContent).to.contain('HTTP 503');
    panel(el)!.querySelector('button')!.click();
    await until(() => unitCount(el) === 22);
    expect(panel(el)).to.equal(null);
  });

  it('shows the latest src when the earlier request answers last', async () => {
    const { el } = await mount(`/__fault__/slow?ms=700&file=${SUZHOU}&${unique()}`);
    await wait(50);
    el.src = `/__fault__/echo?ms=0&body=${encodeURIComponent(JSON.stringify(smallDataset()))}`;
    await until(() => shown(el) === '示例市自然资源局');
    await wait(1000); // the older answer has arrived by now, and must be dropped
    await settle(el);
    expect(shown(el)).to.equal('示例市自然资源局');
  });

  it('shows the latest src when the earlier request answers first, and only after the latest answers', async () => {
    const { el } = await mount(`/__fault__/echo?ms=100&body=${encodeURIComponent(JSON.stringify(smallDataset()))}`);
    el.src = `/__fault__/slow?ms=800&file=${SUZHOU}&${unique()}`;
    await wait(400); // the first answer is in; the element must still be waiting for the second
    await el.updateComplete;
    expect(shown(el)).to.equal('');
    expect(status(el)).to.exist;
    await until(() => shown(el) === '苏州市国土资源局');
  });

  it('makes no request at all for elements given data or nothing, on a page where others use src', async () => {
    const realFetch = window.fetch;
    const requests: string[] = [];
    window.fetch = (input, init) => {
      requests.push(String(input));
      return realFetch(input, init);
    };
    try {
      const data = smallDataset();
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px">
        <org-chart .data=${data}></org-chart><duty-list .data=${data}></duty-list
        ><leader-list .data=${data}></leader-list>
        <leader-card leader-id="li-ming" .data=${data}></leader-card><staffing-summary .data=${data}></staffing-summary>
        <org-profile .data=${data}></org-profile><org-chart></org-chart>
      </div>`);
      for (const el of wrapper.children) await (el as OrgChart).updateComplete;
      await wait(200);
      expect(requests).to.deep.equal([]);
    } finally {
      window.fetch = realFetch;
    }
  });
});
