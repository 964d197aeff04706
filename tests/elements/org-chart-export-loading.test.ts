import { expect } from '@open-wc/testing';
import type { OrgChart } from '../../src/elements/org-chart/org-chart.js';
import { exportRequests, loadExportCodeWith } from './export-code.js';
import { items, mountChart, settle } from './org-chart-helpers.js';
import { startPrinting, stopPrinting } from './printing.js';

const frame = (): Promise<unknown> => new Promise((r) => requestAnimationFrame(r));
const part = (el: Element, name: string): HTMLElement | null => el.querySelector<HTMLElement>(`[part~="${name}"]`);
const isShown = (node: Element): boolean =>
  (node as HTMLElement).checkVisibility() && node.getBoundingClientRect().height > 0;
const button = (el: OrgChart, name: string): HTMLButtonElement =>
  [...el.querySelectorAll<HTMLButtonElement>('[part~="toolbar"] button')].find((b) => b.textContent!.trim() === name)!;
/** The export code and d3-selection, as the page requested them (the test files import neither). */
const fetched = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((url) => url.includes('/src/export/') || url.includes('/d3-selection/'));

/** Idle callbacks held back until `runIdle()`: the page is busy until then. */
let held: IdleRequestCallback[] = [];
const realIdle = window.requestIdleCallback;
const runIdle = (): void => {
  const due = held;
  held = [];
  for (const work of due) work({ didTimeout: false, timeRemaining: () => 50 });
};

describe('<org-chart> loading the export code', () => {
  beforeEach(() => {
    held = [];
    exportRequests.length = 0;
    window.requestIdleCallback = (work) => held.push(work);
  });
  afterEach(async () => {
    window.requestIdleCallback = realIdle;
    loadExportCodeWith();
    await stopPrinting();
  });

  // First in the file: the page has not loaded the export code for any test yet.
  it('requests the export code only once the page is idle after the chart is shown, then prints with it', async () => {
    const el = await mountChart({ expandDepth: 1 });
    for (let i = 0; i < 5; i++) await frame();
    expect(items(el).length).to.be.greaterThan(0);
    expect(exportRequests).to.have.length(0);
    expect(fetched()).to.deep.equal([]);
    runIdle();
    expect(exportRequests).to.have.length(1);
    await exportRequests[0];
    const urls = fetched();
    expect(urls.some((url) => url.includes('/src/export/scene-svg.ts'))).to.equal(true);
    expect(urls.some((url) => url.includes('/d3-selection/'))).to.equal(true);
    // Printing now shows the drawing of the whole tree, the internal units too.
    await startPrinting();
    const drawing = part(el, 'print')!;
    expect(isShown(drawing)).to.equal(true);
    expect(drawing.textContent).to.contain('办公室');
    expect(exportRequests).to.have.length(1);
  });

  it('prints the chart in view when the export code has not arrived, and asks for it for the next print', async () => {
    const el = await mountChart();
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent): number => errors.push(e.error);
    addEventListener('error', onError);
    try {
      await startPrinting();
      expect(part(el, 'print')).to.equal(null);
      expect(isShown(part(el, 'viewport')!)).to.equal(true);
      expect(items(el).filter(isShown).length).to.be.greaterThan(3);
      expect(part(el, 'toolbar')!.checkVisibility()).to.equal(false);
      expect(errors).to.deep.equal([]);
      expect(exportRequests).to.have.length(1);
      await exportRequests[0];
      await stopPrinting();
      await startPrinting();
      expect(isShown(part(el, 'print')!)).to.equal(true);
    } finally {
      removeEventListener('error', onError);
    }
  });

  it('loads the export code at once for an export asked for before the page is idle', async () => {
    const el = await mountChart();
    expect(exportRequests).to.have.length(0);
    const svg = await el.exportSvg();
    expect(svg).to.contain('办公室');
    expect(exportRequests).to.have.length(1);
    // The idle load that comes later finds it there.
    runIdle();
    expect(exportRequests).to.have.length(1);
  });

  describe('when the export code cannot be loaded', () => {
    const failure = (): Promise<never> =>
      Promise.reject(
        new TypeError('Failed to fetch dynamically imported module: /src/elements/org-chart/chart-drawing.ts'),
      );
    let clicked: HTMLAnchorElement[] = [];
    const click = HTMLAnchorElement.prototype.click;
    beforeEach(() => {
      clicked = [];
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked.push(this);
      };
      loadExportCodeWith(failure);
    });
    afterEach(() => {
      HTMLAnchorElement.prototype.click = click;
    });

    it('says so under the toolbar when an export button is pressed, and tries again on the next press', async () => {
      const el = await mountChart();
      const exported: Event[] = [];
      el.addEventListener('chart-export', (e) => exported.push(e));
      button(el, '导出 SVG').click();
      await new Promise((r) => setTimeout(r, 50));
      await settle(el);
      const alert = el.querySelector('[part~="notice"][role="alert"]');
      expect(alert!.textContent).to.contain('未能导出 SVG 文件').and.contain('export code could not be loaded');
      expect(clicked).to.deep.equal([]);
      expect(exported).to.deep.equal([]);
      loadExportCodeWith();
      button(el, '导出 SVG').click();
      await new Promise((r) => setTimeout(r, 50));
      await settle(el);
      expect(el.querySelector('[part~="notice"][role="alert"]')).to.equal(null);
      expect(clicked).to.have.length(1);
      expect(exported).to.have.length(1);
    });

    it('rejects the methods with an error that says what failed', async () => {
      const el = await mountChart();
      for (const call of [() => el.exportSvg(), () => el.exportPng()]) {
        const error = await call().then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).to.be.instanceOf(Error);
        expect((error as Error).message)
          .to.contain('org-chart: the export code could not be loaded')
          .and.contain('Failed to fetch dynamically imported module');
      }
    });

    it('prints the chart in view after a failed idle load', async () => {
      const el = await mountChart();
      runIdle();
      expect(exportRequests).to.have.length(1);
      await exportRequests[0]!.catch(() => undefined);
      await startPrinting();
      expect(part(el, 'print')).to.equal(null);
      expect(isShown(part(el, 'viewport')!)).to.equal(true);
      expect(el.querySelector('[part~="notice"][role="alert"]')).to.equal(null);
    });
  });
});
