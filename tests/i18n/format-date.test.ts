import { expect } from '@open-wc/testing';
import { formatDate } from '../../src/i18n/format-date.js';

describe('formatDate', () => {
  it('writes a date as Intl’s long date style does, in both interface languages', () => {
    const intl = {
      'zh-CN': new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'UTC' }),
      en: new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }),
    } as const;
    // Every month, first and last days, leap days, years from the dataset's range and beyond.
    const dates: string[] = [];
    for (const year of [1949, 1999, 2000, 2004, 2015, 2024, 2100])
      for (let month = 1; month <= 12; month++)
        for (const day of [1, 9, 10, 28, new Date(Date.UTC(year, month, 0)).getUTCDate()])
          dates.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    for (const date of dates)
      for (const lang of ['zh-CN', 'en'] as const)
        expect(formatDate(date, lang), `${date} ${lang}`).to.equal(intl[lang].format(new Date(`${date}T00:00:00Z`)));
  });

  it('shows anything that is not a full date as it is', () => {
    expect(formatDate('2015-09', 'zh-CN')).to.equal('2015-09');
    expect(formatDate('2015-13-01', 'en')).to.equal('2015-13-01');
    expect(formatDate('', 'en')).to.equal('');
  });
});
