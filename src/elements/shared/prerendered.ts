import type { RenderOptions } from 'lit';

import type { hydrate as Hydrate } from '@lit-labs/ssr-client';

// Lit's hydrate is a chunk of its own: only a page with prerendered content needs it.
let hydrate: typeof Hydrate | undefined;
let hydrateLoading: Promise<unknown> | undefined;

/**
 * Loads Lit's hydrate for an element with prerendered content (its first update waits for it).
 * Resolves either way: without it the element renders afresh over its prerendered content.
 */
export function loadHydrate(): Promise<unknown> | undefined {
  if (hydrate) return undefined;
  hydrateLoading ??= import('@lit-labs/ssr-client').then(
    (module) => (hydrate = module.hydrate),
    (error: unknown) => {
      hydrateLoading = undefined;
      console.warn('gov-org-elements: could not load hydration; rendering prerendered content again.', error);
    },
  );
  return hydrateLoading;
}

/** What a server (`renderElement`) left inside an element. */
export interface Prerendered {
  /** The dataset the fragment carried, from its JSON block. */
  readonly snapshot?: unknown;
  /** The content has Lit's markers and can be adopted in place (a paste filter strips them). */
  readonly hydratable: boolean;
  /** Inside another prerendered element, whose adopting hands it the data it was rendered with. */
  readonly nested?: boolean;
}

const SNAPSHOT = 'script[type="application/json"][data-goe-snapshot]';
/** Attribute the server writes on every element it renders (also its id prefix). */
const RENDERED = 'data-goe-id';

/**
 * Nested elements' markers carry their depth (`d1:lit-part …`) so that the enclosing element's
 * hydration, which walks every comment below it, sees only its own; each element takes its own
 * back just before it hydrates.
 */
function depthOf(el: Element): number {
  let depth = 0;
  for (let p = el.parentElement; p; p = p.parentElement) if (p.hasAttribute(RENDERED)) depth++;
  return depth;
}

/** The comments of `el`'s own markers; with `firstOnly`, stops at the first. */
function ownMarkers(el: Element, firstOnly = false): Comment[] {
  const depth = depthOf(el);
  const prefix = `d${depth}:`;
  const own =
    depth === 0 ? (data: string) => /^\/?lit-(part|node)/.test(data) : (data: string) => data.startsWith(prefix);
  const found: Comment[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_COMMENT);
  for (let c = walker.nextNode(); c; c = walker.nextNode()) {
    if (!own((c as Comment).data)) continue;
    found.push(c as Comment);
    if (firstOnly) break;
  }
  return found;
}

const adopted = new WeakSet<Element>();

/** The element has adopted (or replaced) what its server rendered. */
export function markAdopted(el: Element): void {
  adopted.add(el);
}

/** Whether the prerendered element around this one (if any) has adopted its own content. */
export function outerHydrated(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (p.hasAttribute(RENDERED)) return adopted.has(p);
  return true;
}

/** Reads what a server left in an element, or undefined for an element rendered in the browser. */
export function prerenderedContent(el: HTMLElement): Prerendered | undefined {
  if (!el.hasAttribute(RENDERED) && !el.querySelector(`:scope > ${SNAPSHOT}`)) return undefined;
  const block = el.querySelector(`:scope > ${SNAPSHOT}`);
  let snapshot: unknown;
  try {
    snapshot = block ? JSON.parse(block.textContent ?? '') : undefined;
  } catch {
    snapshot = undefined; // a damaged block: the element falls back to src or the page default
  }
  return { snapshot, hydratable: ownMarkers(el, true).length > 0, nested: depthOf(el) > 0 };
}

/**
 * Adopts the element's server-rendered nodes for `value` (the same template the server
 * rendered). False when they do not match (edited by hand, another version): the caller then
 * renders afresh into an emptied element.
 */
export function hydrateOwnContent(el: HTMLElement, value: unknown, options: RenderOptions): boolean {
  if (!hydrate) {
    el.replaceChildren();
    return false;
  }
  const depth = depthOf(el);
  if (depth > 0) for (const c of ownMarkers(el)) c.data = c.data.slice(`d${depth}:`.length);
  try {
    hydrate(value, el, options);
    return true;
  } catch (error) {
    console.warn(`${el.localName}: prerendered content does not match; rendering it again.`, error);
    [...el.childNodes].forEach((n) => n.remove());
    delete (el as unknown as Record<string, unknown>)['_$litPart$'];
    return false;
  }
}

let fragmentLang: string | null = null;

/** The language of the fragment being rendered on a server (nested elements inherit it). */
export function serverLang(): string | null {
  return fragmentLang;
}

/** Set by `renderElement` around one fragment. */
export function setServerLang(lang: string | null): void {
  fragmentLang = lang;
}
