/**
 * The chart as a flat drawing — boxes, link paths and text runs in layout coordinates — which the
 * element turns into an SVG document, a PNG (canvas 2D) or the printed copy. Pure: the element
 * passes the colours and typography it resolved from its CSS, and each box's already wrapped text.
 */
import type { TreeLayout } from '../layout/types.js';

/** How one kind of box looks (colours as CSS colour strings, lengths in px). */
export interface BoxLook {
  readonly fill: string;
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly radius: number;
  /** Colour of the name, and of the smaller detail and count lines. */
  readonly color: string;
  readonly muted: string;
}

/** One text style. Ascent and descent are the font's (px), to place the baseline as CSS does. */
export interface TextLook {
  readonly size: number;
  readonly weight: string;
  readonly lineHeight: number;
  readonly ascent: number;
  readonly descent: number;
}

export interface SceneStyle {
  /** Padding plus border of a box, both sides summed (as the boxes were measured with). */
  readonly padX: number;
  readonly padY: number;
  readonly label: TextLook;
  readonly small: TextLook;
  readonly fontFamily: string;
  readonly background: string;
  readonly linkColor: string;
  readonly linkWidth: number;
}

/** What one box shows: the name's wrapped lines (in `lang`), the detail and count lines, its look. */
export interface SceneContent {
  readonly lines: readonly string[];
  readonly lang: string;
  readonly detail: string;
  readonly meta: string;
  readonly look: BoxLook;
}

export interface SceneBox extends Omit<BoxLook, 'color' | 'muted'> {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A line of text; `y` is its alphabetic baseline. */
export interface SceneText {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly size: number;
  readonly weight: string;
  readonly color: string;
  /** Set on names, which may be in another language than the interface. */
  readonly lang?: string;
}

export interface Scene {
  /** The drawing's size, margin included; content coordinates start at (0, 0), the margin lies around them. */
  readonly width: number;
  readonly height: number;
  readonly margin: number;
  readonly background: string;
  readonly fontFamily: string;
  readonly link: { readonly color: string; readonly width: number };
  /** SVG path data of each link. */
  readonly links: readonly string[];
  readonly boxes: readonly SceneBox[];
  readonly texts: readonly SceneText[];
}

/** Builds the drawing of a laid-out chart; `contentOf` gives each node's text and look. */
export function exportScene(
  layout: TreeLayout,
  contentOf: (id: string) => SceneContent,
  style: SceneStyle,
  margin = 16,
): Scene {
  const boxes: SceneBox[] = [];
  const texts: SceneText[] = [];
  for (const node of layout.nodes) {
    const { lines, lang, detail, meta, look } = contentOf(node.id);
    // CSS draws a border inside the box; SVG and canvas centre a stroke on the path.
    const inset = look.strokeWidth / 2;
    boxes.push({
      x: node.x + inset,
      y: node.y + inset,
      width: node.width - 2 * inset,
      height: node.height - 2 * inset,
      fill: look.fill,
      stroke: look.stroke,
      strokeWidth: look.strokeWidth,
      radius: Math.max(0, look.radius - inset),
    });
    const x = node.x + style.padX / 2;
    let top = node.y + style.padY / 2;
    const line = (text: string, t: TextLook, color: string, textLang?: string): void => {
      // CSS centres the font's ascent + descent in the line box; the baseline follows.
      texts.push({
        x,
        y: top + (t.lineHeight - t.ascent - t.descent) / 2 + t.ascent,
        text,
        size: t.size,
        weight: t.weight,
        color,
        lang: textLang,
      });
      top += t.lineHeight;
    };
    for (const text of lines) line(text.trimEnd(), style.label, look.color, lang);
    if (detail) line(detail, style.small, look.muted);
    if (meta) line(meta, style.small, look.muted);
  }
  return {
    width: layout.width + 2 * margin,
    height: layout.height + 2 * margin,
    margin,
    background: style.background,
    fontFamily: style.fontFamily,
    link: { color: style.linkColor, width: style.linkWidth },
    links: layout.links.map((l) => l.path),
    boxes,
    texts,
  };
}
