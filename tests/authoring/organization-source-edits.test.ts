import { expect } from '@open-wc/testing';
import {
  addSource,
  removeSource,
  setAsOf,
  setOrganizationText,
  setSourceText,
  setSourceValue,
  setWebsite,
} from '../../src/authoring/index.js';
import { frozen, issuesOf, suzhou } from './helpers.js';

describe('organisation and source edits', () => {
  it('sets an organisation fact, keeping its English', () => {
    const d = setOrganizationText(frozen(suzhou()), 'rank', '副厅级');
    expect(d.organization.rank).to.deep.equal({ zh: '副厅级', en: suzhou().organization.rank!.en });
  });

  it('removes an optional fact when emptied, but keeps an emptied name for validation to flag', () => {
    const d = setOrganizationText(suzhou(), 'location', '  ');
    expect('location' in d.organization).to.equal(false);
    const nameless = setOrganizationText(suzhou(), 'name', '');
    expect(nameless.organization.name.zh).to.equal('');
    expect(issuesOf(nameless)[0]).to.match(/^\/organization\/name\/zh /);
  });

  it('adds and removes the website, and sets the as-of date', () => {
    const d = setWebsite(suzhou(), 'https://example.gov.cn/');
    expect(d.organization.website).to.equal('https://example.gov.cn/');
    expect('website' in setWebsite(d, '').organization).to.equal(false);
    expect(setAsOf(suzhou(), '2024-01-31').asOf).to.equal('2024-01-31');
    expect(issuesOf(setAsOf(suzhou(), '2024-02-30')).length).to.be.greaterThan(0);
  });

  it('adds a source and edits its title, publisher, address and date', () => {
    const added = addSource(frozen(suzhou()), '领导分工通知');
    const id = added.id;
    let d = added.dataset;
    d = setSourceText(d, id, 'publisher', '某局办公室');
    d = setSourceValue(d, id, 'url', 'https://example.gov.cn/notice.html');
    d = setSourceValue(d, id, 'retrieved', '2024-03-01');
    expect(d.sources.at(-1)).to.deep.equal({
      id,
      title: { zh: '领导分工通知' },
      publisher: { zh: '某局办公室' },
      url: 'https://example.gov.cn/notice.html',
      retrieved: '2024-03-01',
    });
    expect(issuesOf(d)).to.deep.equal([]);
    d = setSourceValue(setSourceText(d, id, 'publisher', ''), id, 'url', '');
    expect(d.sources.at(-1)).to.deep.equal({ id, title: { zh: '领导分工通知' }, retrieved: '2024-03-01' });
  });

  it('removes a source from every citation and keeps notes about it valid', () => {
    const d = removeSource(frozen(suzhou()), 'leadership-page');
    expect(d.sources.map((s) => s.id)).to.not.include('leadership-page');
    expect(JSON.stringify(d)).to.not.contain('"leadership-page"');
    expect(issuesOf(d)).to.deep.equal([]);
    expect(d.notes!.find((n) => n.id === 'as-of-date')!.about).to.deep.equal(['/asOf']);
  });
});
