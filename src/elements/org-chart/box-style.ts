/** The typography and spacing of a chart box, read from the rendered CSS so themes and 200% text apply. */
export interface BoxStyle {
  readonly labelFont: string;
  readonly labelLineHeight: number;
  readonly labelSize: number;
  readonly labelWeight: string;
  readonly smallFont: string;
  readonly smallLineHeight: number;
  readonly smallSize: number;
  readonly smallWeight: string;
  readonly fontFamily: string;
  /** Extra px after every character and every space (the page's letter- and word-spacing reach the boxes). */
  readonly letterSpacing: number;
  readonly wordSpacing: number;
  /** Horizontal and vertical padding plus border, each side summed. */
  readonly padX: number;
  readonly padY: number;
  /** Labels wrap beyond this width (px). */
  readonly maxLabelWidth: number;
  readonly minWidth: number;
}

/** The probe box and its two text lines, passed by `ref` from the chart's template. */
export interface BoxProbe {
  readonly box?: Element;
  readonly label?: Element;
  readonly small?: Element;
}

// Until the probe box has been measured: the default theme at a 16 px root size.
export const DEFAULT_BOX_STYLE: BoxStyle = {
  labelFont: '600 15px sans-serif',
  labelLineHeight: 21,
  labelSize: 15,
  labelWeight: '600',
  smallFont: '400 13px sans-serif',
  smallLineHeight: 18.2,
  smallSize: 13,
  smallWeight: '400',
  fontFamily: 'sans-serif',
  letterSpacing: 0,
  wordSpacing: 0,
  padX: 26,
  padY: 18,
  maxLabelWidth: 120,
  minWidth: 90,
};

const px = (v: string): number => parseFloat(v) || 0;

/**
 * The one reading of a box's computed style, for the boxes on screen and the exported drawing
 * alike. Undefined while the probe is not rendered.
 */
export function readBoxStyle({ box, label, small }: BoxProbe): BoxStyle | undefined {
  if (!box || !label || !small) return undefined;
  const b = getComputedStyle(box);
  const l = getComputedStyle(label);
  const s = getComputedStyle(small);
  const lineHeight = (c: CSSStyleDeclaration): number =>
    c.lineHeight.endsWith('px') ? px(c.lineHeight) : px(c.fontSize) * 1.4;
  const font = (c: CSSStyleDeclaration): string => `${c.fontStyle} ${c.fontWeight} ${c.fontSize} ${c.fontFamily}`;
  return {
    labelFont: font(l),
    labelLineHeight: lineHeight(l),
    labelSize: px(l.fontSize),
    labelWeight: l.fontWeight,
    smallFont: font(s),
    smallLineHeight: lineHeight(s),
    smallSize: px(s.fontSize),
    smallWeight: s.fontWeight,
    fontFamily: l.fontFamily,
    letterSpacing: px(l.letterSpacing),
    wordSpacing: px(l.wordSpacing),
    padX: px(b.paddingLeft) + px(b.paddingRight) + px(b.borderLeftWidth) + px(b.borderRightWidth),
    padY: px(b.paddingTop) + px(b.paddingBottom) + px(b.borderTopWidth) + px(b.borderBottomWidth),
    maxLabelWidth: px(l.fontSize) * 8,
    minWidth: px(l.fontSize) * 6,
  };
}
