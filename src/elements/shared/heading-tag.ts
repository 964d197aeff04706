import { unsafeStatic, type StaticValue } from 'lit/static-html.js';

const tags = [1, 2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));

/**
 * A real heading element (h1–h6) for a `heading-level`: page outlines built by accessibility
 * toolbars and crawlers look for h1–h6, not for role="heading". Out-of-range levels are clamped.
 */
export function headingTag(level: number): StaticValue {
  return tags[Math.min(6, Math.max(1, Math.round(level) || 3)) - 1]!;
}
