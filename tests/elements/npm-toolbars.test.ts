import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import json from '../../data/suzhou-land-resources-bureau.json';
import { centre, mountProfile, squash } from './page-tools.js';

// Real npm toolbars (MIT) on a page with <org-profile>: they find our text from `document`, as
// the toolbars portals buy do (the test double in page-tools.ts).

type Json = { organization: { name: { zh: string } }; units: { name: { zh: string } }[] };
const data = json as unknown as Json;

/** The npm `accessibility` toolbar, loaded as a portal would: one classic script. */
async function loadAccessibilityToolbar(): Promise<{ spoken: string[]; action: (name: string) => void }> {
  const spoken: string[] = [];
  // Headless Chromium has no speech: a recording stand-in, installed before the toolbar looks.
  const win = window as unknown as Record<string, unknown>;
  win['SpeechSynthesisUtterance'] = class {
    lang = '';
    rate = 1;
    voice = null;
    onend = null;
    constructor(public text: string) {}
  };
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      // Speaking ends at once, as a short utterance would (the toolbar stops instead of reading
      // while it thinks it speaks).
      speak: (u: { text: string; onend?: () => void }) => {
        spoken.push(u.text);
        setTimeout(() => u.onend?.());
      },
      cancel() {},
      pause() {},
      getVoices: () => [{ lang: 'zh-CN', name: 'stand-in' }],
      pending: false,
      speaking: false,
    },
  });
  if (!(globalThis as { Accessibility?: unknown }).Accessibility) {
    await new Promise((resolve, reject) => {
      const script = Object.assign(document.createElement('script'), {
        src: '/node_modules/accessibility/dist/main.bundle.js',
        onload: resolve,
        onerror: reject,
      });
      document.head.append(script);
    });
    // Emoji icons: its default icon font would be fetched from a font CDN.
    new (globalThis as unknown as { Accessibility: new (o: object) => unknown }).Accessibility({
      textToSpeechLang: 'zh-CN',
      language: { textToSpeechLang: 'zh-CN' },
      icon: { useEmojis: true },
    });
    // Its menu items get their listeners 10 ms after they appear.
    await until(() => document.querySelector('._access-menu [data-access-action="textToSpeech"]') !== null);
    await new Promise((r) => setTimeout(r, 50));
  }
  // A pointer click (detail 1): the toolbar ignores synthetic element.click() calls.
  const action = (name: string): void =>
    void document
      .querySelector(`._access-menu [data-access-action="${name}"]`)!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }));
  return { spoken, action };
}

async function until(done: () => boolean, what = (): string => String(done)): Promise<void> {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(done(), what()).to.equal(true);
}

/** A visitor's (trusted) click in the middle of an element, once it stays put and nothing covers it. */
async function clickOn(el: Element): Promise<void> {
  const at = (): [number, number] => {
    const r = el.getBoundingClientRect();
    return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
  };
  el.scrollIntoView({ block: 'nearest' });
  let last = '';
  await until(
    () => {
      const now = String(at());
      const steady = now === last && el.contains(document.elementFromPoint(...at()));
      last = now;
      return steady;
    },
    () =>
      `${el.outerHTML.slice(0, 80)} at ${String(at())} ` +
      `under ${document.elementFromPoint(...at())?.outerHTML.slice(0, 80)}`,
  );
  await sendMouse({ type: 'click', position: at() });
}

const menu = (): Element => document.querySelector('._access-menu')!;

/** Opens the toolbar's menu from its icon, or closes it with its close button. */
async function showMenu(open: boolean): Promise<void> {
  if (menu().classList.contains('close') !== open) return;
  await clickOn(document.querySelector(open ? '._access-icon' : '._access-menu ._menu-close-btn')!);
  await until(() => menu().classList.contains('close') !== open);
}

/** Its 'text to speech' control cycles: on (normal pace), fast, slow, off. Clicks it as a visitor until `on`. */
async function readAloud(on: boolean): Promise<void> {
  const control = document.querySelector('._access-menu [data-access-action="textToSpeech"]')!;
  const listening = (): boolean => document.querySelector('._access-text-to-speech') !== null;
  await showMenu(true);
  for (let i = 0; i < 4 && control.classList.contains('active') !== on; i++) await clickOn(control);
  await until(() => listening() === on); // switching off waits for the announcement to end
  await showMenu(false);
}

describe('the npm accessibility toolbar on a page with <org-profile>', () => {
  it('click-to-read speaks exactly the clicked duty, leader name and chart box', async () => {
    const el = await mountProfile();
    const { spoken, action } = await loadAccessibilityToolbar();
    action('textToSpeech');
    const duty = el.querySelector<HTMLElement>('duty-list [part~="item"]:not([part~="item--folded"]) [part~="text"]')!;
    const name = el.querySelector<HTMLElement>('leader-list [part~="name"]')!;
    const label = el.querySelector<HTMLElement>('org-chart [role="treeitem"][data-type="unit"] .line')!;
    for (const shown of [duty, name, label]) {
      await new Promise((r) => setTimeout(r, 20));
      spoken.length = 0;
      shown.scrollIntoView({ block: 'center' });
      document
        .elementFromPoint(...centre(shown))!
        .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect(spoken).to.deep.equal([shown.innerText]);
    }
    await readAloud(false);
  });

  it(
    'read on Tab speaks exactly the own text of a duty toggle, ' + 'a leader link and the chart box tabbed onto',
    async () => {
      const el = await mountProfile();
      const { spoken } = await loadAccessibilityToolbar();
      await readAloud(true);
      // Tabbing starts where the visitor clicked: the page's heading (read out, as any click is).
      const heading = el.querySelector('h1, h2')!;
      heading.scrollIntoView({ block: 'center' });
      await clickOn(heading);
      // It reads on keyup: a Tab's keyup comes from the element the Tab moved the focus to.
      const kinds: Record<string, string> = {
        toggle: 'duty-list button[aria-expanded]',
        link: 'leader-list a[href^="#unit="]',
        box: 'org-chart [role="treeitem"]',
      };
      const heard = new Map<string, { focused: HTMLElement; said: string[] }>();
      for (let i = 0; i < 150 && heard.size < 3; i++) {
        spoken.length = 0;
        await sendKeys({ press: 'Tab' });
        const focused = document.activeElement as HTMLElement;
        const kind = Object.keys(kinds).find((k) => !heard.has(k) && focused.matches(kinds[k]!));
        if (kind) heard.set(kind, { focused, said: [...spoken] });
      }
      expect([...heard.keys()].sort()).to.deep.equal(['box', 'link', 'toggle']);
      for (const [kind, { focused, said }] of heard) {
        expect(el.contains(focused), kind).to.equal(true);
        expect(said, kind).to.deep.equal([focused.innerText]);
      }
      const { toggle, link, box } = Object.fromEntries(heard) as Record<
        string,
        { focused: HTMLElement; said: string[] }
      >;
      expect(toggle!.said[0]).to.equal(toggle!.focused.textContent!.trim());
      expect(link!.said[0]).to.equal(link!.focused.textContent!.trim());
      // The box's own words: its unit's name, never the boxes of its group below.
      const label = squash(box!.focused.querySelector('[part~="label"]')!.textContent!);
      const names = [data.organization.name.zh, ...data.units.map((u) => u.name.zh)].map(squash);
      expect(names, 'the box names a unit').to.include(label);
      expect(squash(box!.said[0]!)).to.contain(label);
      expect(names.filter((n) => n !== label && squash(box!.said[0]!).includes(n))).to.deep.equal([]);
      await readAloud(false);
    },
  );

  it('larger text reaches the duty list, the leaders and the chart', async () => {
    const el = await mountProfile();
    const { action } = await loadAccessibilityToolbar();
    const sample = (): number[] =>
      ['duty-list [part~="text"]', 'leader-list [part~="portfolio"]', 'org-chart .line'].map((s) =>
        parseFloat(getComputedStyle(el.querySelector(s)!).fontSize),
      );
    const before = sample();
    action('increaseText');
    action('increaseText');
    await new Promise((r) => requestAnimationFrame(r));
    const after = sample();
    after.forEach((size, i) => expect(size, String(i)).to.be.greaterThan(before[i]! * 1.05));
    action('decreaseText');
    action('decreaseText');
  });
});

describe('the npm sienna-accessibility toolbar on a page with <org-profile>', () => {
  it('lists our headings in its page outline and scales our text', async () => {
    const el = await mountProfile();
    const headings = [...el.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.textContent!.trim());
    expect(headings.length).to.be.greaterThan(10);
    await import('sienna-accessibility' as string);
    for (let i = 0; i < 40 && !document.querySelector('.asw-menu-btn'); i++)
      await new Promise((r) => setTimeout(r, 50));
    document.querySelector<HTMLElement>('.asw-menu-btn')!.click();
    for (let i = 0; i < 40 && !document.querySelector('.asw-plus[data-key="font-size"]'); i++)
      await new Promise((r) => setTimeout(r, 50));
    // Its outline is built from document.querySelectorAll('h1, …, h6'): every heading of ours is in it.
    const outlined = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.textContent!.trim());
    for (const h of headings) expect(outlined).to.include(h);
    const text = el.querySelector<HTMLElement>('duty-list [part~="text"]')!;
    const label = el.querySelector<HTMLElement>('org-chart .line')!;
    const before = [text, label].map((e) => parseFloat(getComputedStyle(e).fontSize));
    // Its text-size control writes inline font sizes on the p, span, li, td, h1–h6 … it finds from document.
    for (let i = 0; i < 3; i++) document.querySelector<HTMLElement>('.asw-plus[data-key="font-size"]')!.click();
    await new Promise((r) => requestAnimationFrame(r));
    const after = [text, label].map((e) => parseFloat(getComputedStyle(e).fontSize));
    after.forEach((size, i) => expect(size, String(i)).to.be.greaterThan(before[i]! * 1.2));
    for (let i = 0; i < 3; i++) document.querySelector<HTMLElement>('.asw-minus[data-key="font-size"]')!.click();
  });
});
