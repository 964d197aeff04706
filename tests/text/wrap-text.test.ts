import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { breakPieces, wrapLines, wrapText, wrapUniform } from '../../src/text/wrap-text.js';
import { displayWidth, isWideChar } from '../../src/text/wide-char.js';

// A deterministic "font": wide (CJK) characters 10 px, everything else 5 px.
const measure = (text: string): number => displayWidth(text) * 5;

describe('wrapText', () => {
  it('keeps a short label on one line', () => {
    expect(wrapText('办公室', 100, measure)).to.deep.equal(['办公室']);
  });

  it('breaks Chinese between any two characters at the width limit', () => {
    expect(wrapText('市行政服务中心国土局窗口', 50, measure)).to.deep.equal(['市行政服务', '中心国土局', '窗口']);
  });

  it('never starts a line with closing punctuation or ends one with an opening bracket', () => {
    const lines = wrapText('耕地保护处（规划科技处）', 60, measure);
    expect(lines.join('')).to.equal('耕地保护处（规划科技处）');
    for (const line of lines) {
      expect(line[0]).not.to.be.oneOf(['）', '、']);
      expect(line.at(-1)).not.to.equal('（');
    }
  });

  it('breaks between ideographs beyond the Basic Multilingual Plane as between any Chinese characters', () => {
    expect(breakPieces('𠀋𠀋地')).to.deep.equal(['𠀋', '𠀋', '地']);
  });

  it('breaks Latin text at spaces, not inside words', () => {
    expect(wrapText('Land Use Administration Division', 80, measure)).to.deep.equal([
      'Land Use',
      'Administration',
      'Division',
    ]);
  });

  it('says which spaces each break took out, so the lines join back into the text', () => {
    const english = wrapLines('Land Use Administration Division', 80, measure);
    expect(english.map((l) => l.gap)).to.deep.equal([' ', ' ', '']);
    expect(english.map((l) => l.text + l.gap).join('')).to.equal('Land Use Administration Division');
    expect(english.map((l) => l.width)).to.deep.equal(['Land Use', 'Administration', 'Division'].map(measure));
    const chinese = wrapLines('市行政服务中心国土局窗口', 50, measure);
    expect(chinese.map((l) => l.gap)).to.deep.equal(['', '', '']);
  });

  it('gives an over-long word a line of its own instead of cutting it', () => {
    expect(wrapText('a Supercalifragilistic b', 40, measure)).to.deep.equal(['a', 'Supercalifragilistic', 'b']);
  });

  it('keeps every character, in order, for mixed text', () => {
    const text = '市国土资源局 Window 窗口（Suzhou）';
    expect(wrapText(text, 45, measure).join('').replace(/\s/g, '')).to.equal(text.replace(/\s/g, ''));
    expect(wrapText(text, 45, measure).every((l) => measure(l) <= 45 || breakPieces(l).length === 1)).to.equal(true);
  });

  it('returns one empty line for empty text', () => {
    expect(wrapText('', 100, measure)).to.deep.equal(['']);
  });
});

describe('breakPieces', () => {
  // The rules as first written, one regular expression test per character: the reference.
  const NO_LINE_START = new Set('）)、，,。.；;：:？?！!”’》〉」』】〕…%');
  const NO_LINE_END = new Set('（(“‘《〈「『【〔');
  const lastChar = (piece: string): string => piece.slice(/[\udc00-\udfff]$/.test(piece) ? -2 : -1);
  const reference = (text: string): string[] => {
    const pieces: string[] = [];
    for (const ch of text) {
      const last = pieces[pieces.length - 1];
      const glue =
        last !== undefined &&
        (NO_LINE_START.has(ch) ||
          NO_LINE_END.has(lastChar(last)) ||
          (!isWideChar(ch) && ch !== ' ' && !isWideChar(lastChar(last)) && !last.endsWith(' ')));
      if (glue) pieces[pieces.length - 1] = last + ch;
      else pieces.push(ch);
    }
    return pieces;
  };
  const chars = fc.constantFrom(...'国土资源局 Land use（规划）、。,.ab1 𠀋“”《》'.match(/./gu)!);

  it('cuts any text where the rules as first written cut it', () => {
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), (list) => {
        const text = list.join('');
        expect(breakPieces(text)).to.deep.equal(reference(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('wrapUniform', () => {
  it('gives the line count and widest line wrapLines gives a name of equally wide characters', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.double({ min: 1, max: 40, noNaN: true }),
        fc.double({ min: 1, max: 400, noNaN: true }),
        (count, advance, maxWidth) => {
          const lines = wrapLines('国'.repeat(count), maxWidth, (s) => [...s].length * advance);
          const uniform = wrapUniform(count, advance, maxWidth);
          expect(uniform.lines).to.equal(lines.length);
          expect(uniform.widest).to.equal(Math.max(0, ...lines.map((l) => l.width)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('sums an advance per character in the order wrapLines does, so the widths are the same numbers', () => {
    // 0.1 + 0.1 + 0.1 is 0.30000000000000004, not 0.3: the widths are sums, never products.
    const lines = wrapLines('国国国国国国国', 0.35, (s) => [...s].length * 0.1);
    expect(lines.map((l) => l.width)).to.deep.equal([0.1 + 0.1 + 0.1, 0.1 + 0.1 + 0.1, 0.1]);
    expect(wrapUniform(7, 0.1, 0.35)).to.deep.equal({
      lines: lines.length,
      widest: Math.max(...lines.map((l) => l.width)),
    });
  });
});
