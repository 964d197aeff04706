import { expect } from '@open-wc/testing';
import { breakPieces, wrapLines, wrapText } from '../../src/text/wrap-text.js';
import { displayWidth } from '../../src/text/wide-char.js';

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
