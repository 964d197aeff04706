import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { collapseLongText, COLLAPSE_OVER } from '../../src/text/collapse-long-text.js';

/** A Chinese clause of `n` characters without punctuation. */
const han = (n: number): string => '负责全市国土空间规划和用途管制工作'.repeat(Math.ceil(n / 17)).slice(0, n);
const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i % 10}`).join(' ');

describe('collapseLongText', () => {
  it('shows a short duty whole', () => {
    expect(collapseLongText('负责本部门的安全生产工作。')).to.equal(undefined);
    expect(collapseLongText('Handles the safety of the department.')).to.equal(undefined);
  });

  it('shows a text whole up to the threshold, counting a Chinese character as two columns', () => {
    expect(collapseLongText(han(COLLAPSE_OVER / 2))).to.equal(undefined);
    expect(collapseLongText('a'.repeat(COLLAPSE_OVER))).to.equal(undefined);
  });

  it('collapses a long duty just after its first sentence when that sentence is short', () => {
    const first = `${han(40)}。`;
    const text = first + han(150);
    expect(collapseLongText(text)).to.equal(first.length);
  });

  it('ends an English beginning at a full stop followed by a space, not inside a number', () => {
    const first = 'Draws up the plan for version 2.0 of the land survey.';
    const text = `${first} ${words(60)}`;
    const at = collapseLongText(text)!;
    expect(text.slice(0, at)).to.equal(first);
  });

  it('cuts a long first sentence at a clause break rather than mid-clause', () => {
    const text = `${han(45)}，${han(20)}，${han(150)}。`;
    const at = collapseLongText(text)!;
    expect(at).to.be.greaterThan(0);
    expect(text[at - 1]).to.equal('，');
  });

  it('cuts long English without a clause break at a word boundary', () => {
    const text = words(80);
    const at = collapseLongText(text)!;
    expect(at).to.be.greaterThan(0).and.lessThan(text.length);
    expect(text[at]).to.equal(' ');
  });

  it('keeps the shown beginning to roughly the same screen width in Chinese and in English', () => {
    const zh = collapseLongText(han(300))!;
    const en = collapseLongText(words(120))!;
    // A Chinese character is two columns wide, so the English beginning holds about twice the characters.
    expect(en / zh).to.be.within(1.5, 2.5);
  });

  it('always hides enough to be worth a button, and shows some of the text', () => {
    for (let n = 95; n <= 130; n++) {
      for (const text of [han(n), `${han(n - 12)}。${han(11)}`, `${han(40)}，${han(n - 41)}`, words(n / 2)]) {
        const at = collapseLongText(text);
        if (at === undefined) continue;
        expect(at, text).to.be.greaterThan(0);
        expect(text.length - at, text).to.be.at.least(10);
      }
    }
  });
  it('cuts a long text where its first 200 columns decide, whatever follows', () => {
    // The cut is found in the text's beginning; what comes after only adds to the total.
    const piece = fc.constantFrom('国', '土', '。', '，', '、', ' ', '. ', 'land', 'a', '𠀋', '; ');
    const text = fc.array(piece, { minLength: 40, maxLength: 200 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.array(piece, { minLength: 1, maxLength: 60 }), (head, tail) => {
        const at = collapseLongText(head);
        const longer = collapseLongText(head + tail.join(''));
        if (at === undefined || longer === undefined) return;
        expect(longer, head).to.equal(at);
      }),
    );
  });
});
