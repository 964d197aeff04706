import { expect } from '@open-wc/testing';
import { formatCount } from '../../src/i18n/format-count.js';
import { messagesFor } from '../../src/i18n/index.js';

describe('formatCount', () => {
  it('groups the thousands of a large count in both interface languages', () => {
    expect(formatCount(12000, 'en')).to.equal('12,000');
    expect(formatCount(12000, 'zh-CN')).to.equal('12,000');
  });

  it('writes small counts as plain digits', () => {
    expect(formatCount(7, 'en')).to.equal('7');
    expect(formatCount(0, 'zh-CN')).to.equal('0');
  });

  it('writes every count as Intl.NumberFormat does, whole or not, negative or not', () => {
    const counts = [0, 1, -1, 999, 1000, -1000, 12345, 999999, 1234567, -98765432, 2 ** 53 - 1, 1.5, 1234.25, -0.5];
    for (const lang of ['en', 'zh-CN'] as const)
      for (const n of counts) expect(formatCount(n, lang), `${n}`).to.equal(new Intl.NumberFormat(lang).format(n));
  });

  it('is what the messages use for their counts, so a table and its caption agree', () => {
    for (const lang of ['en', 'zh-CN'] as const)
      expect(messagesFor(lang).unitCount(12000)).to.contain(formatCount(12000, lang));
  });
});
