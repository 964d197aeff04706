import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../define/all.js';
import { LightDomRenderer } from './light-dom-renderer.js';
import { escapeAttribute, snapshotScript } from './escape.js';
import { setServerLang } from '../elements/shared/prerendered.js';
import { provideCheck } from '../elements/shared/load-check.js';
import { provideMessages } from '../i18n/load-messages.js';
import { en } from '../i18n/en.js';
import * as validate from '../model/validate-dataset.js';
import * as parse from '../model/parse-dataset.js';

// A server renders in one pass and cannot wait for the browser's lazily loaded parts.
provideCheck(validate, parse);
provideMessages('en', en);

/** The tags `renderElement` renders. */
export const RENDERABLE_TAGS = [
  'org-profile',
  'org-chart',
  'duty-list',
  'leader-card',
  'leader-list',
  'staffing-summary',
] as const;
export type RenderableTag = (typeof RENDERABLE_TAGS)[number];

export interface RenderOptions {
  /**
   * Keep this `src` on the element: the browser loads it after hydrating the prerendered
   * content (which stays on screen meanwhile; changed data renders as a change).
   */
  readonly src?: string;
}

/**
 * An element with its content as HTML, for a CMS that publishes static pages: every text is in
 * the HTML source (a crawler, a reader without JavaScript and a page's accessibility toolbar get
 * it), the dataset travels with it as JSON (a script block no browser runs), and the bundle, once
 * loaded, hydrates these nodes in place. Styles come from `gov-org-elements.css` beside the bundle.
 */
export function renderElement(
  tag: RenderableTag,
  dataset: unknown,
  attributes: Readonly<Record<string, string>> = {},
  options: RenderOptions = {},
): string {
  if (!RENDERABLE_TAGS.includes(tag))
    throw new Error(`renderElement: unknown tag "${tag}"; one of ${RENDERABLE_TAGS.join(', ')}`);
  // The fragment says which language it was rendered in, so a page in another language hydrates
  // it as it is (and assistive technology reads it in its own language) instead of redrawing it.
  const attrs: Record<string, string> = { lang: 'zh-CN', ...attributes, ...(options.src ? { src: options.src } : {}) };
  const names = Object.keys(attrs);
  for (const name of names)
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`renderElement: "${name}" is not an attribute name`);
  const open = unsafeStatic(`<${tag}${names.map((n) => ` ${n}="${escapeAttribute(attrs[n]!)}"`).join('')}`);
  const close = unsafeStatic(`</${tag}>`);
  setServerLang(attrs['lang'] ?? null);
  let raw: string;
  try {
    raw = collectResultSync(render(html`${open} .data=${dataset}>${close}`, { elementRenderers: [LightDomRenderer] }));
  } finally {
    setServerLang(null);
  }
  const body = lightContent(raw.slice(raw.indexOf(`<${tag}`), raw.lastIndexOf(`</${tag}>`) + tag.length + 3));
  // The snapshot goes first inside the element, before Lit's markers: the browser side reads it.
  const at = body.indexOf('>') + 1;
  return `${body.slice(0, at)}${snapshotScript(dataset)}${body.slice(at)}`;
}

const TOKEN = new RegExp(
  '<template shadowroot="open" shadowrootmode="open">|<\\/template>|' +
    '<!--(\\/?lit-part[^>]*?|lit-node \\d+)-->| defer-hydration(?=[\\s>])',
  'g',
);

/**
 * Unwraps each declarative shadow root into light children. The markers of an element nested in
 * another get its depth (`d1:lit-part`) so that the outer element's hydration passes them by;
 * `defer-hydration` (for shadow roots) goes.
 */
export function lightContent(html: string): string {
  let depth = 0;
  return html.replace(TOKEN, (token, marker: string | undefined) => {
    if (token.startsWith('<template')) {
      depth++;
      return '';
    }
    if (token === '</template>') {
      depth--;
      return '';
    }
    if (marker !== undefined) return depth > 1 ? `<!--d${depth - 1}:${marker}-->` : token;
    return '';
  });
}
