/** Waiting and error-watching helpers shared by the tests of loading, broken data and whole pages. */

export const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls until `test` holds; fails naming `what` after `ms`. */
export async function until(test: () => boolean, what = 'the condition', ms = 3000): Promise<void> {
  const end = performance.now() + ms;
  while (!test()) {
    if (performance.now() > end) throw new Error(`${what}: not reached within ${ms} ms`);
    await wait(20);
  }
}

/**
 * Collects uncaught errors and unhandled rejections on the window while a suite runs (mocha
 * before/after hooks); `messages` is the list so far, `clear()` empties it.
 */
export function watchUncaught(): { readonly messages: string[]; clear(): void } {
  const messages: string[] = [];
  const onError = (e: ErrorEvent): void => void messages.push(e.message);
  const onRejection = (e: PromiseRejectionEvent): void => void messages.push(String(e.reason));
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  return { messages, clear: () => void (messages.length = 0) };
}
