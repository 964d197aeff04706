import { expect } from '@open-wc/testing';

// dist/gov-org-elements-no-data.js: the same per-tag entry without the bundled dataset.
const BUNDLE = '/dist/gov-org-elements-no-data.js';
type Chart = HTMLElement & { updateComplete: Promise<unknown>; src?: string };

describe('dist/gov-org-elements-no-data.js', () => {
  it('asks for data instead of showing an empty box, and renders a dataset given by src', async () => {
    const bundle = await import(BUNDLE as string);
    const el = document.createElement('org-chart') as Chart;
    el.style.width = '900px';
    document.body.append(el);
    await customElements.whenDefined('org-chart');
    await el.updateComplete;
    expect(el.querySelector('[part~="error"]')!.textContent).to.contain('src');
    const api = await bundle.loadApi();
    expect(api.getDefaultDataset()).to.equal(undefined);
    expect(api.suzhouLandResourcesBureau).to.equal(undefined);
    el.src = '/data/suzhou-land-resources-bureau.json';
    for (let i = 0; i < 50 && !el.querySelector('[role="treeitem"]'); i++) await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect(el.querySelectorAll('[role="treeitem"][data-type="unit"]').length).to.equal(22);
    // A portal's own data is checked: the check's chunk came with it; the bundled dataset did not.
    const files = performance.getEntriesByType('resource').map((e) => e.name);
    expect(files.some((f) => f.includes('validate-dataset'))).to.equal(true);
    expect(files.some((f) => f.includes('suzhou-land-resources-bureau-'))).to.equal(false);
    el.remove();
  });

  it('never paints content from invalid src data', async () => {
    await import(BUNDLE as string);
    const el = document.createElement('duty-list') as Chart;
    el.src = '/__fault__/invalid-json';
    document.body.append(el);
    await customElements.whenDefined('duty-list');
    for (let i = 0; i < 50 && !el.querySelector('[role="alert"]'); i++) await new Promise((r) => setTimeout(r, 50));
    expect(el.querySelector('[role="alert"]')!.textContent).to.contain('JSON');
    expect(el.querySelector('[part~="text"]')).to.equal(null);
    el.remove();
  });
});
