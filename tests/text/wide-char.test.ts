import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { allIdeographs, displayWidth, isIdeograph, isWideChar, isWideCodePoint } from '../../src/text/wide-char.js';

describe('isWideChar', () => {
  it('counts Chinese characters, CJK punctuation and full-width forms as wide', () => {
    for (const char of ['国', '〇', '。', '、', '（', 'Ａ', '１', '　', '𠀋'])
      expect(isWideChar(char), char).to.equal(true);
  });

  it('counts Japanese kana and Korean Hangul as wide', () => {
    for (const char of ['あ', 'カ', '한']) expect(isWideChar(char), char).to.equal(true);
  });

  it('counts Latin letters, digits, ASCII punctuation and spaces as narrow', () => {
    for (const char of ['a', 'Z', '7', '(', '.', ' ', 'é']) expect(isWideChar(char), char).to.equal(false);
  });

  it('counts half-width katakana as narrow, unlike their full-width forms', () => {
    expect(isWideChar('ｶ')).to.equal(false);
    expect(isWideChar('カ')).to.equal(true);
  });
});

describe('isWideCodePoint', () => {
  // The East Asian Width ranges as one regular expression, as isWideChar was first written.
  const WIDE = new RegExp(
    '[\\u1100-\\u115f\\u2e80-\\u303e\\u3041-\\u33ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\ua960-\\ua97f\\uac00-\\ud7a3' +
      '\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6' +
      '\\u{1f300}-\\u{1f64f}\\u{1f900}-\\u{1f9ff}\\u{20000}-\\u{3fffd}]',
    'u',
  );

  it('agrees with the ranges as a regular expression for every code point up to U+3FFFF', () => {
    for (let code = 0; code <= 0x3ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue; // lone surrogates are not characters
      if (isWideCodePoint(code) !== WIDE.test(String.fromCodePoint(code))) {
        expect.fail(`U+${code.toString(16)}: ${isWideCodePoint(code)}`);
      }
    }
  });

  it('counts a lone surrogate and the empty string as narrow', () => {
    expect(isWideChar('\ud840')).to.equal(false);
    expect(isWideChar('')).to.equal(false);
  });
});

describe('isIdeograph', () => {
  it('is true for CJK unified ideographs only, not for CJK punctuation, kana or full-width forms', () => {
    for (const char of ['国', '一', '龥', '㐀']) expect(isIdeograph(char.charCodeAt(0)), char).to.equal(true);
    for (const char of ['（', '、', 'あ', 'Ａ', 'a', '한'])
      expect(isIdeograph(char.charCodeAt(0)), char).to.equal(false);
  });
});

describe('allIdeographs', () => {
  it('agrees with isIdeograph on every code unit of the BMP', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++)
      if (allIdeographs(String.fromCharCode(code)) !== isIdeograph(code)) differ.push(code);
    expect(differ).to.deep.equal([]);
  });

  it('is true only when every character is an ideograph, and for empty text', () => {
    expect(allIdeographs('国土资源局')).to.equal(true);
    expect(allIdeographs('')).to.equal(true);
    expect(allIdeographs('国土（资源）')).to.equal(false);
    expect(allIdeographs('GIS平台')).to.equal(false);
    expect(allIdeographs('国土\n')).to.equal(false);
    expect(allIdeographs('\u{20000}')).to.equal(false);
  });
});

describe('displayWidth', () => {
  it('gives a Chinese character the width of two Latin letters', () => {
    expect(displayWidth('规划')).to.equal(displayWidth('ab') * 2);
  });

  it('adds up mixed text character by character', () => {
    expect(displayWidth('GIS平台')).to.equal(displayWidth('GIS') + displayWidth('平台'));
  });

  it('counts a character beyond the BMP once, not per surrogate', () => {
    expect(displayWidth('𠀋')).to.equal(displayWidth('国'));
  });

  it('is two columns per wide character and one per other character, for any text', () => {
    const pieces = fc.constantFrom(
      '国',
      '。',
      'Ａ',
      '한',
      'あ',
      '𠀋',
      '😀',
      'a',
      ' ',
      'é',
      '\ud800',
      '\udc00',
      '\u115f',
      '\u1160',
    );
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.array(pieces).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(text, (t) => {
        let columns = 0;
        for (const char of t) columns += isWideChar(char) ? 2 : 1;
        expect(displayWidth(t), JSON.stringify(t)).to.equal(columns);
      }),
    );
  });

  it('is zero for empty text', () => {
    expect(displayWidth('')).to.equal(0);
  });
});
