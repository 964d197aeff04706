import { expect } from '@open-wc/testing';
import { pendingSrc, startEarlyRequest } from '../../src/data/early-requests.js';
import { takeEarlyRequest } from '../../src/elements/shared/take-early-request.js';
import { loadDataset } from '../../src/elements/shared/load-dataset.js';

// The entry's early `src` request (the built entry is checked in tests/e2e/early-request.test.mjs).

const DATA = '/data/suzhou-land-resources-bureau.json';

/** An element of a tag nobody defines: what the entry sees before an element's code has loaded. */
function notYetUpgraded(html: string, props: Record<string, unknown> = {}): Element {
  const box = document.createElement('div');
  box.innerHTML = html;
  const el = box.firstElementChild!;
  Object.assign(el, props);
  return el;
}

describe('early src requests', () => {
  it('reads the src an element will load: a property set before its code wins over the attribute', () => {
    const base = new URL('.', document.baseURI).href;
    expect(pendingSrc(notYetUpgraded('<x-waiting src="a.json"></x-waiting>'))).to.equal(`${base}a.json`);
    expect(pendingSrc(notYetUpgraded('<x-waiting src="a.json"></x-waiting>', { src: '/b.json' }))).to.equal(
      new URL('/b.json', document.baseURI).href,
    );
  });

  it('asks for nothing when the element will not fetch', () => {
    expect(pendingSrc(notYetUpgraded('<x-waiting></x-waiting>'))).to.equal(undefined);
    expect(pendingSrc(notYetUpgraded('<x-waiting src=""></x-waiting>'))).to.equal(undefined);
    // `data` wins over `src`: the element never requests it.
    expect(pendingSrc(notYetUpgraded('<x-waiting src="a.json"></x-waiting>', { data: {} }))).to.equal(undefined);
    expect(pendingSrc(notYetUpgraded('<x-waiting src="a.json"></x-waiting>', { src: 42 }))).to.equal(undefined);
    expect(pendingSrc(notYetUpgraded('<x-waiting src="http://[bad"></x-waiting>'))).to.equal(undefined);
  });

  it('is taken over once, only for its own URL', () => {
    const url = new URL('/early-once.json', document.baseURI).href;
    startEarlyRequest(url);
    startEarlyRequest(url);
    expect(takeEarlyRequest(new URL('/other.json', document.baseURI).href)).to.equal(undefined);
    const taken = takeEarlyRequest(url);
    expect(taken).to.not.equal(undefined);
    expect(takeEarlyRequest(url)).to.equal(undefined);
    taken!.abort.abort();
  });

  it('gives loadDataset the response it started, without a second request', async () => {
    const url = new URL(DATA, document.baseURI).href;
    const original = window.fetch;
    const calls: string[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(String(input));
      return original(input, init);
    };
    try {
      startEarlyRequest(url);
      const result = await loadDataset(DATA);
      expect(result.status).to.equal('ready');
      expect(calls).to.deep.equal([url]);
    } finally {
      window.fetch = original;
    }
  });
});
