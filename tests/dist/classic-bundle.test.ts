import { expect } from '@open-wc/testing';
import type * as Bundle from '../../src/bundle-classic.js';

// dist/gov-org-elements.classic.js: the one-tag build as a classic script, for CMS templates that
// cannot use `<script type="module">`. Loaded the way such a template does, with a plain <script src>.
const CLASSIC = '/dist/gov-org-elements.classic.js';
const TAGS = ['org-chart', 'duty-list', 'leader-card', 'leader-list', 'staffing-summary', 'org-profile'];

function addClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} failed to load`));
    document.head.append(script);
  });
}

describe('dist/gov-org-elements.classic.js', () => {
  before(() => addClassicScript(CLASSIC));

  it('is a classic script (no import or export statements) that defines every tag', async () => {
    const text = await (await fetch(CLASSIC)).text();
    expect(text).not.to.match(/^\s*(import|export)\s/m);
    expect(TAGS.filter((tag) => !customElements.get(tag))).to.deep.equal([]);
  });

  it('exposes the library on window.GovOrgElements with the bundled dataset as the default', () => {
    const lib = (window as unknown as { GovOrgElements: typeof Bundle }).GovOrgElements;
    expect(customElements.get('org-chart')).to.equal(lib.OrgChart);
    expect(lib.getDefaultDataset()!.dataset!.organization.name.zh).to.equal('苏州市国土资源局');
  });

  it('renders the bureau from plain markup, as a CMS template writes it', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<org-profile style="width: 1000px"></org-profile>';
    document.body.append(host);
    const profile = host.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await profile.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    const text = profile.textContent!;
    expect(text).to.contain('苏州市国土资源局');
    const chart = profile.querySelector('org-chart')!;
    expect(chart.querySelectorAll('[role="treeitem"][data-type="unit"]').length).to.equal(22);
    host.remove();
  });
});
