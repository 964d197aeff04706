import { expect } from '@open-wc/testing';
import { normalizeForSearch } from '../../src/text/normalize-for-search.js';

describe('normalizeForSearch', () => {
  it('gives full-width and half-width Latin letters the same form', () => {
    expect(normalizeForSearch('ＧＩＳ')).to.equal(normalizeForSearch('GIS'));
  });

  it('ignores letter case', () => {
    expect(normalizeForSearch('Finance')).to.equal(normalizeForSearch('FINANCE'));
  });

  it('gives full-width brackets and digits the same form as ASCII ones', () => {
    expect(normalizeForSearch('（区）１２')).to.equal(normalizeForSearch('(区)12'));
  });

  it('leaves Chinese characters as they are', () => {
    expect(normalizeForSearch('自然资源局')).to.equal('自然资源局');
  });

  it('spells out compatibility characters, so a search for their letters finds them', () => {
    expect(normalizeForSearch('㎡')).to.equal(normalizeForSearch('m2'));
  });
});
