import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/data/use-bundled-dataset.js';
import '../../src/define/duty-list.js';
import '../../src/define/leader-card.js';
import type { OrgChart } from '../../src/elements/org-chart/org-chart.js';
import { hashUnit, withHashParams, withHashUnit } from '../../src/elements/org-chart/hash-link-controller.js';
import { item, items, mountChart, settle } from './org-chart-helpers.js';
import { smallDataset } from '../fixtures/small-dataset.js';

/** Mounts `<org-chart link-hash>` (or without it) the way a page author writes it. */
async function mount(linkHash = true): Promise<OrgChart> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1280px"></div>`);
  const el = document.createElement('org-chart');
  el.toggleAttribute('link-hash', linkHash);
  wrapper.append(el);
  await settle(el);
  return el;
}

const setHash = (hash: string): void => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);

async function changeHash(el: OrgChart, hash: string): Promise<void> {
  location.hash = hash;
  await new Promise((r) => addEventListener('hashchange', r, { once: true }));
  await settle(el);
}

/** Whether a box lies within the chart area on screen. */
function onScreen(el: OrgChart, id: string): boolean {
  const box = item(el, id)?.getBoundingClientRect();
  const view = el.querySelector('[part~="viewport"]')!.getBoundingClientRect();
  return !!box && box.left >= view.left && box.right <= view.right && box.top >= view.top && box.bottom <= view.bottom;
}

describe('<org-chart link-hash>', () => {
  let saved = '';
  beforeEach(() => {
    saved = location.hash;
  });
  afterEach(() => setHash(saved));

  it('selects and reveals the unit named in the address when it loads', async () => {
    setHash('#unit=cadastral-division');
    const el = await mount();
    expect(el.selected).to.equal('cadastral-division');
    expect(item(el, 'cadastral-division')!.getAttribute('aria-selected')).to.equal('true');
    expect(onScreen(el, 'cadastral-division')).to.equal(true);
  });

  it('opens the way to a unit that starts out closed', async () => {
    setHash('#unit=cadastral-division');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 1280px"><org-chart link-hash expand-depth="0"></org-chart></div>`,
    );
    const el = wrapper.firstElementChild as OrgChart;
    await settle(el);
    expect(item(el, 'cadastral-division')!.getAttribute('aria-selected')).to.equal('true');
  });

  it('reads the unit among other hash parameters, and waits for data from src', async () => {
    setHash('#tab=2&unit=general-office');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 1280px">
        <org-chart link-hash src="/data/suzhou-land-resources-bureau.json"></org-chart>
      </div>`,
    );
    const el = wrapper.firstElementChild as OrgChart;
    for (let i = 0; i < 40 && el.dataState.status !== 'ready'; i++) await new Promise((r) => setTimeout(r, 25));
    await settle(el);
    expect(el.selected).to.equal('general-office');
  });

  it('follows the address when the hash changes (a link to #unit=… on the page)', async () => {
    const el = await mount();
    for (let i = 0; i < 4; i++) el.zoomIn();
    await settle(el);
    expect(onScreen(el, 'party-committee')).to.equal(false);
    await changeHash(el, '#unit=party-committee');
    expect(el.selected).to.equal('party-committee');
    expect(onScreen(el, 'party-committee')).to.equal(true);
  });

  it('writes the selection the user makes into the hash, without a history entry or a scroll', async () => {
    setHash('#section2');
    const el = await mount();
    const entries = history.length;
    const scroll = scrollY;
    item(el, 'general-office')!.click();
    await settle(el);
    expect(location.hash).to.equal('#section2&unit=general-office');
    // Keyboard selection too; the earlier unit is replaced, other hash content kept.
    item(el, 'finance-division')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(location.hash).to.equal('#section2&unit=finance-division');
    expect(history.length).to.equal(entries);
    expect(scrollY).to.equal(scroll);
  });

  it("writes a selection made through a linked leader card's 分管 link too", async () => {
    setHash('');
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1280px">
      <org-chart id="hash-chart" link-hash></org-chart>
      <leader-card leader-id="zhang-yan" for="hash-chart"></leader-card></div>`);
    const chart = wrapper.querySelector('org-chart')!;
    const card = wrapper.querySelector('leader-card')!;
    await settle(chart);
    await card.updateComplete;
    const link = card.querySelector<HTMLAnchorElement>('a[data-unit]')!;
    link.click();
    await settle(chart);
    expect(chart.selected).to.equal(link.dataset.unit);
    expect(location.hash).to.equal(`#unit=${link.dataset.unit}`);
  });

  it('says so, without an error, when the hash names a unit the data does not have', async () => {
    setHash('#unit=general-office');
    const el = await mount();
    const errors: string[] = [];
    const onError = (e: ErrorEvent): void => void errors.push(e.message);
    addEventListener('error', onError);
    try {
      await changeHash(el, '#unit=no-such-unit');
    } finally {
      removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(el.selected).to.equal('general-office');
    const notice = el.querySelector('[part~="notice"][role="status"]')!;
    expect(notice.textContent).to.contain('no-such-unit');
    // A later valid hash clears the notice.
    await changeHash(el, '#unit=finance-division');
    expect(el.querySelector('[part~="notice"]')).to.equal(null);
  });

  it('leaves a hash without a unit alone', async () => {
    setHash('#section2');
    const el = await mount();
    expect(el.selected).to.equal(undefined);
    expect(location.hash).to.equal('#section2');
  });
});

describe('<org-chart> without link-hash', () => {
  let saved = '';
  beforeEach(() => {
    saved = location.hash;
  });
  afterEach(() => setHash(saved));

  it('never reads or writes the hash', async () => {
    setHash('#unit=cadastral-division');
    const el = await mount(false);
    expect(el.selected).to.equal(undefined);
    item(el, 'general-office')!.click();
    await settle(el);
    expect(el.selected).to.equal('general-office');
    expect(location.hash).to.equal('#unit=cadastral-division');
    await changeHash(el, '#unit=finance-division');
    expect(el.selected).to.equal('general-office');
  });

  it('carries a drill-down: #root=… shows the chart from that unit, and showing another writes it', async () => {
    setHash('#root=planning-division&unit=survey-team');
    const el = document.createElement('org-chart');
    el.toggleAttribute('link-hash', true);
    el.data = smallDataset();
    el.expandDepth = 5;
    (await fixture<HTMLDivElement>(html`<div style="width: 1280px"></div>`)).append(el);
    await settle(el);
    expect(el.rootUnit).to.equal('planning-division');
    expect(el.selected).to.equal('survey-team');
    expect(items(el).map((i) => i.dataset['id'])).to.deep.equal(['planning-division', 'survey-team']);
    el.querySelector<HTMLButtonElement>('[part~="crumb"] button')!.click();
    await settle(el);
    expect(location.hash, 'back to the whole organisation: the root leaves the address').to.equal('#unit=survey-team');
    el.focusUnit('planning-division');
    await settle(el);
    expect(location.hash).to.equal('#unit=survey-team&root=planning-division');
    await changeHash(el, '#unit=survey-team');
    expect(el.rootUnit, 'a hash without a root shows the whole').to.equal(undefined);
  });

  it('starts following the hash when link-hash is added', async () => {
    setHash('#unit=finance-division');
    const el = await mountChart();
    el.linkHash = true;
    await settle(el);
    expect(el.selected).to.equal('finance-division');
  });
});

describe('hash helpers', () => {
  it('reads the unit parameter', () => {
    expect(hashUnit('#unit=general-office')).to.equal('general-office');
    expect(hashUnit('#a=1&unit=%E5%8A%9E')).to.equal('办');
    expect(hashUnit('#section2')).to.equal(null);
    expect(hashUnit('')).to.equal(null);
  });

  it('sets and removes parameters, keeping the rest', () => {
    expect(withHashParams('#a&unit=x', { unit: 'y', root: 'r' })).to.equal('#a&unit=y&root=r');
    expect(withHashParams('#unit=x&root=r', { root: undefined })).to.equal('#unit=x');
    expect(withHashParams('#root=r', { root: undefined })).to.equal('');
  });

  it('sets the unit parameter and keeps the rest', () => {
    expect(withHashUnit('', 'x')).to.equal('#unit=x');
    expect(withHashUnit('#unit=a', 'b')).to.equal('#unit=b');
    expect(withHashUnit('#section2', 'b')).to.equal('#section2&unit=b');
    expect(withHashUnit('#tab=2&unit=a&x', 'a b')).to.equal('#tab=2&x&unit=a%20b');
  });
});
