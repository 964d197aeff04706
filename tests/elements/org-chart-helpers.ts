import { fixture, html } from '@open-wc/testing';
import '../../src/data/use-bundled-dataset.js';
import '../../src/define/org-chart.js';
import type { OrgChart } from '../../src/elements/org-chart/org-chart.js';

/** Mounts a chart in a container of the given width and waits until it has laid out. */
export async function mountChart(
  attrs: Partial<Pick<OrgChart, 'view' | 'orientation' | 'expandDepth' | 'selected' | 'src'>> & { data?: unknown } = {},
  width = 1280,
): Promise<OrgChart> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('org-chart');
  Object.assign(el, attrs);
  wrapper.append(el);
  await settle(el);
  return el;
}

/** Waits for pending renders, the resize observer and the re-fit after measuring to finish. */
export async function settle(el: OrgChart): Promise<void> {
  for (let i = 0; i < 6; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
  // Let pan/zoom transitions end, so boxes are measured where the user finally sees them.
  await Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined)));
  await el.updateComplete;
}

export const items = (el: OrgChart): HTMLElement[] => [...el.querySelectorAll<HTMLElement>('[role="treeitem"]')];
export const item = (el: OrgChart, id: string): HTMLElement | null =>
  el.querySelector<HTMLElement>(`[role="treeitem"][data-id="${CSS.escape(id)}"]`);
export const focused = (el: OrgChart): string | undefined =>
  (el.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null)?.dataset['id'];

/** The visible rectangle of a box itself (not its children), in viewport px. */
export function boxRect(node: HTMLElement): DOMRect {
  return node.getBoundingClientRect();
}

/** Pairs of boxes whose rectangles overlap by more than a hair. */
export function overlaps(rects: { id: string; r: DOMRect }[]): string[] {
  const found: string[] = [];
  const sorted = [...rects].sort((a, b) => a.r.left - b.r.left);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.r.left < a.r.right - 0.5; j++) {
      const b = sorted[j]!;
      const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (w > 0.5 && h > 0.5) found.push(`${a.id} × ${b.id}`);
    }
  }
  return found;
}
