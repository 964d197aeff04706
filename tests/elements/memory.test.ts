import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/data/use-bundled-dataset.js';
import '../../src/define/org-profile.js';

// Mounting and removing a whole <org-profile> (chart, duty lists, leaders, staffing) 1,000 times
// must not leave memory behind: listeners, observers, caches and linked-chart registrations all
// let go on removal. The heap is measured after a forced full garbage collection (DevTools).

const MOUNTS = 1000;
const frame = (): Promise<unknown> => new Promise((r) => requestAnimationFrame(r));
const heap = (): Promise<number> => executeServerCommand<number, undefined>('heap-usage');

async function mountAndRemove(host: HTMLElement): Promise<void> {
  const profile = document.createElement('org-profile') as HTMLElement & { updateComplete: Promise<unknown> };
  host.append(profile);
  await profile.updateComplete;
  await frame(); // the nested elements render and measure
  const chart = profile.querySelector('org-chart');
  if (!chart?.querySelector('[role="treeitem"]')) throw new Error('the profile did not render its chart');
  profile.remove();
}

describe('memory', () => {
  it(`keeps no lasting heap growth after mounting <org-profile> ${MOUNTS} times`, async function () {
    this.timeout(600_000);
    const host = document.createElement('div');
    host.style.width = '1100px';
    document.body.append(host);
    for (let i = 0; i < 30; i++) await mountAndRemove(host); // warm up: code, caches, the shared parse
    const before = await heap();
    const started = performance.now();
    for (let i = 0; i < MOUNTS; i++) await mountAndRemove(host);
    const seconds = (performance.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 200));
    const after = await heap();
    const growth = after - before;
    console.log(
      `memory: heap ${(before / 1e6).toFixed(2)} MB before, ${(after / 1e6).toFixed(2)} MB after ${MOUNTS} mounts ` +
        `(${growth >= 0 ? '+' : ''}${(growth / 1e3).toFixed(0)} KB, ${(growth / MOUNTS).toFixed(0)} B per mount; ` +
        `${seconds.toFixed(1)} s)`,
    );
    // A leak of even one detached profile per mount (tens of KB each) would add tens of MB.
    expect(growth / MOUNTS, 'bytes kept per mount').to.be.below(1024);
    host.remove();
  });
});
