import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DeferredChartController } from '../../src/elements/org-profile/deferred-chart.js';

// The profile's late chart (the one-script build): asked for once, by whichever comes first.

function setUp(): { controller: ReactiveController; asked: () => number; chart: HTMLElement } {
  const chart = document.createElement('org-chart-not-defined');
  document.body.append(chart);
  let count = 0;
  const host = { addController: () => undefined } as unknown as ReactiveControllerHost;
  const controller = new DeferredChartController(
    host,
    () => chart,
    () => {
      count++;
      return Promise.resolve();
    },
  );
  return { controller, asked: () => count, chart };
}

describe('DeferredChartController', () => {
  it('asks for the chart when a print is asked for before the page was idle, and only once', async () => {
    const { controller, asked, chart } = setUp();
    controller.hostUpdated!();
    dispatchEvent(new Event('beforeprint'));
    expect(asked()).to.equal(1);
    await new Promise((r) => setTimeout(r, 300));
    chart.scrollIntoView();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(asked()).to.equal(1);
    chart.remove();
  });

  it('asks when the page is idle after the profile has shown its chart’s place', async () => {
    const { controller, asked, chart } = setUp();
    chart.style.marginTop = '10000px';
    controller.hostUpdated!();
    expect(asked()).to.equal(0);
    await new Promise((r) => setTimeout(r, 2500));
    expect(asked()).to.equal(1);
    chart.remove();
  });
});
