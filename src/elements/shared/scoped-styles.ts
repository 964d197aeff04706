import type { CSSResultOrNative } from 'lit';
import { fillTagName, PRESCOPED, scopeCss } from '../../styles/scope-css.js';

/** Scoped CSS text per element class and tag name (a subclass may be registered under another). */
const texts = new WeakMap<object, Map<string, string>>();
/** Constructed sheets per document (a sheet can only be adopted in the document that made it). */
const sheets = new WeakMap<Document, WeakMap<object, Map<string, CSSStyleSheet>>>();
/** Every sheet made per document, and the documents whose page styles are switched off. */
const made = new WeakMap<Document, Set<CSSStyleSheet>>();
const switchedOff = new WeakSet<Document>();

function cssTextOf(style: CSSResultOrNative): string {
  return style instanceof CSSStyleSheet ? [...style.cssRules].map((r) => r.cssText).join('\n') : style.cssText;
}

const isPrescoped = (text: string) => text.startsWith(PRESCOPED);

/**
 * The element's styles rewritten for the page, with `:host` as its tag name. The bundles' own
 * sheets come scoped from the build and only need the name filled in; the npm build's sheets and
 * a subclass's own styles are scoped here.
 */
export function scopedCssFor(ctor: object, styles: readonly CSSResultOrNative[], tag: string): string {
  let byTag = texts.get(ctor);
  if (!byTag) texts.set(ctor, (byTag = new Map()));
  let text = byTag.get(tag);
  if (text === undefined) {
    const parts = styles.map(cssTextOf);
    text = parts.some(isPrescoped)
      ? parts.map((part) => (isPrescoped(part) ? fillTagName(part, tag) : scopeCss(part, tag))).join('')
      : scopeCss(parts.join('\n'), tag);
    byTag.set(tag, text);
  }
  return text;
}

/**
 * Adopts the element's scoped sheet into the root it is connected in (the document, or a portal's
 * shadow root), once per root. Adopted sheets pass a strict `style-src` CSP and come after the
 * page's own sheets, so our rules win ties of specificity while inline styles and `!important`
 * rules a page or an accessibility toolbar sets still win over ours.
 */
export function adoptScopedStyles(el: HTMLElement, styles: readonly CSSResultOrNative[]): void {
  const root = el.getRootNode() as Document | ShadowRoot;
  const doc = el.ownerDocument;
  if (!('adoptedStyleSheets' in root)) return;
  const tag = el.localName;
  let byClass = sheets.get(doc);
  if (!byClass) sheets.set(doc, (byClass = new WeakMap()));
  let byTag = byClass.get(el.constructor);
  if (!byTag) byClass.set(el.constructor, (byTag = new Map()));
  let sheet = byTag.get(tag);
  if (!sheet) {
    const view = doc.defaultView ?? window;
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(scopedCssFor(el.constructor, styles, tag));
    sheet.disabled = switchedOff.has(doc);
    byTag.set(tag, sheet);
    let all = made.get(doc);
    if (!all) made.set(doc, (all = new Set()));
    all.add(sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * Switches our sheets in `doc` off or on with the page's own (a toolbar's text-only mode turns
 * the page's sheets off; ours are adopted, so no toolbar finds them to turn off itself).
 */
export function setScopedStylesDisabled(doc: Document, off: boolean): void {
  if (off) switchedOff.add(doc);
  else switchedOff.delete(doc);
  for (const sheet of made.get(doc) ?? []) sheet.disabled = off;
}
