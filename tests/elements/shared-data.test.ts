import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/org-chart.js';
import json from '../../data/suzhou-land-resources-bureau.json';
import { settle } from './org-chart-helpers.js';
import type { OrgChart } from '../../src/elements/org-chart/org-chart.js';

const unitCount = (el: OrgChart): number => el.querySelectorAll('[role="treeitem"][data-type="unit"]').length;

describe('elements sharing one src', () => {
  const realFetch = window.fetch;
  let requests: string[] = [];
  beforeEach(() => {
    requests = [];
    window.fetch = (input, init) => {
      requests.push(String(input));
      return realFetch(input, init);
    };
  });
  afterEach(() => (window.fetch = realFetch));

  it('fetch and parse the dataset once for every element on the page', async () => {
    const src = `/data/suzhou-land-resources-bureau.json?shared=${Math.random()}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px">
      <org-chart src=${src}></org-chart><org-chart src=${src}></org-chart
      ><org-chart src=${src} view="leadership"></org-chart>
    </div>`);
    const charts = [...wrapper.querySelectorAll('org-chart')];
    await new Promise((r) => setTimeout(r, 300));
    for (const chart of charts) await settle(chart);
    expect(requests.filter((r) => r.includes('shared='))).to.have.length(1);
    expect(charts.map(unitCount).slice(0, 2)).to.deep.equal([22, 22]);
    // The leadership view shows every 分管 unit, each under its leader.
    const supervised = (json.people as { supervises?: unknown[] }[]).reduce(
      (n, p) => n + (p.supervises?.length ?? 0),
      0,
    );
    expect(unitCount(charts[2]!)).to.equal(supervised);
  });

  it('shows the latest src even when an earlier request answers last', async () => {
    let releaseSlow!: () => void;
    window.fetch = (input, init) => {
      requests.push(String(input));
      if (String(input).includes('slow'))
        return new Promise((resolve) => {
          releaseSlow = () => resolve(realFetch(input, init));
        });
      return realFetch(input, init);
    };
    const slowData = '/data/suzhou-land-resources-bureau.json?slow';
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 900px"><org-chart src=${slowData}></org-chart></div>`,
    );
    const chart = wrapper.querySelector('org-chart')!;
    await new Promise((r) => setTimeout(r, 50));
    chart.src = '/no/such/file.json';
    await new Promise((r) => setTimeout(r, 300));
    await settle(chart);
    expect(chart.querySelector('[part~="error"]')!.textContent).to.contain('404');
    releaseSlow();
    await new Promise((r) => setTimeout(r, 300));
    await settle(chart);
    // The older request's data must not replace the newer answer.
    expect(chart.querySelector('[part~="error"]')).to.exist;
    expect(unitCount(chart)).to.equal(0);
  });

  it('makes no request when no src is set', async () => {
    const el = await fixture<HTMLDivElement>(html`<div style="width: 900px"><org-chart></org-chart></div>`);
    await settle(el.querySelector('org-chart')!);
    expect(requests).to.deep.equal([]);
  });
});
