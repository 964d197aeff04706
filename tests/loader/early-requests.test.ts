import { expect } from '@open-wc/testing';
import { pendingSrc, startEarlyRequest } from '../../src/data/early-requests.js';
import { takeEarlyRequest } from '../../src/elements/shared/take-early-request.js';
import { loadDataset } from '../../src/elements/shared/load-dataset.js';
import { isProduced } from '../../src/model/trusted.js';
import '../../src/define/duty-list.js';
import type { DutyList } from '../../src/elements/duty-list/duty-list.js';

const check = () => import('../../src/model/validate-dataset.js');

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
    startEarlyRequest(url, check);
    startEarlyRequest(url, check);
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
      startEarlyRequest(url, check);
      const result = await loadDataset(DATA);
      expect(result.status).to.equal('ready');
      expect(calls).to.deep.equal([url]);
    } finally {
      window.fetch = original;
    }
  });

  it('reads and checks the data while the element loads; the element takes that dataset as it is', async () => {
    const url = new URL(`${DATA}?checked-early`, document.baseURI).href;
    startEarlyRequest(url, check);
    const request = takeEarlyRequest(url)!;
    const verdict = await request.checked;
    expect(verdict?.ok).to.equal(true);
    expect(isProduced(verdict?.dataset)).to.equal(true);
    // Given back for loadDataset to take over: the dataset checked early is the one it answers with.
    const page = globalThis as unknown as Record<symbol, Map<string, unknown>>;
    page[Symbol.for('gov-org-elements.early-requests')]!.set(url, request);
    const result = await loadDataset(url);
    expect(result.status).to.equal('ready');
    expect(result.status === 'ready' && result.dataset).to.equal(verdict!.dataset);
  });

  it('trusts no verdict a page hands in: forged "valid" data is checked and reported', async () => {
    const url = new URL('/forged-verdict.json', document.baseURI).href;
    const body = new TextEncoder().encode('{"schemaVersion": 1}').buffer;
    const page = globalThis as unknown as Record<symbol, Map<string, unknown>>;
    page[Symbol.for('gov-org-elements.early-requests')]!.set(url, {
      response: Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } })),
      payload: Promise.resolve(body),
      checked: Promise.resolve({ ok: true, dataset: { schemaVersion: 1 } }),
      abort: new AbortController(),
      started: performance.now(),
      done: true,
    });
    const result = await loadDataset(url);
    expect(result.status).to.equal('invalid');
    expect(result.status === 'invalid' && result.issues.length).to.be.greaterThan(0);
  });

  it('reads no body and runs no check for an HTTP error; the element reports the status', async () => {
    const url = new URL('/no-such-early-data.json', document.baseURI).href;
    let loaded = 0;
    startEarlyRequest(url, () => {
      loaded++;
      return check();
    });
    const request = takeEarlyRequest(url)!;
    expect(await request.payload).to.equal(undefined);
    expect(await request.checked).to.equal(undefined);
    expect(loaded).to.equal(1);
    const page = globalThis as unknown as Record<symbol, Map<string, unknown>>;
    page[Symbol.for('gov-org-elements.early-requests')]!.set(url, request);
    const result = await loadDataset(url);
    expect(result.status).to.equal('failed');
    expect(result.status === 'failed' && result.reason).to.match(/^HTTP 404/);
  });

  it("checks the data itself when the entry could not load the check's code", async () => {
    const url = new URL(`${DATA}?check-failed-early`, document.baseURI).href;
    startEarlyRequest(url, () => Promise.reject(new Error('chunk failed')));
    const request = takeEarlyRequest(url)!;
    expect(await request.checked).to.equal(undefined);
    expect(await request.payload).to.be.instanceOf(ArrayBuffer);
    const page = globalThis as unknown as Record<symbol, Map<string, unknown>>;
    page[Symbol.for('gov-org-elements.early-requests')]!.set(url, request);
    const result = await loadDataset(url);
    expect(result.status).to.equal('ready');
    expect(result.status === 'ready' && isProduced(result.dataset)).to.equal(true);
  });

  /** Every data state an element rendered, from its first update until it settles. */
  async function renderedStates(url: string): Promise<string[]> {
    const el = document.createElement('duty-list') as DutyList;
    const states: string[] = [];
    el.addController({ hostUpdated: () => states.push(el.dataState.status) });
    el.src = url;
    document.body.append(el);
    try {
      for (let i = 0; i < 50 && !['ready', 'invalid'].includes(states[states.length - 1] ?? ''); i++)
        await new Promise((resolve) => setTimeout(resolve, 20));
      return states;
    } finally {
      el.remove();
    }
  }

  it('shows data the entry fetched and checked in its first render, with no loading state painted before', async () => {
    const url = new URL(`${DATA}?answered-early`, document.baseURI).href;
    startEarlyRequest(url, check);
    await answered(url);
    expect(await renderedStates(url)).to.deep.equal(['ready']);
  });

  it('shows its loading state while the early request has not answered', async () => {
    const url = new URL(`${DATA}?not-answered-yet`, document.baseURI).href;
    startEarlyRequest(url, check);
    expect(await renderedStates(url)).to.deep.equal(['loading', 'ready']);
  });
});

/** Waits until the entry's request for `url` has been answered and checked (left for the element to take). */
async function answered(url: string): Promise<void> {
  const page = globalThis as unknown as Record<symbol, Map<string, { checked: Promise<unknown> }>>;
  const request = page[Symbol.for('gov-org-elements.early-requests')]!.get(url)!;
  await request.checked;
}
