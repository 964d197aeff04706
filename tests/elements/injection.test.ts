import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/org-profile.js';
import '../../src/define/leader-card.js';
import type { OrgProfile } from '../../src/elements/org-profile/org-profile.js';
import { smallDataset } from '../fixtures/small-dataset.js';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.js';
import { walk } from './layout-audit.js';

// Hostile text in every text field and every URL field of a dataset: nothing runs, no handler
// attribute or active element appears, text shows literally, and unsafe URLs are refused.

declare global {
  interface Window {
    __pwned?: number;
  }
}

const TEXT_KEYS = new Set(['zh', 'en', 'number', 'romanizedName']);
const URL_KEYS = new Set(['url', 'photo']);
/**
 * Characters data/schema.json refuses in text: controls (line breaks and tabs aside) and bidi
 * embeddings, overrides, isolates.
 */
const REFUSED_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const ACTIVE_TAGS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'base',
  'meta',
  'marquee',
  'math',
  'video',
  'audio',
  'form',
  'noscript',
  'template',
]);

/** Replaces every string under one of `keys` (anywhere in the dataset) with `value`; returns how many. */
function fillStrings(node: unknown, keys: ReadonlySet<string>, value: string): number {
  let count = 0;
  if (Array.isArray(node)) node.forEach((child) => (count += fillStrings(child, keys, value)));
  else if (node !== null && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      if (keys.has(key) && typeof child === 'string') {
        (node as Record<string, unknown>)[key] = value;
        count++;
      } else count += fillStrings(child, keys, value);
    }
  }
  return count;
}

function deepText(root: Element | ShadowRoot): string {
  let text = '';
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    node.childNodes.forEach(visit);
  };
  visit(root);
  return text;
}

async function mount(data: unknown, lang: string): Promise<OrgProfile> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 1200px" lang=${lang}><org-profile .data=${data}></org-profile></div>`,
  );
  const el = wrapper.querySelector('org-profile')!;
  await el.updateComplete;
  for (let i = 0; i < 4; i++) await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => setTimeout(r, 30)); // error events of images with bad sources are async
  return el;
}

function expectInert(el: Element): void {
  expect(window.__pwned, 'injected code ran').to.equal(undefined);
  for (const node of walk(el.shadowRoot ?? el)) {
    const handlers = node.getAttributeNames().filter((name) => name.startsWith('on'));
    expect(handlers, `<${node.localName}> got handler attributes`).to.deep.equal([]);
    expect(ACTIVE_TAGS.has(node.localName), `an active <${node.localName}> element was created`).to.equal(false);
    for (const attr of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
      const value = node.getAttribute(attr);
      if (value !== null)
        expect(['http:', 'https:'], `${attr}="${value}" on <${node.localName}>`).to.include(
          new URL(value, location.href).protocol,
        );
    }
  }
}

describe('injection: hostile text and URLs in a dataset', () => {
  afterEach(() => {
    delete window.__pwned;
  });

  it(`has at least 50 payloads (${XSS_PAYLOADS.length})`, () => {
    expect(new Set(XSS_PAYLOADS).size).to.equal(XSS_PAYLOADS.length);
    expect(XSS_PAYLOADS.length).to.be.at.least(50);
  });

  XSS_PAYLOADS.forEach((payload, i) => {
    const lang = i % 4 === 3 ? 'en' : 'zh-CN';
    // No published text holds control or bidi override characters: validation refuses those payloads.
    if (REFUSED_IN_TEXT.test(payload)) {
      it(
        `refuses payload ${i + 1} in text fields with an error panel naming the field (${lang}): ` +
          `${JSON.stringify(payload).slice(0, 50)}`,
        async () => {
          const data = smallDataset();
          expect(fillStrings(data, TEXT_KEYS, payload)).to.be.greaterThan(30);
          const el = await mount(data, lang);
          const error = el.querySelector('[part~="error"]');
          expect(error, 'the dataset was refused').to.exist;
          expect(error!.textContent)
            .to.contain('/organization/name/zh')
            .and.match(/U\+(0001|202E)/);
          expect(error!.textContent, 'the character itself is not echoed').not.to.match(REFUSED_IN_TEXT);
          expectInert(el);
        },
      );
      return;
    }
    it(
      `shows payload ${i + 1} literally in every text field (${lang}): ` + `${JSON.stringify(payload).slice(0, 50)}`,
      async () => {
        const data = smallDataset();
        expect(fillStrings(data, TEXT_KEYS, payload)).to.be.greaterThan(30);
        const el = await mount(data, lang);
        expect(el.querySelector('[part~="error"]'), 'the dataset was refused').to.equal(null);
        expectInert(el);
        expect(el.querySelector('h1')!.textContent).to.equal(payload);
        const shown = deepText(el);
        expect(shown.split(payload).length - 1, 'times the payload shows as text').to.be.greaterThan(10);
      },
    );
  });

  it(
    'refuses every payload in a URL field unless it is a harmless relative URL, ' +
      'and never renders an unsafe link or image',
    async () => {
      let refused = 0;
      let accepted = 0;
      for (const payload of XSS_PAYLOADS) {
        const data = smallDataset();
        data.organization.establishingDocuments[0].url = 'https://example.gov.cn/doc';
        expect(fillStrings(data, URL_KEYS, payload)).to.equal(3);
        const el = await mount(data, 'zh-CN');
        const error = el.querySelector('[part~="error"]');
        if (error) {
          refused++;
          expect(error.textContent, payload).to.match(
            /\/(people\/1\/photo|sources\/0\/url|organization\/establishingDocuments\/0\/url)/,
          );
        } else accepted++;
        expectInert(el);
      }
      // Everything with a scheme, a space or a control character is refused; what is left (such as
      // `"><svg/onload=…>`) is a relative path the browser treats as a file name on this site.
      expect(refused).to.be.greaterThan(40);
      expect(refused + accepted).to.equal(XSS_PAYLOADS.length);
    },
  );

  it(
    'refuses javascript:, data:, vbscript: and disguised schemes for a leader photo ' + 'with a specific message',
    async () => {
      for (const url of [
        'javascript:alert(1)',
        'JAVASCRIPT:alert(1)',
        ' javascript:alert(1)',
        '\u0001javascript:alert(1)',
        'java\tscript:alert(1)',
        'data:image/svg+xml,<svg onload=alert(1)>',
        'vbscript:x',
        'file:///etc/passwd',
      ]) {
        const data = smallDataset();
        data.people[1].photo = url;
        const wrapper = await fixture<HTMLDivElement>(
          html`<div><leader-card leader-id="wang-fang" .data=${data}></leader-card></div>`,
        );
        const card = wrapper.querySelector('leader-card')!;
        await card.updateComplete;
        const error = card.querySelector('[part~="error"]');
        expect(error, url).to.exist;
        expect(error!.textContent).to.contain('/people/1/photo');
        expect(card.querySelector('img')).to.equal(null);
      }
    },
  );

  it('shows a hostile value quoted in the error panel as text, not markup', async () => {
    const payload = XSS_PAYLOADS[1]!;
    const data = smallDataset();
    data.units[0].kind = payload;
    const el = await mount(data, 'zh-CN');
    const error = el.querySelector('[part~="error"]')!;
    expect(error.textContent).to.contain(JSON.stringify(payload)); // quoted as JSON, shown as text
    expectInert(el);
  });
});
