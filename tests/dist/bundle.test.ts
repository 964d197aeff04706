import { expect } from '@open-wc/testing';

// Checks what ships: the one-tag entry that `npm run build` writes (npm test builds it first),
// which loads each tag's code when the tag first appears on the page.
const BUNDLE = '/dist/gov-org-elements.js';
const TAGS = ['org-chart', 'duty-list', 'leader-card', 'leader-list', 'staffing-summary', 'org-profile'];
type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/** What the page has fetched from /dist/ so far. */
const distFiles = (): string[] => [
  ...new Set(
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name))
      .filter((url) => url.pathname.startsWith('/dist/'))
      .map((url) => url.pathname.slice('/dist/'.length)),
  ),
];

describe('dist/gov-org-elements.js', () => {
  it('defines no tag the page does not use, and loads nothing but itself on a page without tags', async () => {
    const bundle = await import(BUNDLE as string);
    expect(Object.keys(bundle).sort()).to.deep.equal(['loadApi', 'loadElement']);
    await new Promise((r) => setTimeout(r, 200));
    expect(TAGS.filter((tag) => customElements.get(tag))).to.deep.equal([]);
    expect(distFiles()).to.deep.equal(['gov-org-elements.js']);
  });

  it('defines <org-chart> when one is added, which renders the bundled bureau with no attributes', async () => {
    await import(BUNDLE as string);
    const el = document.createElement('org-chart') as Lit;
    el.style.width = '1000px';
    document.body.append(el);
    await customElements.whenDefined('org-chart');
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect(el.querySelectorAll('[role="treeitem"][data-type="unit"]').length).to.equal(22);
    // The chart's code, not the other elements' (a duty list is not on the page).
    expect(customElements.get('duty-list')).to.be.undefined;
    el.remove();
  });

  it('trusts the bundled dataset: the dataset check is never loaded for it', async () => {
    await import(BUNDLE as string);
    const files = distFiles();
    expect(files.some((f) => f.includes('suzhou-land-resources-bureau'))).to.equal(true);
    expect(files.filter((f) => f.includes('parse-dataset') || f.includes('validate-dataset'))).to.deep.equal([]);
  });

  it('loadApi gives every export of the npm entry, with the bundled dataset as the default', async () => {
    const bundle = await import(BUNDLE as string);
    const api = await bundle.loadApi();
    expect(api.getDefaultDataset().dataset.organization.name.zh).to.equal('苏州市国土资源局');
    expect(api.getDefaultDataset().dataset.units.length).to.equal(22);
    expect(api.parseDataset('{').issues[0].code).to.equal('not-json');
    expect(api.OrgChart).to.equal(customElements.get('org-chart'));
  });

  it('loads chunks only from its own folder, each named with a content hash', async () => {
    await import(BUNDLE as string);
    const requested = performance.getEntriesByType('resource').map((e) => new URL(e.name));
    expect(requested.filter((url) => url.origin !== location.origin).map(String)).to.deep.equal([]);
    const chunks = distFiles().filter((f) => f !== 'gov-org-elements.js');
    expect(chunks.length).to.be.greaterThan(2);
    for (const chunk of chunks) expect(chunk).to.match(/^goe-[\w-]+-[\w-]{8}\.js$/);
  });

  it('a second copy of the entry warns once, throws nothing, and the first copy keeps working', async () => {
    const warnings: string[] = [];
    const errors: string[] = [];
    const original = console.warn;
    const onError = (e: ErrorEvent): void => void errors.push(e.message);
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    window.addEventListener('error', onError);
    try {
      const second = await import(`${BUNDLE}?second-copy` as string);
      const el = document.createElement('staffing-summary') as Lit;
      document.body.append(el);
      expect(await second.loadElement('staffing-summary')).to.equal(customElements.get('staffing-summary'));
      await el.updateComplete;
      expect(el.querySelector('table')).to.exist;
      el.remove();
    } finally {
      console.warn = original;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.contain('second copy');
  });

  it('leaves ajv and Lit dev mode out of every file it loaded', async () => {
    for (const file of distFiles()) {
      const text = await (await fetch(`/dist/${file}`)).text();
      expect(text, file).not.to.contain('strictSchema');
      expect(text, file).not.to.contain('Lit is in dev mode');
    }
  });
});
