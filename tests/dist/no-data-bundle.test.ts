import { expect } from '@open-wc/testing';

// dist/gov-org-elements-no-data.js: the same elements without the bundled dataset.
const BUNDLE = '/dist/gov-org-elements-no-data.js';

describe('dist/gov-org-elements-no-data.js', () => {
  it('registers every tag but sets no default dataset', async () => {
    const bundle = await import(BUNDLE as string);
    expect(bundle.getDefaultDataset()).to.equal(undefined);
    expect(bundle.suzhouLandResourcesBureau).to.equal(undefined);
    for (const tag of ['org-chart', 'duty-list', 'leader-card', 'leader-list', 'staffing-summary', 'org-profile']) {
      expect(customElements.get(tag), tag).to.exist;
    }
  });

  it('asks for data instead of showing an empty box, and renders a dataset given by src', async () => {
    await import(BUNDLE as string);
    const el = document.createElement('org-chart') as HTMLElement & { updateComplete: Promise<unknown>; src?: string };
    el.style.width = '900px';
    document.body.append(el);
    await el.updateComplete;
    expect(el.querySelector('[part~="error"]')!.textContent).to.contain('src');
    el.src = '/data/suzhou-land-resources-bureau.json';
    await new Promise((r) => setTimeout(r, 400));
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect(el.querySelectorAll('[role="treeitem"][data-type="unit"]').length).to.equal(22);
    el.remove();
  });
});
