import { expect } from '@open-wc/testing';
import json from '../../data/suzhou-land-resources-bureau.json';
import { parseDataset } from '../../src/model/parse-dataset.js';
import { findUnit, notesAbout, supervisorsOf } from '../../src/model/queries.js';
import type { Dataset, Duty } from '../../src/model/types.js';
import { schemaValidator } from '../helpers/ajv.js';

const NUMERALS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
];
const join = (items: readonly Duty[] = []): string => items.map((d) => (d.number?.zh ?? '') + d.text.zh).join('');

let source = '';
let data: Dataset;

/** The source text between two headings (each heading is followed by the word 编辑 in the article). */
function section(from: string, to: string): string {
  const start = source.indexOf(`${from}编辑`);
  const end = source.indexOf(to, start);
  expect(start, from).to.be.greaterThan(-1);
  expect(end, to).to.be.greaterThan(start);
  return source.slice(start + from.length + 2, end);
}

describe('the bundled 苏州市国土资源局 dataset', () => {
  before(async () => {
    const response = await fetch('/data/sources/suzhou-land-resources-bureau.txt');
    // Citation markers [1], [2] become sourceIds; everything else is compared verbatim.
    source = (await response.text()).replace(/\[\d+\]/g, '');
    const result = parseDataset(json);
    expect(result.issues).to.deep.equal([]);
    data = result.dataset!;
  });

  it('validates against data/schema.json with ajv', async () => {
    const validate = await schemaValidator();
    expect(validate(json), JSON.stringify(validate.errors)).to.equal(true);
  });

  it('names the bureau and its infobox facts', () => {
    const org = data.organization;
    // The infobox pads its labels with (non-breaking) spaces: 地    点, 职    能.
    expect(source.includes(`中文名${org.name.zh}`)).to.equal(true);
    expect(new RegExp(`地\\s+点${org.location!.zh}级`).test(source)).to.equal(true);
    expect(new RegExp(`职\\s+能${org.function!.zh}目录`).test(source)).to.equal(true);
    expect(source.includes(org.description!.zh)).to.equal(true);
    expect(org.name.en).to.equal('Suzhou Municipal Bureau of Land and Resources');
  });

  it('keeps the 简介 sentence and both establishing documents with their 文号', () => {
    expect(section('苏州市国土资源局简介', '苏州市国土资源局职责调整')).to.equal(data.organization.establishment!.zh);
    const docs = data.organization.establishingDocuments!;
    expect(docs.map((d) => d.number)).to.deep.equal(['苏委〔2009〕413号', '苏发〔2009〕56号']);
    for (const doc of docs)
      expect(data.organization.establishment!.zh).to.contain(`《${doc.title.zh}》（${doc.number}）`);
  });

  it('has the three kinds of 职责调整 verbatim, in order', () => {
    const adjustments = data.organization.adjustments!;
    expect(adjustments.map((a) => a.kind)).to.deep.equal(['transferred-in', 'cancelled', 'strengthened']);
    expect(adjustments.map((a) => a.items.length)).to.deep.equal([1, 1, 4]);
    const rebuilt = adjustments.map((a) => a.number!.zh + a.title!.zh + join(a.items)).join('');
    expect(rebuilt).to.equal(section('苏州市国土资源局职责调整', '苏州市国土资源局主要职责'));
  });

  it('has the 16 主要职责 verbatim, numbered （一）…（十六） as the source numbers them', () => {
    const duties = data.organization.duties!;
    expect(duties.length).to.equal(16);
    expect(duties.map((d) => d.number!.zh)).to.deep.equal(NUMERALS.map((n) => `（${n}）`));
    expect(join(duties)).to.equal(section('苏州市国土资源局主要职责', '苏州市国土资源局内设机构'));
    expect(duties.every((d) => d.text.en && d.text.en.length > 10)).to.equal(true);
  });

  it('has the 12 内设机构 in order, with rank, aliases and every duty item verbatim', () => {
    const internal = data.units.filter((u) => u.kind === 'internal');
    expect(internal.length).to.equal(12);
    const text = section('苏州市国土资源局内设机构', '苏州市国土资源局派出机构');
    const statement = data.organization.kindStatements!.find((k) => k.kind === 'internal')!.text.zh;
    expect(statement).to.contain('12个内设机构，均为正科级建制');
    let rest = text;
    expect(rest.startsWith(statement)).to.equal(true);
    rest = rest.slice(statement.length);
    internal.forEach((unit, i) => {
      expect(unit.rank?.zh).to.equal('正科级');
      expect(unit.name.en, unit.id).to.be.a('string');
      const heading = `（${NUMERALS[i]}）${unit.name.zh}`;
      expect(rest.startsWith(heading), heading).to.equal(true);
      rest = rest.slice(heading.length);
      // A second name written in the heading, e.g. 耕地保护处（规划科技处）, must be one of the aliases.
      const written = /^（([^）]+)）/.exec(rest);
      if (written && !unit.duties!.some((d) => d.text.zh.startsWith(written[0]))) {
        expect(unit.aliases!.map((a) => a.zh)).to.include(written[1]);
        rest = rest.slice(written[0].length);
      }
      expect(unit.duties!.length, unit.id).to.be.greaterThan(1);
      expect(
        unit.duties!.every((d) => /[；。]$/.test(d.text.zh)),
        unit.id,
      ).to.equal(true);
      const paragraph = join(unit.duties);
      expect(rest.startsWith(paragraph), unit.id).to.equal(true);
      rest = rest.slice(paragraph.length);
    });
    expect(rest).to.equal('');
    expect(internal.reduce((n, u) => n + u.duties!.length, 0)).to.equal(text.split(/[；。]/).length - 2);
  });

  it('has the three 派出机构 of the source and the later 姑苏分局', () => {
    const statement = data.organization.kindStatements!.find((k) => k.kind === 'dispatched')!.text.zh;
    expect(section('苏州市国土资源局派出机构', '苏州市国土资源局人员编制')).to.equal(statement);
    const dispatched = data.units.filter((u) => u.kind === 'dispatched');
    expect(dispatched.map((u) => u.name.zh)).to.deep.equal(['沧浪分局', '金阊分局', '平江分局', '姑苏分局']);
    expect(statement).to.contain('沧浪、金阊、平江分局');
  });

  it('has the staffing paragraph verbatim and every figure in it', () => {
    const staffing = data.staffing!;
    expect(section('苏州市国土资源局人员编制', '苏州市国土资源局现任领导')).to.equal(staffing.statement!.zh);
    const count = (id: string): number | undefined => staffing.quotas.find((q) => q.id === id)?.count;
    const figures = {
      'administrative-establishment': 45,
      'retiree-service-establishment': 1,
      'director-posts': 1,
      'deputy-director-posts': 6,
      'division-head-posts': 31,
      'division-chief-posts': 15,
      'division-deputy-posts': 16,
    };
    for (const [id, n] of Object.entries(figures)) {
      expect(count(id), id).to.equal(n);
      const label = staffing.quotas.find((q) => q.id === id)!.label.zh;
      expect(staffing.statement!.zh, id).to.match(new RegExp(`${label.replace(/[()（）]/g, '.')}(?:为)?${n}名`));
    }
    expect(staffing.quotas.find((q) => q.id === 'logistics-staff')!.count).to.equal(undefined);
    expect(staffing.quotas.find((q) => q.id === 'division-chief-posts')!.partOf).to.equal('division-head-posts');
    expect(staffing.quotas.find((q) => q.id === 'retiree-service-establishment')!.partOf).to.equal(
      'administrative-establishment',
    );
  });

  it('has the 8 leaders in source order, each paragraph rebuilt verbatim from posts, portfolio and 分管', () => {
    expect(data.people.map((p) => p.name.zh)).to.deep.equal([
      '吴维群',
      '周春',
      '张焱',
      '焦红萱',
      '吴桂元',
      '邵繁荣',
      '张晓莘',
      '严新东',
    ]);
    const text = section('苏州市国土资源局现任领导', '参考资料');
    const rebuilt = data.people.map((p) => {
      const head = `${p.name.zh}${p.posts.map((post) => post.title.zh).join('、')}。${p.portfolio!.zh}`;
      const names = (p.supervises ?? []).map(
        (s) => s.asWritten?.zh ?? data.units.find((u) => u.id === s.unitId)!.name.zh,
      );
      // 周春 has no 分管 sentence: his one unit is named in his portfolio (负责土地储备中心工作).
      const inPortfolio = names.length > 0 && names.every((n) => p.portfolio!.zh.includes(n));
      expect(p.romanizedName, p.id).to.match(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
      return names.length && !inPortfolio ? `${head}分管${names.join('、')}。` : head;
    });
    expect(rebuilt.join('')).to.equal(text);
  });

  it('records 协助 as relations between people', () => {
    const assisting = data.people
      .filter((p) => p.assists?.length)
      .map((p) => [p.id, p.assists![0]!.personId, p.assists![0]!.scope!.zh]);
    expect(assisting).to.deep.equal([
      ['zhang-yan', 'wu-weiqun', '人事工作'],
      ['wu-guiyuan', 'wu-weiqun', '土地资源、资产管理和经营工作'],
    ]);
  });

  it('resolves every unit a leader supervises but the 内设机构 list lacks, with a note on each', () => {
    const expected: Record<string, string> = {
      姑苏分局: 'dispatched',
      测绘管理处: 'internal',
      市土地登记中心: 'affiliated',
      市土地矿产交易中心: 'affiliated',
      市行政服务中心国土局窗口: 'service-window',
      土地储备中心: 'affiliated',
      机关党委: 'party',
      市国土资源监察支队: 'affiliated',
      监察室: 'internal',
    };
    for (const [name, kind] of Object.entries(expected)) {
      const unit = findUnit(data, name);
      expect(unit, name).to.exist;
      expect(unit!.kind, name).to.equal(kind);
      expect(supervisorsOf(data, unit!.id).length, name).to.be.greaterThan(0);
      expect(notesAbout(data, unit!.id).length, name).to.be.greaterThan(0);
    }
  });

  it('records each contradiction of the source as a discrepancy with both readings verbatim', () => {
    const discrepancies = (data.notes ?? []).filter((n) => n.kind === 'discrepancy');
    const readings = (id: string): string[] =>
      discrepancies.find((n) => n.about.includes(id))?.readings?.map((r) => r.text.zh) ?? [];
    expect(readings('/organization/rank').join('|')).to.match(/正科级.*\|.*正处级建制|正处级建制.*\|.*正科级/);
    expect(readings('discipline-inspection-office').join('|')).to.contain('纪检监察室').and.to.contain('监察室');
    expect(readings('gusu-branch').join('|')).to.contain('姑苏分局').and.to.contain('沧浪、金阊、平江分局');
    for (const note of discrepancies) {
      expect(note.readings!.length, note.id).to.be.at.least(2);
      for (const reading of note.readings!) {
        expect(source.includes(reading.text.zh), `${note.id}: ${reading.text.zh}`).to.equal(true);
      }
    }
    const editorial = (data.notes ?? []).filter((n) => n.kind === 'editorial');
    expect(editorial.some((n) => n.about.includes('gusu-branch') && n.text.zh.includes('2012'))).to.equal(true);
  });

  it('lists the article and both of its references as sources', () => {
    const byNumber = Object.fromEntries(data.sources.filter((s) => s.citationNumber).map((s) => [s.citationNumber, s]));
    expect(byNumber[1]!.title.zh).to.equal('苏州市机构编制委员会办公室');
    expect(byNumber[2]!.title.zh).to.equal('领导班子');
    expect(byNumber[2]!.publisher!.zh).to.equal('苏州市国土资源局');
    expect(byNumber[2]!.cited).to.equal('2015-09-02');
    const [first, second] = [byNumber[1]!, byNumber[2]!];
    const citation = `1.${first.title.zh}2.${second.title.zh}．${second.publisher!.zh}[引用日期${second.cited}]`;
    expect(source.includes(citation.replace(/\[\d+\]/g, ''))).to.equal(true);
    expect(data.sources.find((s) => s.kind === 'encyclopedia')!.tags!.map((t) => t.zh)).to.deep.equal(['组织机构']);
    expect(data.asOf).to.equal('2015-09-02');
  });

  it('gives English names to the bureau, every unit, alias and post', () => {
    const missing = [
      ...data.units.flatMap((u) => [u.name, ...(u.aliases ?? [])]),
      ...data.people.flatMap((p) => [p.name, ...p.posts.map((post) => post.title)]),
      ...(data.staffing?.quotas ?? []).map((q) => q.label),
      ...(data.notes ?? []).map((n) => n.text),
    ]
      .filter((t) => !t.en)
      .map((t) => t.zh);
    expect(missing).to.deep.equal([]);
  });
});
