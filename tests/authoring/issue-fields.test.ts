import { expect } from '@open-wc/testing';
import { describeField, fieldForPath, fieldKey, plainMessage } from '../../src/authoring/index.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import { suzhou } from './helpers.js';

describe('fieldForPath', () => {
  const d = suzhou();
  const key = (path: string) => fieldKey(fieldForPath(d, path));

  it('maps unit pointers to the unit field, found by id', () => {
    expect(key('/units/3/name/zh')).to.equal('unit:cadastral-division:name');
    expect(key('/units/3/parentId')).to.equal('unit:cadastral-division:parent');
    expect(key('/units/2/aliases/1/zh')).to.equal('unit:land-use-division:aliases');
    expect(key('/units/0/kind')).to.equal('unit:general-office:kind');
    expect(key('/units/0/rank/zh')).to.equal('unit:general-office:other');
    expect(key('/units/0/duties/2/text/zh')).to.equal('duty:unit/general-office:2');
  });

  it('maps organisation, people, sources and the date', () => {
    expect(key('/organization/name/zh')).to.equal('organization:name');
    expect(key('/organization/duties/4/text/zh')).to.equal('duty:organization:4');
    expect(key('/organization/adjustments/0')).to.equal('organization:other');
    expect(key('/people/6/supervises/0/unitId')).to.equal('person:zhang-xiaoshen:supervises');
    expect(key('/people/0/posts/1/title/zh')).to.equal('person:wu-weiqun:posts');
    expect(key('/people/1/romanizedName')).to.equal('person:zhou-chun:name');
    expect(key('/sources/2/url')).to.equal('source:leadership-page:url');
    expect(key('/asOf')).to.equal('as-of');
  });

  it('falls back to the dataset for what the page does not edit, or what cannot be found', () => {
    expect(key('')).to.equal('dataset');
    expect(key('/notes/0/about/0')).to.equal('dataset');
    expect(key('/units/99/name')).to.equal('dataset');
    expect(fieldForPath(null, '/units/0/name')).to.deep.equal({ area: 'dataset' });
  });

  it('unescapes pointer segments', () => {
    expect(key('/organization/a~1b')).to.equal('organization:other');
  });

  it('describes a field in words, never as an id or pointer', () => {
    expect(describeField(d, fieldForPath(d, '/units/3/name/zh'))).to.deep.equal({
      zh: '机构“地籍管理处”的名称',
      en: 'Unit “Cadastral Administration Division”: name',
    });
    expect(describeField(d, fieldForPath(d, '/people/0/supervises/0')).zh).to.equal('领导“吴维群”的分管机构');
    expect(describeField(d, fieldForPath(d, '/organization/duties/0')).zh).to.equal('本机构主要职责第 1 条');
    expect(describeField(d, { area: 'as-of' }).en).to.equal('As-of date');
  });

  it('places every issue of a broken dataset on a field of the right unit', () => {
    const broken = structuredClone(d) as any;
    broken.units[5].name.zh = '';
    broken.units[7].parentId = 'nowhere';
    const keys = parseDataset(broken).issues.map((i) => fieldKey(fieldForPath(broken, i.path)));
    expect(keys).to.include.members(['unit:geological-environment-division:name']);
    const refs = parseDataset({
      ...broken,
      units: broken.units.map((u: any, i: number) => (i === 5 ? { ...u, name: { zh: '地质环境处' } } : u)),
    }).issues;
    expect(refs.map((i) => fieldKey(fieldForPath(broken, i.path)))).to.deep.equal(['unit:information-division:parent']);
  });
});

describe('plainMessage', () => {
  const d = suzhou();
  it('replaces JSON pointers in a message with the field they name', () => {
    expect(plainMessage(d, '/people/2/posts/0/kind （职务类别）是 schemaVersion 2 才有的内容', 'zh')).to.equal(
      '领导“张焱”的职务 （职务类别）是 schemaVersion 2 才有的内容',
    );
    expect(plainMessage(d, '/units/3/parentId: unknown parent', 'en')).to.equal(
      'Unit “Cadastral Administration Division”: parent unit: unknown parent',
    );
  });

  it('leaves messages without pointers, and addresses, alone', () => {
    expect(plainMessage(d, '日期无效：2024-02-30', 'zh')).to.equal('日期无效：2024-02-30');
    expect(plainMessage(d, 'see https://example.gov.cn/units/3', 'en')).to.equal('see https://example.gov.cn/units/3');
  });
});
