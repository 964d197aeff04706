import { expect } from '@open-wc/testing';
import { TextWidths } from '../../src/text/text-widths.js';

/** A fake font: ideographs 15 px (or each its own width), digits 8, everything else 6; counts its calls. */
function measuring(ideographs: (ch: string) => number = () => 15) {
  const calls: string[] = [];
  const widths = new TextWidths((ch, font) => {
    calls.push(`${font}:${ch}`);
    if (/\p{Unified_Ideograph}/u.test(ch)) return ideographs(ch);
    return /\d/.test(ch) ? 8 : 6;
  });
  return { widths, calls };
}

describe('TextWidths', () => {
  it('adds up the width of every character, spacing included', () => {
    const { widths } = measuring();
    expect(widths.font('f').measure('耕地a1')).to.equal(15 + 15 + 6 + 8);
    expect(widths.font('f', { letter: 1, word: 3 }).measure('a b')).to.equal(6 + 1 + (6 + 1 + 3) + 6 + 1);
  });

  it('measures a Latin character or digit once per font, however often it appears', () => {
    const { widths, calls } = measuring();
    widths.font('f').measure('aaa111');
    widths.font('f').measure('a1');
    widths.font('g').measure('a');
    expect(calls.filter((c) => !/[国一]/.test(c))).to.deep.equal(['f:a', 'f:1', 'g:a']);
  });

  it('measures CJK ideographs once per font, with two probes, when the font gives them one advance', () => {
    const { widths, calls } = measuring();
    const text = '苏州市自然资源和规划局耕地保护处';
    expect(widths.font('f').measure(text)).to.equal(15 * text.length);
    expect(calls).to.deep.equal(['f:国', 'f:一']);
    expect(widths.font('f').uniform(text)).to.equal(15);
  });

  it("measures each ideograph when the font's probes differ, and then has no uniform advance", () => {
    const { widths, calls } = measuring((ch) => (ch === '一' ? 9 : 15));
    expect(widths.font('f').measure('一地')).to.equal(9 + 15);
    expect(calls).to.deep.equal(['f:国', 'f:一', 'f:地']);
    expect(widths.font('f').uniform('国土')).to.equal(undefined);
  });

  it('gives a uniform advance only to text made entirely of ideographs, spacing included', () => {
    const { widths } = measuring();
    const spaced = widths.font('f', { letter: 2, word: 5 });
    expect(spaced.uniform('国土资源')).to.equal(17);
    expect(spaced.uniform('国土（资源）')).to.equal(undefined);
    expect(spaced.uniform('GIS平台')).to.equal(undefined);
    expect(spaced.uniform('国土')).to.equal(spaced.measure('国'));
  });

  it('measures a character beyond the Basic Multilingual Plane once, as one character', () => {
    const { widths, calls } = measuring();
    expect(widths.font('f').measure('𠀋𠀋')).to.equal(15 + 15);
    expect(calls.filter((c) => c.includes('𠀋'))).to.deep.equal(['f:𠀋']);
  });

  it('forgets every width when cleared (web fonts arrived)', () => {
    const { widths, calls } = measuring();
    widths.font('f').measure('a');
    widths.clear();
    widths.font('f').measure('a');
    expect(calls).to.deep.equal(['f:a', 'f:a']);
  });
});
