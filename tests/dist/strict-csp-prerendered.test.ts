import { expect } from '@open-wc/testing';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.js';
import { until } from '../helpers/wait.js';

// Prerendered fragments carrying every injection payload in a duty, a unit name and a portfolio,
// on a page under the strict policy (default-src/script-src/style-src 'self', Trusted Types),
// adopted by the built bundle: nothing runs, the text shows literally, no violation is reported.

type Frame = Window & { violations: unknown[]; __pwned?: number; customElements: CustomElementRegistry };
type Lit = HTMLElement & { updateComplete: Promise<unknown>; dataState: { status: string } };

/** Characters the dataset check refuses in text (the element then shows its error panel instead). */
const REFUSED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

async function load(payload: string): Promise<{ win: Frame; doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 700px; border: 0';
  frame.src = `/tests/pages/strict-csp-prerendered.html?payload=${encodeURIComponent(payload)}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Frame;
  const doc = frame.contentDocument!;
  await until(() => Boolean(win.customElements.get('duty-list')), 'the bundle defines the tags', 8000);
  for (const el of doc.querySelectorAll<Lit>('duty-list, leader-list, org-chart')) await el.updateComplete;
  await new Promise((r) => setTimeout(r, 50));
  return { win, doc, frame };
}

describe('prerendered fragments with injection payloads, under a strict CSP', () => {
  it('run nothing, show the payload as text and report no violation', async function () {
    this.timeout(120_000);
    for (const payload of XSS_PAYLOADS) {
      const { win, doc, frame } = await load(payload);
      try {
        expect(win.__pwned, payload).to.equal(undefined);
        expect(win.violations, payload).to.deep.equal([]);
        const scripts = [...doc.querySelectorAll('main script')];
        expect(
          scripts.every((s) => s.getAttribute('type') === 'application/json'),
          payload,
        ).to.equal(true);
        const handlers = [...doc.querySelectorAll('main *')].filter((e) =>
          [...e.attributes].some((a) => a.name.startsWith('on')),
        );
        expect(handlers.length, payload).to.equal(0);
        if (!REFUSED.test(payload) && payload.trim()) {
          const duty = doc.querySelector('#duty-list [part~="text"]')!.textContent!;
          expect(duty.replace(/\s+/g, ''), payload).to.contain(payload.trim().replace(/\s+/g, '').slice(0, 20));
        }
      } finally {
        frame.remove();
      }
    }
  });
});
