/**
 * Widths of text as the sum of its characters' advances, each measured once per font by the
 * function given (a canvas in the browser). Summing ignores kerning and ligatures, which only
 * ever make real text narrower, so boxes err wide; it turns 10,000 distinct names into a few
 * hundred measurements. CJK ideographs share one advance in a CJK font (one em): measured once
 * per font, not once per character, unless the font turns out to give two of them different ones.
 */
import { allIdeographs, isIdeograph } from './wide-char.js';

/** Measures one character (one code point) in a CSS font, in px. */
export type MeasureChar = (char: string, font: string) => number;

/** Extra px after every character and after every space (CSS letter- and word-spacing). */
export interface Spacing {
  readonly letter: number;
  readonly word: number;
}

const NO_SPACING: Spacing = { letter: 0, word: 0 };
// Two ideographs drawn very differently: if a font gives them one advance, it gives all of them one.
const PROBES = [0x56fd, 0x4e00] as const; // 国, 一

/** The widths of one font with one spacing. */
export class FontWidths {
  readonly #chars = new Map<number, number>();
  /** The advance every ideograph shares; null when this font's ideographs differ; undefined until asked. */
  #ideograph: number | null | undefined;
  /** One ideograph's width with spacing. */
  #piece?: number;

  constructor(
    private readonly font: string,
    private readonly spacing: Spacing,
    private readonly measureChar: MeasureChar,
  ) {}

  /** Width of `text`, spacing included. */
  measure(text: string): number {
    let width = 0;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          i++;
        }
      }
      width += this.#advance(code);
      width += this.spacing.letter + (code === 32 ? this.spacing.word : 0);
    }
    return width;
  }

  /**
   * When every character of `text` is a CJK ideograph and they share one advance here: the width
   * of one of them, spacing included (`measure` of any one of them), so a line of them needs no
   * further measuring. Otherwise undefined.
   */
  uniform(text: string): number | undefined {
    if (!allIdeographs(text)) return undefined;
    if (this.#shared() === null) return undefined;
    return (this.#piece ??= this.measure(String.fromCharCode(PROBES[0])));
  }

  #shared(): number | null {
    if (this.#ideograph === undefined) {
      const [a, b] = PROBES.map((code) => this.#char(code));
      this.#ideograph = a === b ? a! : null;
    }
    return this.#ideograph;
  }

  #advance(code: number): number {
    if (isIdeograph(code)) {
      const shared = this.#shared();
      if (shared !== null) return shared;
    }
    return this.#char(code);
  }

  #char(code: number): number {
    let width = this.#chars.get(code);
    if (width === undefined) this.#chars.set(code, (width = this.measureChar(String.fromCodePoint(code), this.font)));
    return width;
  }
}

/** Every font's widths, measured with one function. */
export class TextWidths {
  readonly #fonts = new Map<string, FontWidths>();

  constructor(private readonly measureChar: MeasureChar) {}

  /** The widths of a CSS font with a spacing. */
  font(font: string, spacing: Spacing = NO_SPACING): FontWidths {
    const key = `${font}\u0000${spacing.letter}\u0000${spacing.word}`;
    let widths = this.#fonts.get(key);
    if (!widths) this.#fonts.set(key, (widths = new FontWidths(font, spacing, this.measureChar)));
    return widths;
  }

  /** Forgets every measurement (web fonts arrived). */
  clear(): void {
    this.#fonts.clear();
  }
}
