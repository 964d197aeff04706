import { expect } from '@open-wc/testing';
import json from '../../data/suzhou-land-resources-bureau.json';
import { parseDataset } from '../../src/model/parse-dataset.js';
import {
  ancestorsOf,
  assistedBy,
  childrenOf,
  dutiesOf,
  findUnit,
  notesAbout,
  personById,
  supervisedUnitsOf,
  supervisorsOf,
  unitById,
} from '../../src/model/queries.js';
import { pickText, resolveLang } from '../../src/model/localize.js';
import { smallDataset } from '../fixtures/small-dataset.js';
import type { Dataset } from '../../src/model/types.js';

const ids = (items: readonly { id: string }[]): string[] => items.map((i) => i.id);

describe('queries on a small dataset', () => {
  const data = parseDataset(smallDataset()).dataset as Dataset;

  it('lists children in dataset order, for the organisation and for a unit', () => {
    expect(ids(childrenOf(data, 'demo-bureau'))).to.deep.equal(['office', 'planning-division', 'east-branch']);
    expect(ids(childrenOf(data, 'planning-division'))).to.deep.equal(['survey-team']);
    expect(childrenOf(data, 'survey-team')).to.deep.equal([]);
    expect(childrenOf(data, 'nobody')).to.deep.equal([]);
  });

  it('walks ancestors from the parent up to the organisation', () => {
    expect(ancestorsOf(data, 'survey-team')).to.deep.equal(['planning-division', 'demo-bureau']);
    expect(ancestorsOf(data, 'office')).to.deep.equal(['demo-bureau']);
    expect(ancestorsOf(data, 'demo-bureau')).to.deep.equal([]);
    expect(ancestorsOf(data, 'missing')).to.deep.equal([]);
  });

  it('finds units by id, Chinese or English name, and alias', () => {
    expect(findUnit(data, 'office')?.id).to.equal('office');
    expect(findUnit(data, '规划处')?.id).to.equal('planning-division');
    expect(findUnit(data, '科技处')?.id).to.equal('planning-division');
    expect(findUnit(data, '  general   OFFICE ')?.id).to.equal('office');
    expect(findUnit(data, '财务处')).to.equal(undefined);
    expect(unitById(data, 'li-ming')).to.equal(undefined);
    expect(personById(data, 'li-ming')?.name.zh).to.equal('李明');
  });

  it('answers who supervises a unit and what a person supervises', () => {
    expect(ids(supervisorsOf(data, 'office'))).to.deep.equal(['li-ming']);
    expect(supervisorsOf(data, 'survey-team')).to.deep.equal([]);
    expect(ids(supervisedUnitsOf(data, 'li-ming'))).to.deep.equal(['office', 'east-branch']);
    expect(ids(assistedBy(data, 'wang-fang'))).to.deep.equal(['li-ming']);
    expect(assistedBy(data, 'li-ming')).to.deep.equal([]);
  });

  it('returns the duties of the organisation or of a unit', () => {
    expect(dutiesOf(data, 'demo-bureau').map((d) => d.text.zh)).to.deep.equal(['负责全市自然资源管理。']);
    expect(dutiesOf(data, 'planning-division').length).to.equal(2);
    expect(dutiesOf(data, 'office')).to.deep.equal([]);
    expect(notesAbout(data, 'demo-bureau').map((n) => n.id)).to.deep.equal(['rank-note']);
  });
});

describe('queries on the bundled dataset', () => {
  const data = parseDataset(json).dataset as Dataset;

  it('puts all 22 units directly under the bureau', () => {
    expect(childrenOf(data, 'suzhou-land-resources-bureau').length).to.equal(22);
  });

  it('resolves the names the leadership list uses to the units of the 内设机构 list', () => {
    expect(findUnit(data, '规划科技处')?.id).to.equal('cultivated-land-protection-division');
    expect(findUnit(data, '调控和监测处')?.id).to.equal('land-use-division');
    expect(findUnit(data, '测绘管理处')?.id).to.equal('cadastral-division');
    expect(findUnit(data, '监察室')?.id).to.equal('discipline-inspection-office');
  });

  it('finds both leaders of the cadastral division, across the tree', () => {
    expect(ids(supervisorsOf(data, 'cadastral-division'))).to.deep.equal(['zhang-yan', 'shao-fanrong']);
    expect(ids(supervisedUnitsOf(data, 'wu-weiqun'))).to.deep.equal([
      'general-office',
      'personnel-division',
      'gusu-branch',
    ]);
  });
});

describe('language picking', () => {
  it('maps any English tag to en and everything else to zh-CN', () => {
    expect(resolveLang('en-GB')).to.equal('en');
    expect(resolveLang('EN')).to.equal('en');
    expect(resolveLang('zh-Hant')).to.equal('zh-CN');
    expect(resolveLang('')).to.equal('zh-CN');
    expect(resolveLang(undefined)).to.equal('zh-CN');
  });

  it('falls back to Chinese, and says so, when English is missing', () => {
    expect(pickText({ zh: '办公室', en: 'General Office' }, 'en')).to.deep.equal({
      text: 'General Office',
      lang: 'en',
    });
    expect(pickText({ zh: '办公室' }, 'en')).to.deep.equal({ text: '办公室', lang: 'zh-CN' });
    expect(pickText({ zh: '办公室', en: 'General Office' }, 'zh-CN')).to.deep.equal({ text: '办公室', lang: 'zh-CN' });
  });
});
