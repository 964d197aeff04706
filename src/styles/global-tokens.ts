/**
 * The global design tokens every element reads (`--org-*`), with the light theme's value and
 * what each styles. This list is the source of the README's token reference, and a check makes
 * every `var(--org-…, fallback)` in src/ use exactly the value given here.
 */
export interface TokenInfo {
  readonly name: `--org-${string}`;
  /** The value used when the page sets nothing (the light theme). */
  readonly value: string;
  readonly description: string;
}

export const GLOBAL_TOKENS: readonly TokenInfo[] = [
  { name: '--org-font-family', value: '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif', description: 'Typeface of all text; Chinese faces first.' },
  { name: '--org-font-size', value: '1rem', description: 'Body text size; relative to the page so browser text zoom applies.' },
  { name: '--org-line-height', value: '1.5', description: 'Line height of body text.' },
  { name: '--org-radius', value: '6px', description: 'Corner radius of boxes, cards, buttons and inputs.' },
  { name: '--org-target-size', value: '2.75rem', description: 'Smallest height and width of buttons, links rows and inputs (44 px at 16 px text).' },
  { name: '--org-focus-width', value: '3px', description: 'Width of the keyboard focus ring.' },
  { name: '--org-focus-offset', value: '2px', description: 'Gap between an element and its focus ring.' },
  { name: '--org-color-text', value: '#1f2328', description: 'Main text.' },
  { name: '--org-color-text-muted', value: '#57606a', description: 'Secondary text: kinds, ranks, counts, captions (≥ 4.5:1 on the surfaces).' },
  { name: '--org-color-surface', value: '#ffffff', description: 'Background of boxes, cards and tables.' },
  { name: '--org-color-surface-muted', value: '#eef1f4', description: 'Background of group boxes, chips and header rows.' },
  { name: '--org-color-border', value: '#d0d7de', description: 'Dividers and quiet borders (decorative).' },
  { name: '--org-color-line', value: '#6e7781', description: 'Links between boxes in the chart and box borders (≥ 3:1 as UI outlines).' },
  { name: '--org-color-accent', value: '#9b1c1c', description: 'Brand accent: the organisation box, selection, headings rules, avatars.' },
  { name: '--org-color-on-accent', value: '#ffffff', description: 'Text on the accent colour.' },
  { name: '--org-color-link', value: '#0550ae', description: 'Links.' },
  { name: '--org-color-focus', value: '#0969da', description: 'Keyboard focus ring.' },
  { name: '--org-color-highlight', value: '#bf8700', description: 'Outline of units marked by a linked element (e.g. a hovered leader).' },
  { name: '--org-color-mark', value: '#fff8c5', description: 'Background of find and filter matches.' },
  { name: '--org-color-control', value: '#ffffff', description: 'Background of buttons and inputs.' },
  { name: '--org-color-control-hover', value: '#eef1f4', description: 'Background of a hovered button.' },
  { name: '--org-color-control-border', value: '#6e7781', description: 'Border of buttons and inputs (≥ 3:1).' },
  { name: '--org-color-danger', value: '#cf222e', description: 'Border of the error panel.' },
  { name: '--org-color-danger-surface', value: '#ffebe9', description: 'Background of the error panel.' },
];
