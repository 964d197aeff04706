import { expect } from '@open-wc/testing';

// Checks what ships: the one-tag bundle that `npm run build` writes (npm test builds it first).
const BUNDLE = '/dist/gov-org-elements.js';

describe('dist/gov-org-elements.js', () => {
  it('loads as one ES module with the bundled dataset already parsed as the default', async () => {
    const bundle = await import(BUNDLE as string);
    const result = bundle.getDefaultDataset();
    expect(result.issues).to.deep.equal([]);
    expect(result.dataset.organization.name.zh).to.equal('苏州市国土资源局');
    expect(result.dataset.units.length).to.equal(22);
    expect(result.dataset.people.length).to.equal(8);
    expect(bundle.parseDataset('{').issues[0].code).to.equal('not-json');
  });

  it('registers <org-chart>, which renders the bundled bureau with no attributes', async () => {
    await import(BUNDLE as string);
    expect(customElements.get('org-chart')).to.exist;
    const el = document.createElement('org-chart');
    el.style.width = '1000px';
    document.body.append(el);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    const units = el.querySelectorAll('[role="treeitem"][data-type="unit"]');
    expect(units.length).to.equal(22);
    el.remove();
  });

  it('warns instead of throwing when a second copy of the bundle is loaded on the same page', async () => {
    const warnings: string[] = [];
    const errors: string[] = [];
    const original = console.warn;
    const onError = (e: ErrorEvent): void => void errors.push(e.message);
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    window.addEventListener('error', onError);
    try {
      await import(BUNDLE as string);
      await import(`${BUNDLE}?second-copy` as string);
    } finally {
      console.warn = original;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    for (const tag of ['org-chart', 'duty-list', 'leader-card', 'leader-list', 'staffing-summary', 'org-profile']) {
      expect(
        warnings.some((w) => w.includes(`<${tag}> is already defined`)),
        tag,
      ).to.equal(true);
    }
  });

  it('makes no request beyond its own file', async () => {
    await import(BUNDLE as string);
    const requested = performance.getEntriesByType('resource').map((e) => new URL(e.name));
    const foreign = requested.filter((url) => url.origin !== location.origin);
    expect(foreign.map(String)).to.deep.equal([]);
    const ours = requested.filter((url) => url.pathname.startsWith('/dist/')).map((u) => u.pathname);
    expect([...new Set(ours)]).to.deep.equal([BUNDLE]);
  });

  it('leaves ajv and Lit dev mode out', async () => {
    const text = await (await fetch(BUNDLE)).text();
    expect(text).not.to.contain('strictSchema');
    expect(text).not.to.contain('Lit is in dev mode');
  });
});
