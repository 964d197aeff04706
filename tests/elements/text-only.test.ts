import { expect, fixture, html } from '@open-wc/testing';
import json from '../../data/suzhou-land-resources-bureau.json';
import '../../src/data/use-bundled-dataset.js';
import '../../src/define/org-profile.js';
import type { OrgProfile } from '../../src/elements/org-profile/org-profile.js';
import { stylesLookOff } from '../../src/elements/shared/page-styles.js';
import { textOnly } from './page-tools.js';

// 纯文本: a portal toolbar switches every style sheet of the page off and expects plain, whole
// text. Ours are adopted (no toolbar finds them), so the elements follow the page by themselves.

type Json = { organization: { duties: { text: { zh: string } }[] }; units: { name: { zh: string } }[] };
const data = json as unknown as Json;
const squash = (s: string): string => s.replace(/\s+/g, '');
const frames = async (n = 4): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

/** A page with a style sheet of its own, a toolbar button, and the profile. */
async function mountPage(): Promise<{ el: OrgProfile; button: HTMLButtonElement; sheet: HTMLStyleElement }> {
  const sheet = document.createElement('style');
  sheet.textContent = 'body { font-family: serif; } .site-nav { color: #333; }';
  document.head.append(sheet);
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1280px" lang="zh-CN">
    <button class="tool-bar" type="button">纯文本</button><org-profile></org-profile></div>`);
  const el = wrapper.querySelector('org-profile')!;
  await el.updateComplete;
  await frames(8);
  return { el, button: wrapper.querySelector('button')!, sheet };
}

/** Clicks the toolbar's button, which does `action`; waits until the elements have followed. */
async function clickTool<T>(button: HTMLButtonElement, action: () => T): Promise<T> {
  let result: T | undefined;
  const onClick = (): void => void (result = action());
  button.addEventListener('click', onClick, { once: true });
  button.click();
  await new Promise((r) => setTimeout(r, 50));
  await frames();
  return result!;
}

const folded = (el: Element): Element[] => [...el.querySelectorAll('duty-list [part~="rest"][hidden]')];

describe('纯文本: a toolbar that switches the page styles off', () => {
  let undo: (() => void) | undefined;
  let sheet: HTMLStyleElement | undefined;
  afterEach(() => {
    undo?.();
    sheet?.remove();
    undo = sheet = undefined;
  });

  it('shows every duty whole and every unit of the chart as plain text; switching back restores the view', async () => {
    const page = await mountPage();
    sheet = page.sheet;
    const { el, button } = page;
    expect(folded(el).length, 'long duties start folded').to.be.greaterThan(0);
    expect(getComputedStyle(el).display).to.equal('block');
    const drawn = el.querySelectorAll('org-chart [role="treeitem"]').length;
    expect(el.querySelector('org-chart svg[part~="links"]'), 'the chart starts drawn').to.not.equal(null);

    undo = await clickTool(button, textOnly);
    expect(folded(el), 'no duty stays folded').to.deep.equal([]);
    const text = squash(el.innerText);
    for (const d of data.organization.duties) expect(text, 'every duty reads whole').to.include(squash(d.text.zh));
    for (const u of data.units) expect(text, 'every unit of the chart is listed').to.include(squash(u.name.zh));
    expect(
      [...el.querySelectorAll('duty-list [part~="toggle"]')].every((b) => (b as HTMLElement).hidden),
      'no fold toggles',
    ).to.equal(true);
    // Our styles went off with the page's: the element is laid out as the browser's default.
    expect(getComputedStyle(el).display).to.equal('inline');
    expect(el.querySelector('org-chart svg[part~="links"]'), 'no chart drawing').to.equal(null);

    await clickTool(button, () => undo!());
    undo = undefined;
    expect(getComputedStyle(el).display).to.equal('block');
    expect(folded(el).length, 'the long duties fold again').to.be.greaterThan(0);
    await frames(4);
    expect(el.querySelector('org-chart svg[part~="links"]'), 'the chart is drawn again').to.not.equal(null);
    expect(el.querySelectorAll('org-chart [role="treeitem"]').length, 'with the units open before').to.equal(drawn);
  });

  it('a page that removes its only style sheet keeps our styles (a script swapping its own styles)', async () => {
    const page = await mountPage();
    sheet = page.sheet;
    await clickTool(page.button, () => page.sheet.remove());
    expect(getComputedStyle(page.el).display).to.equal('block');
    expect(folded(page.el).length).to.be.greaterThan(0);
  });

  it('a page with no style sheets of its own keeps our styles on a click', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="zh-CN"><button type="button">x</button><org-profile></org-profile></div>`,
    );
    const el = wrapper.querySelector('org-profile')!;
    await el.updateComplete;
    await clickTool(wrapper.querySelector('button')!, () => undefined);
    expect(getComputedStyle(el).display).to.equal('block');
    expect(folded(el).length).to.be.greaterThan(0);
  });
});

describe('stylesLookOff', () => {
  it('is off when at least as many seen sheets are switched off as stay on', () => {
    expect(stylesLookOff(1, 5), "five page sheets off, the toolbar's own on").to.equal(true);
    expect(stylesLookOff(1, 1), "the one page sheet off, the toolbar's on").to.equal(true);
    expect(stylesLookOff(0, 2), 'every sheet off').to.equal(true);
    expect(stylesLookOff(3, 1), 'one theme sheet of four turned off').to.equal(false);
    expect(stylesLookOff(0, 0), 'a page without sheets, or whose sheets were removed').to.equal(false);
    expect(stylesLookOff(2, 0), 'nothing changed').to.equal(false);
  });
});
