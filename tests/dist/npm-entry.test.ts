import { expect } from '@open-wc/testing';
import type * as LibModule from '../../src/index.js';
import { smallDataset } from '../fixtures/small-dataset.js';

// The npm build (lib/, written by `npm run build`), loaded as a bundler user's app would: the
// side-effect-free entry first, then one define module, then a tag under a portal's own name.
// The URLs are strings so typechecking does not need the build.
type Lib = typeof LibModule;
const TAGS = ['org-chart', 'duty-list', 'leader-card', 'leader-list', 'staffing-summary', 'org-profile'];
const load = <T>(path: string): Promise<T> => import(path as string) as Promise<T>;
const frame = (): Promise<unknown> => new Promise((r) => requestAnimationFrame(r));

describe('npm build (lib/)', () => {
  it('imports the classes, model and layout without registering a tag or pulling in the dataset', async () => {
    const lib = await load<Lib>('/lib/index.js');
    expect(TAGS.filter((tag) => customElements.get(tag))).to.deep.equal([]);
    expect(lib.OrgChart.prototype).to.be.instanceOf(HTMLElement);
    expect(lib.getDefaultDataset()).to.equal(undefined);
    expect(lib.parseDataset(smallDataset()).issues).to.deep.equal([]);
    const loaded = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(loaded.filter((p) => p.includes('suzhou-land-resources-bureau'))).to.deep.equal([]);
  });

  it("registers a class under a portal's own tag name, which then renders data given as a property", async () => {
    const { OrgChart } = await load<Lib>('/lib/index.js');
    customElements.define('portal-org-chart', class extends OrgChart {});
    expect(customElements.get('org-chart')).to.equal(undefined);
    const el = document.createElement('portal-org-chart') as InstanceType<typeof OrgChart>;
    el.style.width = '900px';
    el.data = smallDataset();
    document.body.append(el);
    await el.updateComplete;
    await frame();
    const names = [...el.querySelectorAll('[role="treeitem"] [part~="label"]')].map((n) => n.textContent!.trim());
    expect(names).to.include.members(['示例市自然资源局', '办公室', '规划处']);
    el.remove();
  });

  it('registers exactly one tag per define module, and every tag through define/all.js', async () => {
    await load('/lib/define/duty-list.js');
    expect(TAGS.filter((tag) => customElements.get(tag))).to.deep.equal(['duty-list']);
    await load('/lib/define/all.js');
    expect(TAGS.filter((tag) => customElements.get(tag))).to.deep.equal(TAGS);
  });

  it('makes the bundled dataset the default only through its own side-effect module', async () => {
    const lib = await load<Lib>('/lib/index.js');
    expect(lib.getDefaultDataset()).to.equal(undefined);
    await load('/lib/data/use-bundled-dataset.js');
    // The dataset itself is a module of its own, loaded when the first element (or this) asks.
    expect(lib.getDefaultDataset()).to.equal(undefined);
    const loaded = await lib.loadDefaultDataset()!;
    expect(loaded.dataset!.organization.name.zh).to.equal('苏州市国土资源局');
    expect(lib.getDefaultDataset()).to.equal(loaded);
  });
});
