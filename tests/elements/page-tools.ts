/**
 * A test double of the accessibility toolbars Chinese government portals must offer (无障碍 /
 * 适老化 工具条: 指读, 连读, 大字幕, 配色). It behaves as they do, without any of their code: it
 * walks the page from `document` by child and sibling links (never entering a shadow root), reads
 * the `innerText` of what is hovered as a page-level listener sees it (after retargeting), and
 * recolours the page by writing inline styles on every element it walked. Also the page that the
 * double and the npm toolbars (npm-toolbars.test.ts) are tried on.
 */
import { fixture, html } from '@open-wc/testing';
import '../../src/data/use-bundled-dataset.js';
import '../../src/define/org-profile.js';
import type { OrgProfile } from '../../src/elements/org-profile/org-profile.js';

/** A portal's page: `<org-profile>` with the bundled dataset, 1280 px wide, laid out. */
export async function mountProfile(): Promise<OrgProfile> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 1280px" lang="zh-CN"><org-profile></org-profile></div>`,
  );
  const el = wrapper.querySelector('org-profile')!;
  await el.updateComplete;
  for (let i = 0; i < 8; i++) await new Promise((r) => requestAnimationFrame(r));
  return el;
}

/** The middle of a text's first line (an inline text that wraps has an empty corner in its box). */
export const centre = (el: Element): [number, number] => {
  const r = el.getClientRects()[0]!;
  return [r.left + r.width / 2, r.top + r.height / 2];
};

/** Text without white space (line breaks differ between a text and its rendering). */
export const squash = (s: string): string => s.replace(/\s+/g, '');

/** Every element reachable from `document` the way such a toolbar walks it: no shadow roots. */
export function walkDocument(): Element[] {
  const out: Element[] = [];
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      out.push(child as Element);
      visit(child);
    }
  };
  visit(document);
  return out;
}

/** Text nodes the walk reaches under `within` (non-blank), as the toolbar's 连读 would read them. */
export function readableText(within: Element): string[] {
  return walkDocument()
    .filter((el) => within.contains(el))
    .flatMap((el) => [...el.childNodes])
    .filter((n) => n.nodeType === Node.TEXT_NODE && (n as Text).data.trim() !== '')
    .map((n) => (n as Text).data.trim());
}

/** 指读: what a document-level mouseover listener reads at a point (event.target.innerText). */
export function readAtPoint(x: number, y: number): { target: Element; text: string } {
  let seen: Element | undefined;
  const listen = (event: Event): void => {
    seen = event.target as Element;
  };
  document.addEventListener('mouseover', listen);
  const under = document.elementFromPoint(x, y)!;
  under.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true, clientX: x, clientY: y }));
  document.removeEventListener('mouseover', listen);
  return { target: seen!, text: (seen as HTMLElement).innerText.trim() };
}

/** 配色: a dark scheme written as inline styles on every walked element (returns an undo). */
export function recolour(color: string, background: string): () => void {
  const touched = walkDocument().filter((el): el is HTMLElement => el instanceof HTMLElement);
  const before = touched.map((el) => [el.style.color, el.style.backgroundColor] as const);
  for (const el of touched) {
    el.style.color = color;
    el.style.backgroundColor = background;
  }
  return () =>
    touched.forEach((el, i) => {
      el.style.color = before[i]![0];
      el.style.backgroundColor = before[i]![1];
    });
}

/** Relative luminance (WCAG) of an rgb()/rgba() colour. */
function luminance(rgb: readonly number[]): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const parse = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).map(Number);

/** The colour actually painted behind an element: the nearest ancestor with an opaque background. */
export function backgroundBehind(el: Element): number[] {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const c = parse(getComputedStyle(e).backgroundColor);
    if (c.length === 3 || (c.length === 4 && c[3]! > 0.5)) return c.slice(0, 3);
  }
  return [255, 255, 255];
}

/** Contrast of an element's text colour against what is behind it. */
export function contrastOf(el: Element): number {
  const fg = luminance(parse(getComputedStyle(el).color).slice(0, 3));
  const bg = luminance(backgroundBehind(el));
  return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
}

/**
 * 纯文本 (text only): the way such a toolbar switches the page's styles off. It adds a sheet of its
 * own (kept on), disables every other sheet in `document.styleSheets` and replaces the inline style
 * of every walked element; the returned function switches the page back.
 */
export function textOnly(): () => void {
  const own = document.createElement('style');
  own.textContent = '.tool-bar { outline: 1px solid; }';
  document.head.append(own);
  const sheets = [...document.styleSheets].filter((s) => s.ownerNode !== own && !s.disabled);
  const touched = walkDocument().filter((el): el is HTMLElement => el instanceof HTMLElement);
  const before = touched.map((el) => el.getAttribute('style'));
  for (const s of sheets) s.disabled = true;
  for (const el of touched) el.setAttribute('style', 'height: auto;');
  return () => {
    for (const s of sheets) s.disabled = false;
    touched.forEach((el, i) =>
      before[i] === null ? el.removeAttribute('style') : el.setAttribute('style', before[i]!),
    );
    own.remove();
  };
}
