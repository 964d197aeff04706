import type { ChartNode } from '../../chart/chart-tree.js';
import { wrapLines } from '../../text/wrap-text.js';
import { pickText, type UiLang } from '../../model/localize.js';
import type { Messages } from '../../i18n/messages.js';
import type { BoxStyle } from './box-style.js';

/** What a box shows, already wrapped, and how big it is. */
export interface BoxContent {
  readonly lines: readonly string[];
  /** `lang` of the label text (Chinese when an English name is missing). */
  readonly labelLang: UiLang;
  readonly detail: string;
  readonly meta: string;
  readonly width: number;
  readonly height: number;
}

// Sub-pixel differences between canvas and layout text must never wrap a line in the DOM.
const SLACK = 2;

/** Measures and wraps box text with a canvas, caching per font and string. */
export class NodeMetrics {
  /** Made on first use: nothing touches the document before the chart is connected. */
  private context?: CanvasRenderingContext2D | null;
  /** Per font, per character. */
  private readonly widths = new Map<string, Map<string, number>>();
  private font = '';

  /**
   * Width of `text` as the sum of its characters' widths, each measured once per font. Summing
   * ignores kerning and ligatures, which only ever make real text narrower, so boxes err wide;
   * it turns 10,000 distinct labels into a few hundred canvas calls.
   */
  measure(text: string, font: string, spacing?: { letter: number; word: number }): number {
    let widths = this.widths.get(font);
    if (!widths) this.widths.set(font, (widths = new Map()));
    let width = 0;
    for (const ch of text) {
      let w = widths.get(ch);
      if (w === undefined) widths.set(ch, (w = this.measureChar(ch, font)));
      width += w;
      if (spacing) width += spacing.letter + (ch === ' ' ? spacing.word : 0);
    }
    return width;
  }

  private measureChar(ch: string, font: string): number {
    // On a server (prerendering the list, which joins lines) and in engines without a canvas: assume a wide glyph.
    if (this.context === undefined)
      this.context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (!this.context) return 16;
    // Setting a canvas font parses it: expensive, so only when it changes.
    if (font !== this.font) this.context.font = this.font = font;
    return this.context.measureText(ch).width;
  }

  /** Forgets measurements, e.g. after web fonts finish loading. */
  clear(): void {
    this.widths.clear();
    this.font = '';
  }

  content(node: ChartNode, style: BoxStyle, lang: UiLang, t: Messages): BoxContent {
    const label = pickText(node.label, lang);
    const detail = detailOf(node, lang, t);
    const meta = metaOf(node, t);
    const spacing = { letter: style.letterSpacing, word: style.wordSpacing };
    const small = Math.max(
      detail ? this.measure(detail, style.smallFont, spacing) : 0,
      meta ? this.measure(meta, style.smallFont, spacing) : 0,
    );
    // Latin words are long and narrow: give English half again the room of a Chinese name.
    // The organisation heads the chart: its name gets more room still. A name never wraps
    // narrower than the box's other lines already make the box.
    const base = style.maxLabelWidth * (label.lang === 'en' ? 1.5 : 1) * (node.type === 'organization' ? 1.6 : 1);
    const wrapped = wrapLines(label.text, Math.max(base, small), (s) => this.measure(s, style.labelFont, spacing));
    // Each line keeps the space its break took out: invisible at the end of a line, but joined
    // lines (the phone list, the accessible name) read "Land and Resources", not "andResources".
    const lines = wrapped.map((l) => l.text + l.gap);
    const widest = Math.max(small, ...wrapped.map((l) => l.width));
    const width = Math.ceil(Math.max(style.minWidth, widest + style.padX + SLACK));
    const height = Math.ceil(
      style.padY +
        lines.length * style.labelLineHeight +
        (detail ? style.smallLineHeight : 0) +
        (meta ? style.smallLineHeight : 0),
    );
    return { lines, labelLang: label.lang, detail, meta, width, height };
  }
}

function detailOf(node: ChartNode, lang: UiLang, t: Messages): string {
  const join = (parts: (string | undefined)[]): string => parts.filter(Boolean).join(' · ');
  switch (node.type) {
    case 'organization':
      return join([node.rank && pickText(node.rank, lang).text]);
    case 'group':
      return '';
    case 'person':
      return (node.posts ?? []).map((p) => pickText(p, lang).text).join(lang === 'en' ? ', ' : '、');
    case 'unit':
      return join([node.unitKind && t.unitKinds[node.unitKind], node.rank && pickText(node.rank, lang).text]);
  }
}

function metaOf(node: ChartNode, t: Messages): string {
  if (node.type === 'person') return t.supervisedCount(node.children.length);
  if (node.type === 'group') return t.unitCount(node.children.length);
  return node.dutyCount > 0 ? t.dutyCount(node.dutyCount) : '';
}

/** A chart node id made safe for id/IDREF attributes: dataset ids never contain "_", so no collisions. */
export function domId(id: string): string {
  return id.replace(/:/g, '_c_').replace(/\//g, '_s_');
}
