/**
 * Whether the page's own style sheets have been switched off: the "text only" (纯文本) mode of a
 * portal's accessibility toolbar. Such a mode disables every sheet in `document.styleSheets` (or
 * removes them) and leaves its own; sheets we adopt are not in that list, so we follow by watching.
 *
 * No polling: the judgement is re-made after a click or key press anywhere in the page (how a
 * visitor switches the mode), and when `<head>`'s children or the root's `style`/`class` change
 * (how a script does). It is read from the sheets alone, so it works for any tool.
 */

type Listener = (off: boolean) => void;

/** Sheets counted as the page's: not an alternate style sheet (those are off until chosen). */
function isPageSheet(sheet: CSSStyleSheet): boolean {
  const owner = sheet.ownerNode;
  return !(
    owner instanceof Element &&
    owner.localName === 'link' &&
    /(^|\s)alternate(\s|$)/i.test(owner.getAttribute('rel') ?? '')
  );
}

/**
 * The judgement, from the page's sheets: `switchedOff` of those once seen enabled are now disabled,
 * and no fewer than those still enabled. A sheet the page keeps disabled from the start (an unused
 * theme) never counts, nor does a sheet the page removes (a script swapping its own styles):
 * text-only modes switch sheets off, so the page can switch them back on.
 */
export function stylesLookOff(enabled: number, switchedOff: number): boolean {
  return switchedOff > 0 && switchedOff >= enabled;
}

class PageStylesWatcher {
  readonly listeners = new Set<Listener>();
  off = false;
  /** The page's sheets seen enabled at some check (and still in the page). */
  #seen = new Set<CSSStyleSheet>();
  #timers: ReturnType<typeof setTimeout>[] = [];
  readonly #observer: MutationObserver;
  readonly #schedule = (): void => {
    for (const t of this.#timers) clearTimeout(t);
    // The toolbar's own handler runs after ours (we listen in the capture phase); some switch later.
    this.#timers = [setTimeout(this.check, 0), setTimeout(this.check, 400)];
  };

  constructor(readonly doc: Document) {
    const view = doc.defaultView ?? window;
    this.#observer = new view.MutationObserver(this.#schedule);
  }

  start(): void {
    if (this.doc.head) this.#observer.observe(this.doc.head, { childList: true });
    this.#observer.observe(this.doc.documentElement, { attributes: true, attributeFilter: ['style', 'class'] });
    for (const type of ['click', 'keyup'] as const)
      this.doc.addEventListener(type, this.#schedule, { capture: true, passive: true });
    this.check();
  }

  stop(): void {
    this.#observer.disconnect();
    for (const type of ['click', 'keyup'] as const)
      this.doc.removeEventListener(type, this.#schedule, { capture: true });
    for (const t of this.#timers) clearTimeout(t);
  }

  readonly check = (): void => {
    const sheets = Array.from(this.doc.styleSheets).filter(isPageSheet);
    const enabled = sheets.filter((sheet) => !sheet.disabled);
    const switchedOff = sheets.filter((sheet) => sheet.disabled && this.#seen.has(sheet)).length;
    this.#seen = new Set([...sheets.filter((sheet) => this.#seen.has(sheet)), ...enabled]);
    const off = stylesLookOff(enabled.length, switchedOff);
    if (off === this.off) return;
    this.off = off;
    for (const listener of [...this.listeners]) listener(off);
  };
}

const watchers = new WeakMap<Document, PageStylesWatcher>();

/**
 * Calls `listener` whenever the page's styles go off or come back; returns the current state and
 * a function that stops listening (the last one to stop ends the watching).
 */
export function watchPageStyles(doc: Document, listener: Listener): { off: boolean; stop: () => void } {
  let watcher = watchers.get(doc);
  if (!watcher) watchers.set(doc, (watcher = new PageStylesWatcher(doc)));
  watcher.listeners.add(listener);
  if (watcher.listeners.size === 1) watcher.start();
  const w = watcher;
  return {
    off: w.off,
    stop: () => {
      if (w.listeners.delete(listener) && w.listeners.size === 0) w.stop();
    },
  };
}
