/**
 * Runs `work` when the page is idle, at the latest after `timeout` ms (soon after, where there is
 * no requestIdleCallback): for what a first paint need not wait for. Returns its cancel.
 */
export function whenIdle(work: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, Math.min(200, timeout));
  return () => clearTimeout(id);
}
