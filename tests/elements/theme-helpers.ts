import { fixture, html } from '@open-wc/testing';
import { GLOBAL_TOKENS } from '../../src/styles/global-tokens.js';
import type { OrgChart } from '../../src/elements/org-chart/org-chart.js';
import { settle } from './org-chart-helpers.js';

/** `none` is no stylesheet at all: the elements' own fallbacks. */
export const THEMES = ['none', 'light', 'dark', 'high-contrast', 'gov-red-gold'] as const;
export type Theme = (typeof THEMES)[number];

/** The registry's light value of a global token. */
export function registryValue(name: string): string {
  const token = GLOBAL_TOKENS.find((t) => t.name === name);
  if (!token) throw new Error(`${name} is not in GLOBAL_TOKENS`);
  return token.value;
}

export const colourTokens = GLOBAL_TOKENS.filter((t) => t.name.startsWith('--org-color-')).map((t) => t.name);

/**
 * Loads themes/<name>.css (dark also chosen with data-org-theme, so it applies whatever the
 * system prefers) and returns what undoes it.
 */
export async function loadTheme(theme: Theme): Promise<() => void> {
  if (theme === 'none') return () => undefined;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/themes/${theme}.css`;
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', () => reject(new Error(`could not load ${link.href}`)), { once: true });
  });
  document.head.append(link);
  await loaded;
  if (theme === 'dark') document.documentElement.dataset['orgTheme'] = 'dark';
  return () => {
    link.remove();
    delete document.documentElement.dataset['orgTheme'];
  };
}

/** A token's value where the page sets it, else the value the elements fall back to. */
export function tokenValue(name: string, on: Element = document.documentElement): string {
  return getComputedStyle(on).getPropertyValue(name).trim() || registryValue(name);
}

const frame = (): Promise<unknown> => new Promise((r) => requestAnimationFrame(r));

/**
 * Mounts `<tag attrs>` in a 1280-px wrapper that paints the page colours as a themed portal
 * would, and waits until it and the elements inside it (a chart included) have rendered.
 */
export async function mountThemed(
  tag: string,
  attrs: Record<string, string> = {},
  lang = 'zh-CN',
): Promise<HTMLElement> {
  const page = 'background: var(--org-color-page, #ffffff); color: var(--org-color-text, #1f2328)';
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang} style="width: 1280px; padding: 1rem; ${page}"></div>`,
  );
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  wrapper.append(el);
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  for (let i = 0; i < 6; i++) await frame();
  const chart = el.localName === 'org-chart' ? el : el.querySelector('org-chart');
  if (chart) await settle(chart as OrgChart);
  return el;
}

/** `#rrggbb` as getComputedStyle reports it. */
export function rgb(hex: string): string {
  const [r, g, b] = hex
    .replace('#', '')
    .match(/../g)!
    .map((v) => parseInt(v, 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** WCAG 2 contrast ratio of two colours given as `#rrggbb` or `rgb(…)`. */
export function contrast(a: string, b: string): number {
  const lum = (colour: string): number => {
    const channels = colour.startsWith('#')
      ? colour
          .slice(1)
          .match(/../g)!
          .map((v) => parseInt(v, 16))
      : colour
          .match(/\d+(\.\d+)?/g)!
          .slice(0, 3)
          .map(Number);
    const [r, g, bl] = channels.map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
