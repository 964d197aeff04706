/**
 * Runs `work` when the page is idle, at the latest after `timeout` ms (soon after, where there is
 * no requestIdleCallback): for what a first paint need not wait for.
 */
export function whenIdle(work: () => void, timeout = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout });
  else setTimeout(work, Math.min(200, timeout));
}
