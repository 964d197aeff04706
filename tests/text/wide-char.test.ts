import { expect } from '@open-wc/testing';
import { displayWidth, isWideChar } from '../../src/text/wide-char.js';

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

  it('is zero for empty text', () => {
    expect(displayWidth('')).to.equal(0);
  });
});
