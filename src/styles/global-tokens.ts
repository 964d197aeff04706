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
  {
    name: '--org-font-family',
    value: '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif',
    description: 'Typeface of all text; Chinese faces first.',
  },
  {
    name: '--org-font-size',
    value: 'max(1rem, 1em)',
    description:
      "Body text size: follows the text size of the page around the element (1em), so a portal toolbar's larger " +
      'text reaches it, but never below the root size (1rem), so a 12 px portal body does not shrink it; ' +
      'browser text zoom applies.',
  },
  { name: '--org-line-height', value: '1.5', description: 'Line height of body text.' },
  { name: '--org-radius', value: '6px', description: 'Corner radius of boxes, cards, buttons and inputs.' },
  {
    name: '--org-target-size',
    value: '2.75rem',
    description: 'Smallest height and width of buttons, links rows and inputs (44 px at 16 px text).',
  },
  { name: '--org-focus-width', value: '3px', description: 'Width of the keyboard focus ring.' },
  { name: '--org-focus-offset', value: '2px', description: 'Gap between an element and its focus ring.' },
  {
    name: '--org-color-text',
    value: '#1f2328',
    description: 'Main text (≥ 4.5:1 on every surface, the mark and the accent surface).',
  },
  {
    name: '--org-color-text-muted',
    value: '#57606a',
    description:
      'Secondary text: kinds, ranks, counts, captions (≥ 4.5:1 on every surface, the mark and the accent surface).',
  },
  {
    name: '--org-color-page',
    value: '#ffffff',
    description:
      'Background of the page around the elements. ' +
      "The elements never paint it (they are transparent on the portal's own background); " +
      'a page that uses a dark or high-contrast theme sets ' +
      '`body { background: var(--org-color-page); color: var(--org-color-text) }`.',
  },
  { name: '--org-color-surface', value: '#ffffff', description: 'Background of boxes, cards, tables and bars.' },
  {
    name: '--org-color-surface-subtle',
    value: '#f6f8fa',
    description: 'Faint background of the chart area, notices and the category rows of the staffing table.',
  },
  {
    name: '--org-color-surface-muted',
    value: '#eef1f4',
    description: 'Background of group and leader boxes in the chart, note chips and photo placeholders.',
  },
  { name: '--org-color-border', value: '#d0d7de', description: 'Dividers and quiet borders (decorative).' },
  {
    name: '--org-color-line',
    value: '#6e7781',
    description: "Links between boxes in the chart, box borders and the staffing bars' frames (≥ 3:1 as UI outlines).",
  },
  {
    name: '--org-color-accent',
    value: '#9b1c1c',
    description:
      'Brand accent: the organisation box, selection borders, heading rules, avatars, ' +
      'the first staffing part (≥ 3:1 on the surfaces).',
  },
  {
    name: '--org-color-on-accent',
    value: '#ffffff',
    description: 'Text on the accent colour: the organisation box and letter avatars (≥ 4.5:1).',
  },
  {
    name: '--org-color-accent-surface',
    value: '#fdf2f2',
    description:
      'Background of the selected box or row in the chart: ' +
      'a tint of the accent that text and muted text stay ≥ 4.5:1 on.',
  },
  {
    name: '--org-color-link',
    value: '#0550ae',
    description: 'Links and link-like buttons (≥ 4.5:1 on the page, the surfaces and the hover background).',
  },
  {
    name: '--org-color-focus',
    value: '#0969da',
    description: 'Keyboard focus ring (≥ 3:1 on the page and the surfaces).',
  },
  {
    name: '--org-color-highlight',
    value: '#b58100',
    description: 'Ring around units marked by a linked element (e.g. a hovered leader).',
  },
  {
    name: '--org-color-mark',
    value: '#fff8c5',
    description:
      'Background of find and filter matches and of chips that flag a contradiction in the source ' +
      '(text stays ≥ 4.5:1 on it).',
  },
  {
    name: '--org-color-mark-line',
    value: '#9a6700',
    description: 'Underline of filter matches, so a match differs by more than its background (≥ 3:1 on the mark).',
  },
  { name: '--org-color-control', value: '#ffffff', description: 'Background of buttons and inputs.' },
  { name: '--org-color-control-hover', value: '#eef1f4', description: 'Background of a hovered button.' },
  { name: '--org-color-control-border', value: '#6e7781', description: 'Border of buttons and inputs (≥ 3:1).' },
  { name: '--org-color-danger', value: '#cf222e', description: 'Border of the error panel.' },
  { name: '--org-color-danger-surface', value: '#ffebe9', description: 'Background of the error panel.' },
  {
    name: '--org-color-series-2',
    value: '#0b5cad',
    description: 'Second part of a staffing bar (drawn as stripes; ≥ 3:1 on the surface).',
  },
  {
    name: '--org-color-series-3',
    value: '#6b5900',
    description: 'Third part of a staffing bar (drawn as dots; ≥ 3:1 on the surface).',
  },
];
