import { expect } from '@open-wc/testing';
import { matchRanges, segmentText } from '../../src/text/match-text.js';

const marked = (text: string, query: string): string[] =>
  matchRanges(text, query).map((r) => text.slice(r.start, r.end));

describe('matchRanges', () => {
  it('finds every occurrence of the query', () => {
    expect(marked('规划编制与规划实施', '规划')).to.deep.equal(['规划', '规划']);
  });

  it('matches across full-width and half-width forms, marking the text as written', () => {
    expect(marked('建设ＧＩＳ平台', 'gis')).to.deep.equal(['ＧＩＳ']);
    expect(marked('建设GIS平台', 'ｇｉｓ')).to.deep.equal(['GIS']);
  });

  it('ignores case', () => {
    expect(marked('Land Survey and land use', 'LAND')).to.deep.equal(['Land', 'land']);
  });

  it('marks the whole source character when NFKC spells it with several', () => {
    expect(marked('面积100㎡以上', 'm2')).to.deep.equal(['㎡']);
  });

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    const text = '𠀋字与𠀋';
    for (const { start, end } of matchRanges(text, '𠀋')) expect(text.slice(start, end)).to.equal('𠀋');
  });

  it('ignores spaces around the query and matches nothing for a blank one', () => {
    expect(marked('耕地保护', '  耕地 ')).to.deep.equal(['耕地']);
    expect(matchRanges('耕地保护', '   ')).to.deep.equal([]);
  });

  it('merges overlapping occurrences into one range', () => {
    expect(marked('啊啊啊', '啊啊')).to.deep.equal(['啊啊']);
  });
});

describe('segmentText', () => {
  it('cuts the text into plain and matched runs that join back into it', () => {
    const text = '负责耕地保护和耕地占补平衡';
    const segments = segmentText(text, matchRanges(text, '耕地'));
    expect(segments.map((s) => s.text).join('')).to.equal(text);
    expect(segments.filter((s) => s.match).map((s) => s.text)).to.deep.equal(['耕地', '耕地']);
  });

  it('clips the runs to the slice asked for, so a match can straddle the shown and hidden parts', () => {
    const text = '前半部分耕地后半部分';
    const ranges = matchRanges(text, '耕地');
    const head = segmentText(text, ranges, 0, 5);
    const rest = segmentText(text, ranges, 5);
    expect(head.map((s) => s.text).join('') + rest.map((s) => s.text).join('')).to.equal(text);
    expect(head.at(-1)).to.deep.equal({ text: '耕', match: true });
    expect(rest[0]).to.deep.equal({ text: '地', match: true });
  });
});
