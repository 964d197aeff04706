import { expect } from '@open-wc/testing';
import { startLazyLoading, type LazyEntry } from '../../src/loader/start-loading.js';
import { offerBundledDataset } from '../../src/data/offer-bundled-dataset.js';

// Per-tag loading from the source modules (the built entry is checked in tests/dist/).

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

async function rendered(el: Element): Promise<void> {
  await customElements.whenDefined(el.localName);
  await (el as Updatable).updateComplete;
}

describe('per-tag loading', () => {
  let entry: LazyEntry;
  const warnings: string[] = [];
  const original = console.warn;

  before(() => {
    // A tag already in the page when the loader starts.
    document.body.insertAdjacentHTML('beforeend', '<leader-card id="early" leader-id="nobody"></leader-card>');
    offerBundledDataset(() =>
      import('../../src/data/suzhou-land-resources-bureau.js').then((m) => m.suzhouLandResourcesBureau),
    );
    entry = startLazyLoading('first copy');
  });
  afterEach(() => {
    console.warn = original;
  });

  it('defines only the tags the page uses', async () => {
    await customElements.whenDefined('leader-card');
    expect(customElements.get('leader-card')).to.exist;
    for (const tag of ['duty-list', 'org-chart', 'staffing-summary'])
      expect(customElements.get(tag), tag).to.be.undefined;
  });

  it('upgrades an element already in the page, which then renders the bundled dataset', async () => {
    const el = document.getElementById('early')!;
    await rendered(el);
    // An unknown leader id gets its panel listing the ids to use: rendered from the bundled data.
    expect(el.textContent).to.contain('nobody');
  });

  it('defines a tag added later with innerHTML', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.innerHTML = '<section><duty-list unit-id="cadastral-division"></duty-list></section>';
    const el = host.querySelector('duty-list')!;
    await rendered(el);
    expect(el.querySelectorAll('li').length).to.be.greaterThan(3);
    host.remove();
  });

  it('defines a tag inside a portal component’s open shadow root', async () => {
    const portal = document.createElement('div');
    document.body.append(portal);
    const root = portal.attachShadow({ mode: 'open' });
    await new Promise((r) => setTimeout(r));
    const inner = document.createElement('div');
    root.append(inner);
    await new Promise((r) => setTimeout(r));
    inner.innerHTML = '<staffing-summary></staffing-summary>';
    const el = root.querySelector('staffing-summary')!;
    await rendered(el);
    expect(el.querySelector('table')).to.exist;
    portal.remove();
  });

  it('loadElement loads a tag before it appears, and names the tags it knows for a wrong one', async () => {
    const OrgChart = await entry.loadElement('org-chart');
    expect(customElements.get('org-chart')).to.equal(OrgChart);
    let error: Error | undefined;
    await entry.loadElement('org-chrat').catch((e: Error) => (error = e));
    expect(error?.message).to.contain('<org-chrat>');
    expect(error?.message).to.contain('org-chart');
  });

  it('a second copy of the entry warns once and hands back the first loader', () => {
    const said: string[] = [];
    console.warn = (...args: unknown[]) => void said.push(args.join(' '));
    const second = startLazyLoading('second copy');
    expect(second).to.equal(entry);
    expect(said.length).to.equal(1);
    expect(said[0]).to.contain('second copy');
    expect(warnings).to.deep.equal([]);
  });

  it('loadApi gives the npm entry’s exports', async () => {
    const api = await entry.loadApi();
    expect(api.parseDataset('{').issues[0]?.code).to.equal('not-json');
    expect(api.DutyList).to.equal(customElements.get('duty-list'));
  });
});
