import type { ChartNode } from '../../chart/chart-tree.js';
import { wrapLines, wrapUniform } from '../../text/wrap-text.js';
import { pickText, type UiLang } from '../../model/localize.js';
import type { Messages } from '../../i18n/messages.js';
import type { BoxStyle } from './box-style.js';
import { TextWidths, type FontWidths } from '../../text/text-widths.js';

type DetailLines = Map<ChartNode['unitKind'], Map<string, string>>;

/** What a tree item says, unwrapped: all the phone list needs (nothing is measured for it). */
export interface BoxText {
  readonly label: string;
  /** `lang` of the label text (Chinese when an English name is missing). */
  readonly labelLang: UiLang;
  readonly detail: string;
  readonly meta: string;
}

/** What a box shows, already wrapped, and how big it is. */
export interface BoxContent extends BoxText {
  readonly lines: readonly string[];
  readonly width: number;
  readonly height: number;
}

/** A box's size, without its lines: what the layout needs of every box. */
export interface BoxSize {
  readonly width: number;
  readonly height: number;
}

// Sub-pixel differences between canvas and layout text must never wrap a line in the DOM.
const SLACK = 2;

/**
 * Sizes and wraps box text. Every box's size is needed to lay out the tree, but only the boxes on
 * screen need their lines: `size` makes no string for a name of CJK ideographs (they share one
 * advance, so its lines follow from its length) and `content` wraps for real, in the same sums.
 */
export class NodeMetrics {
  /** Made on first use: nothing touches the document before the chart is connected. */
  #context?: CanvasRenderingContext2D | null;
  #font = '';
  readonly widths = new TextWidths((ch, font) => this.#measureChar(ch, font));
  /** Count lines ("3 项职责") per number, for the messages they were written with. */
  #counts = {
    t: undefined as Messages | undefined,
    duty: [] as string[],
    people: [] as string[],
    units: [] as string[],
  };
  #styleFonts?: { style: BoxStyle; label: FontWidths; small: FontWidths; widths: Map<string, number> };
  /** Units' detail lines by kind, then by rank, for the messages and language they were made with. */
  #details = { t: undefined as Messages | undefined, lang: 'zh-CN' as UiLang, byKind: new Map() as DetailLines };
  /** Names that are not all ideographs, wrapped once per font, width limit and text. */
  readonly #wrapped = new Map<string, { lines: number; widest: number }>();

  #measureChar(ch: string, font: string): number {
    // On a server (prerendering the list, which joins lines) and in engines without a canvas: assume a wide glyph.
    if (this.#context === undefined)
      this.#context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (!this.#context) return 16;
    // Setting a canvas font parses it: expensive, so only when it changes.
    if (font !== this.#font) this.#context.font = this.#font = font;
    return this.#context.measureText(ch).width;
  }

  /** Forgets measurements, e.g. after web fonts finish loading. */
  clear(): void {
    this.#font = '';
    this.#styleFonts = undefined;
    this.widths.clear();
    this.#wrapped.clear();
  }

  /** The size of a node's box (the same numbers `content` gives). */
  size(node: ChartNode, style: BoxStyle, lang: UiLang, t: Messages): BoxSize {
    // pickText without its object: this runs for every box of the tree.
    const english = lang === 'en' && node.label.en !== undefined;
    const text = english ? node.label.en! : node.label.zh;
    const { label } = this.#fonts(style);
    const { detail, meta, width, max } = this.#frame(node, english, style, lang, t);
    let wrapped: { lines: number; widest: number } | undefined;
    const advance = label.uniform(text);
    if (advance !== undefined) wrapped = wrapUniform(text.length, advance, max);
    else {
      const key = `${style.labelFont}\u0000${max}\u0000${text}`;
      wrapped = this.#wrapped.get(key);
      if (!wrapped) {
        const lines = wrapLines(text, max, (s) => label.measure(s));
        wrapped = { lines: lines.length, widest: Math.max(0, ...lines.map((l) => l.width)) };
        this.#wrapped.set(key, wrapped);
      }
    }
    return boxSize(style, Math.max(width, wrapped.widest), wrapped.lines, detail, meta);
  }

  content(node: ChartNode, style: BoxStyle, lang: UiLang, t: Messages): BoxContent {
    const picked = pickText(node.label, lang);
    const { detail, meta, width, max } = this.#frame(node, picked.lang === 'en', style, lang, t);
    const font = this.#fonts(style).label;
    const wrapped = wrapLines(picked.text, max, (s) => font.measure(s));
    // Each line keeps the space its break took out: invisible at the end of a line, but the
    // joined lines (the accessible name) read "Land and Resources", not "andResources".
    const lines = wrapped.map((l) => l.text + l.gap);
    const widest = Math.max(width, ...wrapped.map((l) => l.width));
    const text = { label: picked.text, labelLang: picked.lang, detail, meta };
    return { ...text, lines, ...boxSize(style, widest, lines.length, detail, meta) };
  }

  /** What a node's item says, without measuring or wrapping anything (the phone list). */
  text(node: ChartNode, lang: UiLang, t: Messages): BoxText {
    const picked = pickText(node.label, lang);
    return { label: picked.text, labelLang: picked.lang, ...this.#words(node, lang, t) };
  }

  /** The label and small fonts of a style, with its spacing (looked up once per style, not per box). */
  #fonts(style: BoxStyle): { label: FontWidths; small: FontWidths; widths: Map<string, number> } {
    if (this.#styleFonts?.style !== style) {
      const spacing = { letter: style.letterSpacing, word: style.wordSpacing };
      this.#styleFonts = {
        style,
        label: this.widths.font(style.labelFont, spacing),
        small: this.widths.font(style.smallFont, spacing),
        widths: new Map(),
      };
    }
    return this.#styleFonts;
  }

  /** The small lines of a box, their width, and the width the name wraps within. */
  #frame(node: ChartNode, english: boolean, style: BoxStyle, lang: UiLang, t: Messages) {
    const { detail, meta } = this.#words(node, lang, t);
    const width = Math.max(this.#smallWidth(detail, style), this.#smallWidth(meta, style));
    // Latin words are long and narrow: give English half again the room of a Chinese name.
    // The organisation heads the chart: its name gets more room still. A name never wraps
    // narrower than the box's other lines already make the box.
    const base = style.maxLabelWidth * (english ? 1.5 : 1) * (node.type === 'organization' ? 1.6 : 1);
    return { detail, meta, width, max: Math.max(base, width) };
  }

  /** A box's small lines: its detail (kind and rank, posts) and its count. */
  #words(node: ChartNode, lang: UiLang, t: Messages): { detail: string; meta: string } {
    const detail = node.type === 'unit' ? this.#unitDetail(node, lang, t) : detailOf(node, lang, t);
    return { detail, meta: this.#meta(node, t) };
  }

  /**
   * A unit's kind and rank line, made once per kind and rank: every box of a big chart is sized
   * before its first paint, and its units share a handful of these (the same string each time,
   * so the width lookup after it does not hash a new one).
   */
  #unitDetail(node: ChartNode, lang: UiLang, t: Messages): string {
    if (this.#details.t !== t || this.#details.lang !== lang) this.#details = { t, lang, byKind: new Map() };
    const rank = node.rank ? (lang === 'en' && node.rank.en !== undefined ? node.rank.en : node.rank.zh) : '';
    const { byKind } = this.#details;
    let byRank = byKind.get(node.unitKind);
    if (!byRank) byKind.set(node.unitKind, (byRank = new Map()));
    let line = byRank.get(rank);
    if (line === undefined) byRank.set(rank, (line = detailOf(node, lang, t)));
    return line;
  }

  /** A detail or count line's width: thousands of boxes share a handful of them. */
  #smallWidth(text: string, style: BoxStyle): number {
    if (!text) return 0;
    const { small, widths } = this.#fonts(style);
    let width = widths.get(text);
    if (width === undefined) widths.set(text, (width = small.measure(text)));
    return width;
  }

  /** The count line; formatted once per number (thousands of boxes share a handful). */
  #meta(node: ChartNode, t: Messages): string {
    const counts = this.#counts;
    if (counts.t !== t) this.#counts = { t, duty: [], people: [], units: [] };
    if (node.type === 'person')
      return (this.#counts.people[node.children.length] ??= t.supervisedCount(node.children.length));
    if (node.type === 'group') return (this.#counts.units[node.children.length] ??= t.unitCount(node.children.length));
    return node.dutyCount > 0 ? (this.#counts.duty[node.dutyCount] ??= t.dutyCount(node.dutyCount)) : '';
  }
}

function boxSize(style: BoxStyle, widest: number, lines: number, detail: string, meta: string): BoxSize {
  return {
    width: Math.ceil(Math.max(style.minWidth, widest + style.padX + SLACK)),
    height: Math.ceil(
      style.padY +
        lines * style.labelLineHeight +
        (detail ? style.smallLineHeight : 0) +
        (meta ? style.smallLineHeight : 0),
    ),
  };
}

function detailOf(node: ChartNode, lang: UiLang, t: Messages): string {
  switch (node.type) {
    case 'organization':
      return node.rank ? pickText(node.rank, lang).text : '';
    case 'group':
      return '';
    case 'person':
      return (node.posts ?? []).map((p) => pickText(p, lang).text).join(lang === 'en' ? ', ' : '、');
    case 'unit': {
      const kind = node.unitKind ? t.unitKinds[node.unitKind] : '';
      const rank = node.rank ? pickText(node.rank, lang).text : '';
      return kind && rank ? `${kind} · ${rank}` : kind || rank;
    }
  }
}

/** A chart node id made safe for id/IDREF attributes: dataset ids never contain "_", so no collisions. */
export function domId(id: string): string {
  return id.replace(/:/g, '_c_').replace(/\//g, '_s_');
}
