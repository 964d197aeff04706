/**
 * Per-tag loading for the one-script-tag build: each tag's code is imported the first time the tag
 * appears on the page, in the document or in an open shadow root, whenever that happens (in the
 * HTML, added later, set through innerHTML). Elements already on the page wait, with their
 * fallback or prerendered content on screen, and upgrade when their code arrives;
 * `customElements.whenDefined(tag)` resolves then.
 *
 * The build rewrites each `import()` here to fetch the chunk's shared chunks (Lit, the model) in
 * the same round trip (scripts/rollup-preload-deps.mjs); every chunk URL is relative to this
 * module's own URL.
 */

/** The tags of the library and the module that registers each. */
const TAG_MODULES: Readonly<Record<string, () => Promise<unknown>>> = {
  'org-chart': () => import('../define/org-chart.js'),
  'duty-list': () => import('../define/duty-list.js'),
  'leader-card': () => import('../define/leader-card.js'),
  'leader-list': () => import('../define/leader-list.js'),
  'staffing-summary': () => import('../define/staffing-summary.js'),
  // A profile's chart loads once the profile has shown its data (DeferredChartController).
  'org-profile': () => import('../define/org-profile-chart-later.js').then((m) => m.defineOrgProfile(loadChart)),
};

const loadChart = (): Promise<unknown> => loadElement('org-chart');

/** Every tag the loader knows. */
export const LAZY_TAGS = Object.keys(TAG_MODULES);

/** Whether `name` is one of the library's tags (never a name Object.prototype has). */
const isTag = (name: string): boolean => Object.prototype.hasOwnProperty.call(TAG_MODULES, name);

const loading = new Map<string, Promise<CustomElementConstructor>>();
const failed = new Set<string>();
let observer: MutationObserver | undefined;
const observed = new WeakSet<Node>();

/**
 * Loads and registers `tag`; resolves to its class. A failed chunk request is not kept: calling it
 * again asks the network again. Elements of that tag meanwhile show a notice with a Retry button.
 */
export function loadElement(tag: string): Promise<CustomElementConstructor> {
  const load = isTag(tag) ? TAG_MODULES[tag] : undefined;
  if (!load) return Promise.reject(new Error(`gov-org-elements: no element <${tag}> (known: ${LAZY_TAGS.join(', ')})`));
  let pending = loading.get(tag);
  if (!pending) {
    pending = load().then(
      () => {
        // Only a tag that failed before has notices to take down (finding them walks the page).
        if (failed.delete(tag)) clearFailure(tag);
        return customElements.whenDefined(tag);
      },
      (error: unknown) => {
        loading.delete(tag);
        failed.add(tag);
        showFailure(tag, error);
        throw error;
      },
    );
    loading.set(tag, pending);
  }
  return pending;
}

let onFound: ((el: Element) => void) | undefined;

/**
 * Loads every tag found in `root` (and its open shadow roots), and watches it for more. `found`
 * hears of each element as it is found (the entry starts the bundled dataset early with it).
 */
export function watchTags(root: Document | ShadowRoot = document, found?: (el: Element) => void): void {
  onFound ??= found;
  if (observed.has(root)) return;
  observed.add(root);
  observer ??= new MutationObserver((records) => {
    for (const record of records) {
      // What a loaded element renders is its own (a chart's thousands of boxes): the tags it nests
      // come with its code, so its renders are not walked again.
      if (insideLoaded(record.target)) continue;
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
    if (loading.size === LAZY_TAGS.length && failed.size === 0) observer?.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true });
  scan(root);
}

const SELECTOR = LAZY_TAGS.join(',');

function scan(root: Element | Document | ShadowRoot): void {
  const ours = root instanceof Element && isTag(root.localName);
  if (ours) request(root);
  for (const el of root.querySelectorAll(SELECTOR)) request(el);
  if (ours) return;
  if (root instanceof Element && root.shadowRoot) watchTags(root.shadowRoot);
  // Open shadow roots inside what was added (a portal's own components): their tags count too.
  // The library's own elements are not walked into: what they hold (a prerendered profile's
  // thousands of nodes) is theirs and has no portal component in it.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT, (node) =>
    isTag((node as Element).localName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  );
  for (let el = walker.nextNode(); el; el = walker.nextNode()) {
    const { shadowRoot } = el as Element;
    if (shadowRoot) watchTags(shadowRoot);
  }
}

/** Whether `node` is inside (or is) an element of the library whose code has loaded. */
function insideLoaded(node: Node): boolean {
  const host = (node instanceof Element ? node : node.parentElement)?.closest(SELECTOR);
  return Boolean(host && customElements.get(host.localName));
}

function request(el: Element): void {
  const tag = el.localName;
  onFound?.(el);
  if (!loading.has(tag) && !customElements.get(tag)) void loadElement(tag).catch(() => undefined);
}

const NOTICE = 'data-goe-load-failed';

/**
 * A tag whose code could not be loaded shows why, with a Retry button, in every element of it on
 * the page (and in elements added later, until a retry succeeds), instead of an empty box.
 */
function showFailure(tag: string, error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  for (const el of everywhere(tag)) {
    if (el.querySelector(`:scope > [${NOTICE}]`)) continue;
    const zh = !/^en\b/i.test(el.closest('[lang]')?.getAttribute('lang') ?? 'zh');
    const box = document.createElement('div');
    box.setAttribute(NOTICE, '');
    box.setAttribute('role', 'alert');
    box.setAttribute('part', 'error');
    const text = document.createElement('p');
    text.textContent = zh
      ? `无法载入 <${tag}> 的程序：${reason}`
      : `The code of <${tag}> could not be loaded: ${reason}`;
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.setAttribute('part', 'button retry');
    retry.textContent = zh ? '重试' : 'Retry';
    retry.addEventListener('click', () => void loadElement(tag).catch(() => undefined));
    box.append(text, retry);
    el.prepend(box);
  }
}

function clearFailure(tag: string): void {
  for (const el of everywhere(tag)) el.querySelector(`:scope > [${NOTICE}]`)?.remove();
}

/** Elements of `tag` in the document and the open shadow roots the loader watches. */
function everywhere(tag: string): Element[] {
  const found: Element[] = [];
  const visit = (root: Document | ShadowRoot): void => {
    found.push(...root.querySelectorAll(tag));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot && observed.has(el.shadowRoot)) visit(el.shadowRoot);
  };
  visit(document);
  return found;
}
