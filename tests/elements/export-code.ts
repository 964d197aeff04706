import { exportCode } from '../../src/elements/org-chart/chart-export.js';

/** How the charts ask for the export code: the real dynamic import, unless a test swaps it. */
export const realLoad = exportCode.load;
/** Every request for the export code since this module was imported, in order. */
export const exportRequests: Promise<unknown>[] = [];

/** Sets how the export code is loaded (the real import by default), recording each request. */
export function loadExportCodeWith(load: typeof realLoad = realLoad): void {
  exportCode.load = () => {
    const request = load();
    exportRequests.push(request);
    return request;
  };
}
loadExportCodeWith();

const idle = requestIdleCallback.bind(window);

/**
 * Waits until the charts shown have loaded the export code, as they do when the page is first idle:
 * an idle callback asked for now runs after theirs, which then have requested it.
 */
export async function exportCodeLoaded(): Promise<void> {
  await new Promise((resolve) => idle(resolve));
  await Promise.all(exportRequests);
}
