import { expect } from '@open-wc/testing';
import { htmlToText, importText } from '../../src/import/index.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import type { Dataset } from '../../src/model/types.js';
import { names, unit } from './dataset-helpers.js';

const person = (d: Dataset, name: string) => d.people.find((p) => p.name.zh === name)!;
/** Each leader's name and titles, in order. */
const titled = (d: Dataset): [string, string[]][] => d.people.map((p) => [p.name.zh, p.posts.map((t) => t.title.zh)]);
const supervised = (d: Dataset, name: string): string[] =>
  (person(d, name).supervises ?? []).map((s) => d.units.find((u) => u.id === s.unitId)!.name.zh);

const NOTICE = `某某市某某局关于调整局领导班子成员分工的通知
各科室：
现将局领导班子成员分工通知如下：
一、林 娟 局长、党组书记：主持全面工作；分管办公室、政策法规科。
二、陈立 副局长：负责规划、建设工作，协助林娟做好财务工作；分管规划科、法规科及建设科；联系市规划协会。
三、何平 副局长、党组成员：负责党群、人事等工作；分管人事科和党群工作。`;

describe('importText', () => {
  it('reads units run into their duties on one endless line, with bracketed second names and the rank', () => {
    const text =
      '内设机构编辑根据上述职责，某局设3个内设机构，均为正科级建制。（一）综合科负责文电、会务工作；负责机要保密。（二）规划处（测绘处）组织编制规划。（三）执法处。负责查处违法案件。';
    const { dataset } = importText(text, { name: '某局' });
    expect(names(dataset)).to.deep.equal(['综合科', '规划处', '执法处']);
    expect(unit(dataset, '规划处').aliases).to.deep.equal([{ zh: '测绘处' }]);
    expect(unit(dataset, '综合科').duties!.map((d) => d.text.zh)).to.deep.equal([
      '负责文电、会务工作；',
      '负责机要保密。',
    ]);
    expect(unit(dataset, '执法处').rank).to.deep.equal({ zh: '正科级' });
    expect(dataset.organization.kindStatements![0]!.text.zh).to.equal(
      '根据上述职责，某局设3个内设机构，均为正科级建制。',
    );
  });

  it("ends an item at a blank line after its last sentence: a page's footer is not part of it", () => {
    const text =
      '主要职责\n（一）负责全局综合协调工作。\n（二）负责文电、会务工作。\n\n' +
      '本网站由某某中心维护，\n页面中间的这一行不能丢失。\n未经许可不得转载。\n';
    const { dataset, report } = importText(text, { name: '某局' });
    expect(dataset.organization.duties!.map((d) => d.text.zh)).to.deep.equal([
      '负责全局综合协调工作。',
      '负责文电、会务工作。',
    ]);
    const unplaced = report.entries.filter((e) => e.kind === 'unplaced');
    expect(unplaced.map((e) => e.text).join('\n')).to.contain('页面中间的这一行不能丢失。');
    expect(unplaced[0]!.line).to.equal(5);
    expect(unplaced[unplaced.length - 1]!.endLine).to.equal(7);
  });

  it('keeps an item whole across a blank line that falls mid-sentence (a page break)', () => {
    const text = '主要职责\n（一）贯彻执行国家有关土地管理的\n\n法律法规。\n（二）承办交办的其他事项。\n';
    const { dataset } = importText(text, { name: '某局' });
    expect(dataset.organization.duties!.map((d) => d.text.zh)).to.deep.equal([
      '贯彻执行国家有关土地管理的法律法规。',
      '承办交办的其他事项。',
    ]);
  });

  it('joins a line broken mid-sentence and keeps line breaks after a sentence as item ends', () => {
    const text = '主要职责\n1、贯彻执行国家有关土地\n管理的法律法规。\n2、承办交办的其他事项。\n';
    const { dataset } = importText(text, { name: '某局' });
    expect(dataset.organization.duties!.map((d) => [d.number!.zh, d.text.zh])).to.deep.equal([
      ['1、', '贯彻执行国家有关土地管理的法律法规。'],
      ['2、', '承办交办的其他事项。'],
    ]);
  });

  it('reads "名称：负责…" units, units as a plain list, and a shared ending', () => {
    const text = '内设机构\n（一）综合科：负责日常运转。\n（二）财务科：负责预算。\n派出机构\n设立某局东城、西城分局。';
    const { dataset, report } = importText(text, { name: '某局' });
    expect(names(dataset)).to.deep.equal(['综合科', '财务科', '东城分局', '西城分局']);
    expect(unit(dataset, '西城分局').kind).to.equal('dispatched');
    expect(report.composed.map((c) => c.text)).to.deep.equal(['东城分局']);
  });

  it('nests units numbered inside another unit (科 under 处)', () => {
    const text =
      '内设机构\n（一）业务处负责业务管理。\n1. 审批科负责审批。\n2. 监管科负责监管。\n（二）综合处负责综合协调。';
    const { dataset } = importText(text, { name: '某局' });
    const byName = new Map(dataset.units.map((u) => [u.name.zh, u]));
    expect(byName.get('审批科')!.parentId).to.equal(byName.get('业务处')!.id);
    expect(byName.get('监管科')!.parentId).to.equal(byName.get('业务处')!.id);
    expect(byName.get('综合处')!.parentId).to.equal(dataset.organization.id);
  });

  it('reads a 领导分工 notice: names with spaces inside, posts in order, portfolio verbatim, 分管 split and matched', () => {
    const { dataset, report } = importText(NOTICE);
    expect(dataset.organization.name.zh).to.equal('某某市某某局');
    expect(dataset.people.map((p) => p.name.zh)).to.deep.equal(['林娟', '陈立', '何平']);
    expect(person(dataset, '林娟').posts).to.deep.equal([
      { kind: 'administrative', title: { zh: '局长' } },
      { kind: 'party', title: { zh: '党组书记' } },
    ]);
    expect(person(dataset, '林娟').portfolio).to.deep.equal({ zh: '主持全面工作；' });
    expect(supervised(dataset, '林娟')).to.deep.equal(['办公室', '政策法规科']);
    // 法规科 is the unambiguous shorter form of 政策法规科, so it is the same unit, as written.
    expect(supervised(dataset, '陈立')).to.deep.equal(['规划科', '政策法规科', '建设科']);
    expect(person(dataset, '陈立').supervises![1]!.asWritten).to.deep.equal({ zh: '法规科' });
    expect(person(dataset, '陈立').assists).to.deep.equal([
      { personId: person(dataset, '林娟').id, scope: { zh: '财务工作' } },
    ]);
    // 联系 and a 分管 item that is not a unit are relations of schemaVersion 2, not report entries.
    expect(dataset.schemaVersion).to.equal(2);
    expect(person(dataset, '陈立').liaisons).to.deep.equal([{ text: { zh: '市规划协会' } }]);
    expect(supervised(dataset, '何平')).to.deep.equal(['人事科']);
    expect(person(dataset, '何平').supervisesOther).to.deep.equal([
      { text: { zh: '党群' }, kind: 'area', afterUnitId: person(dataset, '何平').supervises![0]!.unitId },
    ]);
    expect(report.entries.filter((e) => /市规划协会|党群/.test(e.text))).to.deep.equal([]);
    expect(parseDataset(dataset).ok).to.equal(true);
  });

  it('keeps 协助 without a person, 联系 with units and bodies, and post kinds beyond 行政/党内 (schemaVersion 2)', () => {
    const text = `某某区某某局领导分工
一、王明 局长：主持全面工作；分管办公室。
二、李华 副局长、二级调研员：协助区长分管审计工作；分管督查科、信息科；联系区人大、区政协，办公室。
三、赵强 总工程师：负责技术工作。
四、孙立 副巡视员：负责调研工作。`;
    const { dataset } = importText(text);
    expect(dataset.schemaVersion).to.equal(2);
    expect(parseDataset(dataset).ok).to.equal(true);
    expect(person(dataset, '李华').posts.map((p) => p.kind)).to.deep.equal(['administrative', 'grade']);
    expect(person(dataset, '赵强').posts).to.deep.equal([{ kind: 'other', title: { zh: '总工程师' } }]);
    expect(person(dataset, '孙立').posts[0]!.kind).to.equal('non-leadership');
    expect(person(dataset, '李华').assists).to.deep.equal([{ whom: { zh: '区长' }, scope: { zh: '分管审计工作' } }]);
    const office = dataset.units.find((u) => u.name.zh === '办公室')!;
    expect(person(dataset, '李华').liaisons).to.deep.equal([
      { text: { zh: '区人大' } },
      { text: { zh: '区政协' } },
      { unitId: office.id },
    ]);
  });

  it("gives the organisation's second names their kind: 对外保留…牌子, 加挂…牌子, a bracket", () => {
    const { dataset } = importText(
      '某某市某某局是市政府工作部门，为正处级，对外保留某某市某某办公室牌子，加挂某某市某某中心牌子。\n内设机构\n（一）办公室负责文电。',
    );
    expect(dataset.schemaVersion).to.equal(2);
    expect(dataset.organization.aliases).to.deep.equal([
      { name: { zh: '某某市某某办公室' }, kind: 'retained-plate' },
      { name: { zh: '某某市某某中心' }, kind: 'added-plate' },
    ]);
  });

  it('reads a page that starts inside a unit list, and units written as 名称 + space + 负责… after it', () => {
    const text =
      '（十五）信息科\n负责信息工作。\n（十六）财务科\n负责财务工作。\n机关党委 负责机关党群工作。\n四、人员编制\n机关行政编制20名。';
    const { dataset } = importText(text, { name: '某局' });
    expect(names(dataset)).to.deep.equal(['信息科', '财务科', '机关党委']);
    expect(unit(dataset, '财务科').duties).to.deep.equal([{ text: { zh: '负责财务工作。' } }]);
    expect(unit(dataset, '机关党委').duties).to.deep.equal([{ text: { zh: '负责机关党群工作。' } }]);
    expect(dataset.schemaVersion).to.equal(1);
  });

  it('does not split a unit name that has 和 inside it', () => {
    const text = '现任领导\n王明副局长。负责调控工作。分管调控和监测处、综合科。';
    const { dataset } = importText(text, { name: '某局' });
    expect(supervised(dataset, '王明')).to.deep.equal(['调控和监测处', '综合科']);
  });

  it('reads a 分工 page of 姓名职务 lines: the head who 领导全面工作, lists after 协助分管, no org duties', () => {
    const text = [
      '区长、副区长工作分工',
      '王建国区长',
      '领导区政府全面工作。',
      '李红梅常务副区长',
      '负责发展改革、财政、统计等工作。协助分管审计工作。',
      '分管区发展和改革委员会（区物价局）及区统计局，区应急管理局，区国有资产监督管理委员会。协助分管区财政局，区审计局。',
      '赵志刚副区长',
      '负责公安、司法行政等工作。',
      '分管区公安分局，区司法局。',
    ].join('\n');
    const { dataset } = importText(text, { name: '某区人民政府' });
    expect(dataset.people.map((p) => p.name.zh)).to.deep.equal(['王建国', '李红梅', '赵志刚']);
    expect(person(dataset, '王建国').portfolio!.zh).to.equal('领导区政府全面工作。');
    expect(supervised(dataset, '李红梅')).to.deep.equal([
      '区发展和改革委员会',
      '区统计局',
      '区应急管理局',
      '区国有资产监督管理委员会',
    ]);
    expect(unit(dataset, '区发展和改革委员会').aliases).to.deep.equal([{ zh: '区物价局' }]);
    expect(person(dataset, '李红梅').assists!.map((a) => a.scope?.zh)).to.deep.equal([
      '分管审计工作',
      '分管区财政局，区审计局',
    ]);
    // What each leader is responsible for is theirs, not the organisation's duties.
    expect(dataset.organization.duties ?? []).to.deep.equal([]);
  });

  it("reads a unit page's 科室负责人：姓名 as its head and never makes a field line a duty", () => {
    const text =
      '一、主要职责\n负责全县重要事项的督办工作；负责领导交办事项的督办。\n科室负责人:陈某涛\n办公电话:0561-6075204\n';
    const { dataset, report } = importText(text, { name: '某县政府督查室' });
    expect(dataset.organization.duties!.map((d) => d.text.zh)).to.deep.equal([
      '负责全县重要事项的督办工作；负责领导交办事项的督办。',
    ]);
    expect(titled(dataset)).to.deep.equal([['陈某涛', ['科室负责人']]]);
    expect(report.entries.filter((e) => e.kind === 'unplaced').map((e) => e.text)).to.deep.equal([
      '办公电话:0561-6075204',
    ]);
  });

  it('reads units named in counted lists: 下设甲、乙2个…, 内设3个…：甲（含…）、乙, 下辖甲、乙', () => {
    const text =
      '某县某局为县政府工作部门，下设综合股、执法\n监督股2个内设机构。' +
      '内设3个管理机构：办公室（含人事、法规）、业务科、计划财务科，2个直属事业单位：气象台、服务中心，' +
      '下辖甲县某局、乙县某局。';
    const { dataset, report } = importText(text, { name: '某县某局' });
    expect(dataset.units.map((u) => [u.name.zh, u.kind])).to.deep.equal([
      ['综合股', 'internal'],
      ['执法监督股', 'internal'],
      ['办公室', 'internal'],
      ['业务科', 'internal'],
      ['计划财务科', 'internal'],
      ['气象台', 'affiliated'],
      ['服务中心', 'affiliated'],
      ['甲县某局', 'affiliated'],
      ['乙县某局', 'affiliated'],
    ]);
    // What the office holds is not a second name: it stays in the report, word for word.
    expect(unit(dataset, '办公室').aliases).to.equal(undefined);
    expect(report.entries.map((e) => e.text)).to.include('含人事、法规');
  });

  it('leaves a counted list alone when its items do not read as units', () => {
    const { dataset } = importText('全局设有规划、建设、管理3个科室。', { name: '某局' });
    expect(dataset.units).to.deep.equal([]);
  });

  it('reads units as 名称（第二名称） + space + 负责… lines', () => {
    const text =
      '现将调整后的职能通知如下：\n秘书处（组织人事处） 负责文电收发工作；负责会务。\n综合一处　负责办理工业经济方面的文电。\n';
    const { dataset } = importText(text, { name: '某市人民政府办公室' });
    expect(names(dataset)).to.deep.equal(['秘书处', '综合一处']);
    expect(unit(dataset, '秘书处').aliases).to.deep.equal([{ zh: '组织人事处' }]);
    expect(unit(dataset, '综合一处').duties!.map((d) => d.text.zh)).to.deep.equal(['负责办理工业经济方面的文电。']);
  });

  it("reads a 三定's 第一条 and 第二条: the document, the short name, the category and the rank", () => {
    const text =
      '第一条根据《中共某市委办公室、某市人民政府办公室关于印发〈某市机构改革方案〉的通知》（某办字〔2018〕76号），制定本规定。\n' +
      '第二条某市市场监督管理局（简称市市场监管局）为市政府工作部门，机构规格正科级，加挂某市知识产权局牌子。\n' +
      '第三条主要职责是：\n（一）负责全市市场综合监督管理。\n';
    const { dataset } = importText(text);
    const org = dataset.organization;
    expect(org.name.zh).to.equal('某市市场监督管理局');
    expect(org.category!.zh).to.equal('市政府工作部门');
    expect(org.rank!.zh).to.equal('正科级');
    expect(org.aliases).to.deep.equal([
      { name: { zh: '市市场监管局' }, kind: 'short' },
      { name: { zh: '某市知识产权局' }, kind: 'added-plate' },
    ]);
    expect(org.establishingDocuments!.map((d) => [d.number, d.issuer?.zh])).to.deep.equal([
      ['某办字〔2018〕76号', '中共某市委办公室、某市人民政府办公室'],
    ]);
  });

  it('reads quotas counted in 人 and 个 but not head counts (实有…人)', () => {
    const text =
      '人员编制\n行政编制12人，实有6人；事业编制8名，实有8名。总编制为49个，其中行政编13个、全额事业编36个。\n';
    const { dataset } = importText(text, { name: '某县某办' });
    expect(dataset.staffing!.quotas!.map((q) => [q.label.zh, q.count])).to.deep.equal([
      ['行政编制', 12],
      ['事业编制', 8],
      ['总编制', 49],
      ['行政编', 13],
      ['全额事业编', 36],
    ]);
    expect(dataset.staffing!.statement!.zh).to.contain('实有6人');
  });

  it('reads headings that carry a wiki edit link ([编辑])', () => {
    const text =
      '一、主要职责[编辑]\n（一）负责全局综合协调工作。\n二、内设机构[编辑]\n（一）办公室\n负责文电、会务。\n';
    const { dataset } = importText(text, { name: '某局' });
    expect(dataset.organization.duties!.map((d) => d.text.zh)).to.deep.equal(['负责全局综合协调工作。']);
    expect(names(dataset)).to.deep.equal(['办公室']);
  });

  it('reads a leader named in prose without 同志 when the verb follows (副县长某某分管…)', () => {
    const text = '根据分工，副县长刘建平分管县交通运输局、县机关事务管理局。\n';
    const { dataset } = importText(text, { name: '某县人民政府' });
    expect(dataset.people.map((p) => p.name.zh)).to.deep.equal(['刘建平']);
    expect(supervised(dataset, '刘建平')).to.deep.equal(['县交通运输局', '县机关事务管理局']);
    // 负责人 is a post, not the verb: 科室负责人李某 is not read as a leader named 负责.
    expect(importText('副局长负责人事工作。', { name: '某局' }).dataset.people).to.deep.equal([]);
  });

  it('splits a 联系 list at 等…团体和: the items before and the one after', () => {
    const text = '张明远副县长\n负责民政工作。\n联系县总工会，团县委，县残联等群众团体和部队（武警中队）。\n';
    const { dataset } = importText(text, { name: '某县人民政府' });
    expect(person(dataset, '张明远').liaisons!.map((l) => l.text?.zh)).to.deep.equal([
      '县总工会',
      '团县委',
      '县残联',
      '部队（武警中队）',
    ]);
  });

  it("takes the body's name from a heading line (某某局机构职能) under a breadcrumb, and drops 相关附件", () => {
    const text =
      '当前位置:\n某某开发区园区发展局机构职能\n(一)负责园区发展管理工作;\n(二)承办交办的其他事项。\n相关附件\n相关新闻\n';
    const { dataset, report } = importText(text);
    expect(dataset.organization.name.zh).to.equal('某某开发区园区发展局');
    expect(dataset.organization.duties!.map((d) => d.text.zh)).to.deep.equal([
      '负责园区发展管理工作;',
      '承办交办的其他事项。',
    ]);
    expect(report.entries.map((e) => e.text)).to.include('相关附件\n相关新闻');
  });

  it("reports the words before a heading word when they are not the body's name", () => {
    const text = '某某局\n一、本局现行主要职责\n（一）负责全局综合协调工作。\n';
    const { report } = importText(text);
    expect(report.entries.map((e) => e.text)).to.include('本局现行');
  });

  it('reads 设立某厅（加挂“甲”、“乙”牌子），正厅级 with the documents cited before it and their issuers', () => {
    const text =
      '根据某某办公厅、某某办公厅《关于印发〈某省机构改革方案〉的通知》(厅字〔2009〕23号)和中共某省委、某省人民政府《关于机构改革的实施意见》(某委〔2009〕27号),' +
      '设立某省人民政府办公厅(加挂“某省海防委员会办公室”、“某省应急委员会办公室”牌子),正厅级。\n' +
      '一、职责调整\n(一)强化服务职责,加强督查工作。\n';
    const { dataset } = importText(text);
    const org = dataset.organization;
    expect([org.name.zh, org.rank!.zh]).to.deep.equal(['某省人民政府办公厅', '正厅级']);
    expect(org.aliases!.map((a) => [a.name.zh, a.kind])).to.deep.equal([
      ['某省海防委员会办公室', 'added-plate'],
      ['某省应急委员会办公室', 'added-plate'],
    ]);
    expect(org.establishingDocuments!.map((d) => [d.number, d.issuer?.zh])).to.deep.equal([
      ['厅字〔2009〕23号', '某某办公厅、某某办公厅'],
      ['某委〔2009〕27号', '中共某省委、某省人民政府'],
    ]);
    expect(org.adjustments![0]!.items[0]!.text.zh).to.equal('加强督查工作。');
  });

  it('reads 名称（简称“…”），为…派出机关, and 正县级 ranks; a 街道办事处 is a body too', () => {
    const a = importText('某某高新区管理委员会(简称“某某高新区管委会”),为市委派出机关,为正县级。\n').dataset
      .organization;
    expect([a.name.zh, a.aliases![0]!.name.zh, a.category!.zh, a.rank!.zh]).to.deep.equal([
      '某某高新区管理委员会',
      '某某高新区管委会',
      '市委派出机关',
      '正县级',
    ]);
    const b = importText('街道办事处是市政府的派出机构,负责辖区内社会服务工作。\n').dataset.organization;
    expect([b.name.zh, b.category!.zh]).to.deep.equal(['街道办事处', '市政府的派出机构']);
  });

  it('reads bulleted units under 下属机构 with their indented duty lines, whatever verb opens them', () => {
    const text =
      '某某部\n\n下属机构\n\n  • 理论科 负责起草重要讲话。\n    负责理论学习的培训工作。\n' +
      '  • 新闻科 协调对外宣传活动。\n    指导涉外单位做好外宣工作。\n';
    const { dataset } = importText(text);
    expect(dataset.units.map((u) => [u.name.zh, u.kind, u.duties!.map((d) => d.text.zh)])).to.deep.equal([
      ['理论科', 'affiliated', ['负责起草重要讲话。', '负责理论学习的培训工作。']],
      ['新闻科', 'affiliated', ['协调对外宣传活动。', '指导涉外单位做好外宣工作。']],
    ]);
    expect(dataset.organization.duties ?? []).to.deep.equal([]);
  });

  it('flags a stated count of units that the units read do not match, and names the body from it', () => {
    const text = '省政府办公厅内设4个职能处（室）。\n（一）秘书处。\n（二）会议处。\n（三）综合处。\n';
    const { dataset, report } = importText(text);
    expect(dataset.organization.name.zh).to.equal('省政府办公厅');
    const check = report.entries.filter((e) => e.kind === 'check');
    expect(check.map((e) => [e.text, e.message.zh])).to.deep.equal([
      ['内设4个职能处（室）', '文中说有 4 个内设机构，读出的是 3 个；请核对是否有遗漏或多出的机构。'],
    ]);
    const whole = importText(`${text}（四）调研处。\n`).report.entries.filter((e) => e.kind === 'check');
    expect(whole, 'no flag when the count matches').to.deep.equal([]);
  });

  it('reads units written as bare names after the last numbered one, and leaves a 法律依据 to the report', () => {
    const text =
      '内设机构\n（一）秘书处。负责文电工作。\n（二）总值班室。 离退休干部处。 直属机关党委。\n' +
      '法律依据: 《中华人民共和国宪法》第一百零五条。\n';
    const { dataset, report } = importText(text, { name: '某省政府办公厅' });
    expect(dataset.units.map((u) => [u.name.zh, u.duties?.map((d) => d.text.zh)])).to.deep.equal([
      ['秘书处', ['负责文电工作。']],
      ['总值班室', undefined],
      ['离退休干部处', undefined],
      ['直属机关党委', undefined],
    ]);
    expect(report.entries.some((e) => e.text.startsWith('法律依据'))).to.equal(true);
  });

  describe('does not read more into a text than it says', () => {
    const units = (text: string): string[] => names(importText(text, { name: '某某县财政局' }).dataset);

    it('takes no one for a leader from a name-like line without a résumé or a 现任 post', () => {
      const text =
        '某某县财政局\n主要职责\n（一）负责全县财政收支管理。\n领导信息\n张三\n2018年3月生效的办法如下。\n分管工作另行通知。\n\n李四\n男，1970年1月生。\n';
      const { dataset } = importText(text);
      // 生效 is not a birth date; a résumé with no post and no portfolio names no leader.
      expect(dataset.people).to.deep.equal([]);
    });

    it('takes no unit, topic or label before a colon for a leader, and keeps a unit page’s 负责人', () => {
      const topics = importText(
        '某市生态环境局主要职责\n安全生产：负责全市生态环境领域安全生产监督管理工作。\n宣传教育：负责生态环境宣传教育工作。\n',
      );
      expect(topics.dataset.people).to.deep.equal([]);
      expect(topics.dataset.organization.duties!.length).to.equal(2);
      const page = importText(
        '某镇站所简介\n信息中心：负责全局信息化建设和网络安全工作。\n林业站：负责林业资源保护工作。\n成员：各科室负责人\n' +
          '负责人：张某某 办公电话：0631-6651473\n',
      );
      expect(titled(page.dataset)).to.deep.equal([['张某某', ['负责人']]]);
    });

    it("ends a profile where another leader's line starts, and leaves a blank line's duties to the body", () => {
      const text =
        '领导信息\n刘 捷\n男，汉族，1972年3月生。现任县民政局党组书记、局长。\n负责局全面工作。\n' +
        '李四副局长：协助局长分管社会救助股。\n党组成员、副局长王五同志分管办公室。\n';
      const { dataset } = importText(text, { name: '某县民政局' });
      expect(dataset.people.map((p) => [p.name.zh, p.portfolio?.zh])).to.deep.equal([
        ['刘捷', '负责局全面工作。'],
        ['李四', '协助局长分管社会救助股。'],
        ['王五', undefined],
      ]);
      const duties = importText(
        '某某市财政局\n局长\n王军\n男，1970年1月生。现任市财政局党组书记、局长。\n\n负责全市财政收支管理工作。\n',
      ).dataset;
      expect(person(duties, '王军').posts.map((t) => t.title.zh)).to.deep.equal(['市财政局党组书记', '局长']);
      expect(person(duties, '王军').portfolio).to.equal(undefined);
      expect(duties.organization.duties!.map((d) => d.text.zh)).to.deep.equal(['负责全市财政收支管理工作。']);
    });

    it('splits a name from titles that open with a body, and reads no one from 单位负责 or 局长全程负责', () => {
      const text = '李明公安局局长：主持市公安局全面工作。\n王军人大常委会主任：主持市人大常委会全面工作。\n';
      expect(titled(importText(text).dataset)).to.deep.equal([
        ['李明', ['公安局局长']],
        ['王军', ['人大常委会主任']],
      ]);
      const none = '工作要求\n各成员单位负责本行业领域的安全生产工作。\n局长全程负责项目推进。\n各副镇长包村负责。\n';
      expect(importText(none, { name: '某镇' }).dataset.people).to.deep.equal([]);
    });

    it('takes no past post for a current one, and keeps news and contact lines out of the last leader', () => {
      const past = importText(
        '领导简介\n周斌\n男，1973年11月生。2015年3月任县卫生局副局长，2019年3月任现职。\n主持局全面工作。\n\n' +
          '王强\n男，1970年1月生。\n2005.03—2010.06任某县审计局局长\n分管办公室、审计科。\n',
        { name: '某县卫生健康局' },
      ).dataset;
      expect(past.people.map((p) => [p.name.zh, p.posts])).to.deep.equal([
        ['周斌', []],
        ['王强', []],
      ]);
      const { dataset, report } = importText(
        '领导信息\n李 军\n男，1976年10月生。现任县自然资源局副局长。\n负责办公室、法规股工作。\n' +
          '近日，县自然资源局召开全体干部大会，局长王小平主持会议并讲话。\n\n王军：局长\n联系人：王芳\n',
        { name: '某县自然资源局' },
      );
      expect(person(dataset, '李军').portfolio!.zh).to.equal('负责办公室、法规股工作。');
      expect(person(dataset, '王军').liaisons ?? []).to.deep.equal([]);
      expect(report.entries.map((e) => e.text)).to.include('联系人：王芳');
    });

    it('reads 姓名：职务，分工 on one line, and a 简历 label line as the start of the résumé', () => {
      const line = importText('领导分工\n张三：副局长，协助局长分管办公室、财务科。\n', { name: '某局' }).dataset;
      expect(person(line, '张三').posts.map((t) => t.title.zh)).to.deep.equal(['副局长']);
      expect(person(line, '张三').portfolio!.zh).to.equal('协助局长分管办公室、财务科。');
      const labelled = importText(
        '领导信息\n王军\n党组书记、局长\n简历\n男，汉族，1970年生。\n分工\n主持局全面工作。\n',
        {
          name: '某局',
        },
      ).dataset;
      expect(labelled.people.map((p) => [p.name.zh, p.posts.map((t) => t.title.zh), p.portfolio?.zh])).to.deep.equal([
        ['王军', ['党组书记', '局长'], '主持局全面工作。'],
      ]);
    });

    it('keeps leaders apart: an unknown surname before a résumé, a short last line, 协助局长某某', () => {
      const text =
        '领导信息\n佘建国\n男，汉族，1972年6月生。现任县文旅局局长。\n主持局全面工作，分管办公室\n逄晓燕\n女，1983年2月生。' +
        '现任县文旅局副局长。\n分管文物股、旅游股\n上一篇：县文旅局召开工作会议\n';
      const { dataset } = importText(text, { name: '某县文旅局' });
      expect(dataset.people.map((p) => p.name.zh)).to.deep.equal(['佘建国', '逄晓燕']);
      expect(supervised(dataset, '佘建国')).to.deep.equal(['办公室']);
      expect(supervised(dataset, '逄晓燕')).to.deep.equal(['文物股', '旅游股']);
      const list = importText(
        '领导分工\n王军：局长，主持局全面工作，分管办公室\n李明：副局长，协助局长王军分管财务科.\n人事科：负责机关人事工作。\n',
        { name: '某局' },
      ).dataset;
      expect(list.people.map((p) => p.name.zh)).to.deep.equal(['王军', '李明']);
      expect(supervised(list, '王军')).to.deep.equal(['办公室']);
      expect(list.people.flatMap((p) => p.supervises ?? [])).to.have.length(1);
      expect(
        importText('关于成立县防汛抗旱指挥部的通知\n成员单位负责本行业防汛抗旱工作。\n').dataset.people,
      ).to.deep.equal([]);
    });

    it("reads the duties in a 现任 sentence, and a résumé's 主持… before 现任 as the résumé", () => {
      const text =
        '领导信息\n陈建\n男，汉族，1971年2月生。现任副县长，协助县长负责财政工作，联系县财政局。\n\n' +
        '周明远\n男，1965年4月生，研究员。主持国家自然科学基金项目3项。现任市农科院党委书记、院长。\n主持院全面工作。\n';
      const { dataset } = importText(text, { name: '某县人民政府' });
      expect(dataset.people.map((p) => [p.name.zh, p.posts.map((t) => t.title.zh), p.portfolio?.zh])).to.deep.equal([
        ['陈建', ['副县长'], '协助县长负责财政工作'],
        ['周明远', ['市农科院党委书记', '院长'], '主持院全面工作。'],
      ]);
      expect(person(dataset, '陈建').liaisons!.map((l) => l.text?.zh)).to.deep.equal(['县财政局']);
    });

    it("ends a leader's text at a notice's signature and date, and at a phone number on the same line", () => {
      const { dataset, report } = importText(
        '市政府领导分工\n副市长王小红：负责教育工作，分管市教育局。\n某某市人民政府\n2024年2月20日\n抄送：市委办公室。\n\n' +
          '领导信息\n王军\n男，1970年3月生。现任县民政局局长。\n主持局全面工作。联系电话：0736-1234567\n',
        { name: '某某市人民政府' },
      );
      expect(person(dataset, '王小红').portfolio!.zh).to.equal('负责教育工作');
      expect(person(dataset, '王军').portfolio!.zh).to.equal('主持局全面工作。');
      expect(person(dataset, '王军').liaisons ?? []).to.deep.equal([]);
      expect(report.entries.map((e) => e.text)).to.include('联系电话：0736-1234567');
    });

    it('reads a name line, its titles, then its duty; 同志： lines; （女） after a name; no 任县 person', () => {
      const a = importText('领导信息\n张三\n党组书记、局长\n主持局全面工作。\n李四（女）\n副局长\n分管办公室。\n', {
        name: '某局',
      }).dataset;
      expect(titled(a)).to.deep.equal([
        ['张三', ['党组书记', '局长']],
        ['李四', ['副局长']],
      ]);
      const b = importText('领导分工\n王军同志：局长，主持局全面工作。\n', { name: '某局' }).dataset;
      expect(titled(b)).to.deep.equal([['王军', ['局长']]]);
      const c = importText(
        '领导信息\n王军\n男，1970年3月生。1992年7月参加工作，2015年3月\n任县审计局副局长，现任县财政局局长。\n主持局全面工作。\n',
        { name: '某局' },
      ).dataset;
      expect(c.people.map((p) => p.name.zh)).to.deep.equal(['王军']);
    });

    it("keeps the title's name when a unit's heading further down carries another", () => {
      const text =
        '某某县财政局\n主要职责\n（一）负责全县财政收支管理。\n直属单位\n县会计核算中心主要职责\n（一）负责会计核算。\n';
      expect(importText(text).dataset.organization.name.zh).to.equal('某某县财政局');
    });

    it("keeps a unit's paragraphs together across blank lines, and a unit listed twice once", () => {
      const text =
        '某某县财政局\n县财政局内设办公室、预算股2个股室。\n内设机构\n（一）办公室。\n\n负责机关日常运转。\n\n' +
        '（二）预算股。\n\n负责编制年度预算草案。\n';
      const { dataset } = importText(text);
      expect(dataset.units.map((u) => [u.name.zh, u.duties?.map((d) => d.text.zh)])).to.deep.equal([
        ['办公室', ['负责机关日常运转。']],
        ['预算股', ['负责编制年度预算草案。']],
      ]);
      expect(dataset.organization.duties ?? []).to.deep.equal([]);
    });

    it('never takes an adverb for a name, nor a name with the adverb after it', () => {
      const text =
        '某某县人民政府\n领导分工\n县长王明全面负责县政府工作。\n副县长张三分管县工业和信息化局。\n局长全面负责局机关工作。\n';
      expect(importText(text).dataset.people.map((p) => p.name.zh)).to.deep.equal(['王明', '张三']);
    });

    it("reads no units from counts that are not a body's structure", () => {
      expect(
        units('2023年度，县委对5个单位：县财政局、县审计局、县统计局、县税务局、县商务局进行了巡察。'),
      ).to.deep.equal([]);
      expect(units('某某镇下辖12个村委会、2个居委会。')).to.deep.equal([]);
      expect(units('县公安局下辖城关派出所、河口派出所和交警大队。')).to.deep.equal([
        '城关派出所',
        '河口派出所',
        '交警大队',
      ]);
    });

    it('keeps duties written as 主题：内容 as duties, and a field line out of them', () => {
      const text =
        '主要职责\n综合协调：负责机关日常运转，协调各股室工作\n规划管理：组织编制发展规划\n办公电话：0551-1234567\n';
      const { dataset } = importText(text, { name: '某局' });
      expect(dataset.organization.duties!.map((d) => d.text.zh)).to.deep.equal([
        '综合协调：负责机关日常运转，协调各股室工作',
        '规划管理：组织编制发展规划',
      ]);
    });

    it('reads a bracket after a unit as its rank or plate, and leaves the rest and the notes under it alone', () => {
      const text =
        '内设机构\n办公室（正股级）负责机关日常运转。\n综合股（挂政策法规股牌子）负责综合协调。\n' +
        '  • 理论科 负责理论学习。\n    以上科室均为正股级。\n    联系电话：0551-1234567\n';
      const { dataset } = importText(text, { name: '某局' });
      expect(
        dataset.units.map((u) => [u.name.zh, u.rank?.zh, u.aliases?.map((a) => a.zh), u.duties?.length]),
      ).to.deep.equal([
        ['办公室', '正股级', undefined, 1],
        // 以上科室均为正股级 gives every unit above its rank.
        ['综合股', '正股级', ['政策法规股'], 1],
        ['理论科', '正股级', undefined, 1],
      ]);
    });

    it('takes head counts for no quota, and says so when the quotas do not add up', () => {
      const text =
        '人员编制\n县财政局机关行政编制15名。现有干部职工45人，其中行政编制人员12人。全县共有乡镇财政所长12人。\n';
      const { dataset } = importText(text, { name: '某局' });
      expect(dataset.staffing!.quotas!.map((q) => [q.label.zh, q.count])).to.deep.equal([['行政编制', 15]]);
      const broken = importText('人员编制\n行政编制10名，其中局长1名，科员15名。\n', { name: '某局' });
      expect(broken.dataset.staffing!.quotas).to.deep.equal([]);
      expect(broken.report.entries.some((e) => e.message.zh.startsWith('编制数字对不上'))).to.equal(true);
    });

    it('keeps a unit of the same name under another body apart, and a duty sentence naming a place a duty', () => {
      const a = importText(
        '某某县财政局\n内设机构\n县财政局内设办公室、预算股2个股室。\n直属单位\n（一）县国库集中支付中心\n负责资金支付。\n' +
          '1.办公室\n负责中心日常运转工作。\n',
      ).dataset;
      expect(a.units.map((u) => [u.name.zh, a.units.find((p) => p.id === u.parentId)?.name.zh ?? null])).to.deep.equal([
        ['办公室', null],
        ['预算股', null],
        ['县国库集中支付中心', null],
        ['办公室', '县国库集中支付中心'],
      ]);
      const b = importText('某某县档案局\n内设机构\n（一）办公室\n负责机关日常运转工作。管理局档案室。\n').dataset;
      expect(b.units.map((u) => [u.name.zh, u.duties!.length])).to.deep.equal([['办公室', 2]]);
    });

    it('reads no leader from 副局长全权负责…, 分管副局长应当…, 原来分管的工作', () => {
      const text =
        '某某县应急管理局领导分工\n局长张三同志主持局全面工作。\n副局长全权负责项目协调。\n分管副局长应当负责分管领域的工作。\n' +
        '调整后，副局长原来分管的工作由副局长王明同志分管。\n';
      expect(importText(text).dataset.people.map((p) => p.name.zh)).to.deep.equal(['张三', '王明']);
    });

    it("gives the organisation nothing from a sentence about another body, or from that body's own units", () => {
      const a = importText(
        '某某县财政局\n部门概况\n县国库集中支付中心为县财政局所属公益一类事业单位，机构规格为正股级。\n',
      ).dataset.organization;
      expect([a.name.zh, a.rank, a.category]).to.deep.equal(['某某县财政局', undefined, undefined]);
      const b = importText(
        '某某县自然资源局\n局机关内设3个股室：办公室、规划股、耕地保护股。所属县不动产登记中心内设3个股室：综合股、登记股、档案股。\n',
      ).dataset;
      expect(names(b)).to.deep.equal(['办公室', '规划股', '耕地保护股']);
      const inSection = importText(
        '某某县自然资源局\n机构设置\n局机关内设3个股室：办公室、规划股、耕地保护股。所属县不动产登记中心内设2个股室：综合股、登记股。\n',
      ).dataset;
      expect(names(inSection)).to.deep.equal(['办公室', '规划股', '耕地保护股']);
      expect(importText('部门概况\n县财政局内设办公室、预算股2个股室。\n').dataset.organization.name.zh).to.equal(
        '未命名机构',
      );
    });

    it("leaves a leader's last paragraph out of the organisation's duties, and splits 分管…，联系…", () => {
      const a = importText(
        '某某县民政局\n领导分工\n一、局长 张三\n主持局全面工作。\n\n二、副局长 李四\n分管社会救助股。\n\n负责全局信访工作。\n',
      ).dataset;
      expect(a.organization.duties ?? []).to.deep.equal([]);
      const b = importText('某某市人民政府\n副市长赵刚分管市公安局、市司法局，联系市法院、市检察院。\n').dataset;
      expect(supervised(b, '赵刚')).to.deep.equal(['市公安局', '市司法局']);
      expect(person(b, '赵刚').liaisons!.map((l) => l.text?.zh)).to.deep.equal(['市法院', '市检察院']);
    });

    it('names no body from 本局 or a unit it set up, and checks no count it cannot attribute', () => {
      const a = importText('本局为县政府工作部门，正科级。\n主要职责\n（一）负责全县财政收支管理。\n').dataset;
      expect(a.organization.name.zh).to.equal('未命名机构');
      const b = importText('某某县城市管理局\n2015年，县城管局设立城市管理综合执法大队，副科级。\n').dataset;
      expect(b.organization.rank).to.equal(undefined);
      const c = importText(
        '某某县财政局\n县财政局内设3个股室。下属县会计核算中心，内设2个科室。\n主要职责\n（一）负责建设3个科技创新平台。\n',
      ).report;
      expect(c.entries.filter((e) => e.kind === 'check')).to.deep.equal([]);
    });
  });

  it("takes a page's first line as the body's name without a gazetteer's section label", () => {
    const text = '第三节 开发区管理委员会\n\n主要职责\n（一）负责开发区的规划建设。\n';
    expect(importText(text).dataset.organization.name.zh).to.equal('开发区管理委员会');
  });

  it('reads a 领导信息 page of 姓名：/职务：/分工： records, fields on lines of their own or side by side', () => {
    const text =
      '某某县财政局领导信息\n\n姓名：张三\n职务：局长、党组书记\n分工：主持局全面工作，\n分管办公室。\n简历：男，1970年1月生。\n\n' +
      '姓名：李四　　职务：副局长　　分工：负责预算工作，分管预算股、国库股。\n';
    const { dataset, report } = importText(text);
    expect(dataset.people.map((p) => [p.name.zh, p.posts.map((t) => t.title.zh), p.portfolio?.zh])).to.deep.equal([
      ['张三', ['局长', '党组书记'], '主持局全面工作'],
      ['李四', ['副局长'], '负责预算工作'],
    ]);
    expect(supervised(dataset, '张三')).to.deep.equal(['办公室']);
    expect(supervised(dataset, '李四')).to.deep.equal(['预算股', '国库股']);
    // The 简历 field after the 分工 is the résumé, word for word; its label is no part of it.
    expect(person(dataset, '张三').resume).to.deep.equal({ zh: '男，1970年1月生。' });
    expect(person(dataset, '李四').resume).to.equal(undefined);
    expect(dataset.schemaVersion).to.equal(2);
    expect(report.entries.filter((e) => e.kind === 'unplaced')).to.deep.equal([]);
  });

  it('reads records whatever their fields: 性别 beside the name, tabs, 分管单位：/联系单位： lines', () => {
    const text =
      '某某县财政局领导信息\n\n姓名：张三\t性别：男\t职务：局长\t分工：主持全面工作，分管办公室。\n' +
      '姓名：李四（女）\n职务：副局长\n分工：负责预算工作。\n分管单位：预算股、国库股\n联系单位：县税务局\n';
    const { dataset } = importText(text);
    expect(titled(dataset)).to.deep.equal([
      ['张三', ['局长']],
      ['李四', ['副局长']],
    ]);
    expect(supervised(dataset, '张三')).to.deep.equal(['办公室']);
    expect(supervised(dataset, '李四')).to.deep.equal(['预算股', '国库股']);
    expect(person(dataset, '李四').liaisons!.map((l) => l.text?.zh)).to.deep.equal(['县税务局']);
  });

  it("gives a record's posts to no one else, takes a contact person for no leader, keeps leaders around", () => {
    const text =
      '某某县财政局领导分工\n局长张三同志主持全面工作，分管办公室。\n\n姓名：王五\n职务：副局长\n分工：分管国库股。\n\n' +
      '姓名：某某单位\n职务：副局长\n\n信息公开工作联系人\n姓名：王芳\n电话：0571-12345678\n';
    const { dataset } = importText(text);
    expect(titled(dataset)).to.deep.equal([
      ['张三', ['局长']],
      ['王五', ['副局长']],
    ]);
  });

  it("ends a leader's text at a contact field, and reads the 分工 after résumé lines", () => {
    const text =
      '某某县财政局领导信息\n张三  局长\n出生年月：1970年1月\n主持全面工作，分管办公室。\n联系电话：0571-12345678\n';
    const { dataset } = importText(text);
    expect(supervised(dataset, '张三')).to.deep.equal(['办公室']);
    expect(person(dataset, '张三').liaisons ?? []).to.deep.equal([]);
  });

  it("keeps a résumé under a leader's name line out of the leader's 分工", () => {
    const text = '领导之窗\n张三  局长\n简历：男，汉族，1970年1月生。\n工作分工：主持局全面工作。\n';
    const { dataset, report } = importText(text, { name: '某局' });
    expect(person(dataset, '张三').portfolio!.zh).to.equal('主持局全面工作。');
    expect(person(dataset, '张三').resume!.zh).to.equal('男，汉族，1970年1月生。');
    expect(report.entries.filter((e) => e.kind === 'unplaced')).to.deep.equal([]);
  });

  it('reads leaders written as profiles: a name, a résumé in prose with 现任 posts, then what they do', () => {
    const text =
      '某某市自然资源和规划局领导简介\n\n张三\n男，汉族，1970年1月生，江苏苏州人，研究生学历。现任市自然资源和规划局党组书记、局长。\n' +
      '负责局全面工作。分管办公室、财务处。\n\n李四，女，1975年3月生，大学学历。现任党组成员、副局长。\n分管耕地保护处。\n';
    const { dataset, report } = importText(text);
    expect(dataset.people.map((p) => [p.name.zh, p.posts.map((t) => t.title.zh), p.portfolio?.zh])).to.deep.equal([
      ['张三', ['市自然资源和规划局党组书记', '局长'], '负责局全面工作。'],
      ['李四', ['党组成员', '副局长'], undefined],
    ]);
    expect(supervised(dataset, '张三')).to.deep.equal(['办公室', '财务处']);
    expect(supervised(dataset, '李四')).to.deep.equal(['耕地保护处']);
    // Each résumé is its leader's, whole and word for word, the 现任 sentence included.
    expect(dataset.people.map((p) => p.resume?.zh)).to.deep.equal([
      '男，汉族，1970年1月生，江苏苏州人，研究生学历。现任市自然资源和规划局党组书记、局长。',
      '女，1975年3月生，大学学历。现任党组成员、副局长。',
    ]);
    expect(report.entries.filter((e) => e.kind === 'unplaced')).to.deep.equal([]);
  });

  it("reads a profile's posts from a line of titles beside the name, and a résumé of dated lines", () => {
    const text =
      '领导之窗\n局长\n赵六\n女，1972年8月出生。\n负责局全面工作，分管办公室。\n\n' +
      '钱七　副局长\n（男，1975.03出生）\n1995.07—2000.03  某某大学学习\n2000.03—2010.05  任某某局科员、负责文秘工作\n' +
      '分管财务科、审计科。\n\n孙八\n党组成员、副局长\n1970年2月生，大学学历。\n协助局长分管人事工作。\n' +
      '主办单位：某某市人民政府\n';
    const { dataset, report } = importText(text, { name: '某局' });
    expect(titled(dataset)).to.deep.equal([
      ['赵六', ['局长']],
      ['钱七', ['副局长']],
      ['孙八', ['党组成员', '副局长']],
    ]);
    // A career line that mentions 负责 is still the résumé; the 分管 after it is the leader's.
    expect(supervised(dataset, '钱七')).to.deep.equal(['财务科', '审计科']);
    // A résumé of dated lines keeps a line per entry.
    expect(person(dataset, '钱七').resume!.zh).to.equal(
      '（男，1975.03出生）\n1995.07—2000.03  某某大学学习\n2000.03—2010.05  任某某局科员、负责文秘工作',
    );
    expect([person(dataset, '赵六'), person(dataset, '孙八')].map((p) => p.resume?.zh)).to.deep.equal([
      '女，1972年8月出生。',
      '1970年2月生，大学学历。',
    ]);
    expect(report.entries.filter((e) => e.kind === 'unplaced').map((e) => e.text)).to.deep.equal([
      '主办单位：某某市人民政府',
    ]);
  });

  it('reads a 分工 list of name lines, each followed by its titles and duties, once per leader', () => {
    const text =
      '8月17日，省政府网站公布了新的省政府领导同志分工。省长马兴瑞主持省政府全面工作。\n具体分工如下：\n' +
      '马兴瑞\n省长，主持省政府全面工作。负责审计方面工作。\n林少春\n常务副省长，负责财政、税务方面工作。\n' +
      '李春生\n副省长兼任省公安厅厅长，负责公安、司法方面工作。\n';
    const { dataset } = importText(text, { name: '某省人民政府' });
    expect(dataset.people.map((p) => [p.name.zh, p.posts.map((t) => t.title.zh), p.portfolio?.zh])).to.deep.equal([
      ['马兴瑞', ['省长'], '主持省政府全面工作。负责审计方面工作。'],
      ['林少春', ['常务副省长'], '负责财政、税务方面工作。'],
      ['李春生', ['副省长', '省公安厅厅长'], '负责公安、司法方面工作。'],
    ]);
  });

  it('reads lines of 姓名：职务 and 职务姓名：分工, titles glued to names, and a 负责 or 领导 sentence', () => {
    const list = importText(
      '市政府领导\n- 吴某德：市委副书记，市政府市长、党组书记。\n- 张某锋：市委常委，市政府常务副市长。\n二、背景\n此后的文字。\n',
      { name: '某市人民政府' },
    );
    expect(titled(list.dataset)).to.deep.equal([
      ['吴某德', ['市委副书记', '市政府市长', '党组书记']],
      ['张某锋', ['市委常委', '市政府常务副市长']],
    ]);
    // The text after the list is nobody's portfolio.
    expect(list.report.entries.map((e) => e.text)).to.include('二、背景\n此后的文字。');
    const glued = importText(
      '市长张某宁：主持市政府全面工作。\n常务副市长邬某敏：协助市长日常工作。\n副市长甘新：分管工业工作。\n' +
        '代省长杜某毫领导省政府全面工作。\n副省长韩某文负责交通运输方面工作。\n梁伟发省政府党组副书记，分管公安工作。\n',
      { name: '某省人民政府' },
    );
    expect(titled(glued.dataset)).to.deep.equal([
      ['张某宁', ['市长']],
      ['邬某敏', ['常务副市长']],
      ['甘新', ['副市长']],
      ['杜某毫', ['代省长']],
      ['韩某文', ['副省长']],
      ['梁伟发', ['省政府党组副书记']],
    ]);
  });

  it("reads a profile's titles glued before the name, or its last dated appointment when there is no 现任", () => {
    const text =
      '领导简介\n省民政厅厅长余某东，男，汉族，1967年10月生，在职研究生学历。\n\n' +
      '刘 某\n\n  男，1970年2月生，山东平阴人。曾任某区区长。2011年5月任新疆阿勒泰地委书记。\n';
    const { dataset, report } = importText(text, { name: '某省人民政府' });
    expect(titled(dataset)).to.deep.equal([
      ['余某东', ['省民政厅厅长']],
      ['刘某', ['新疆阿勒泰地委书记']],
    ]);
    // The résumé is kept; the posts taken from its last appointment are flagged for checking.
    const resume = '男，1970年2月生，山东平阴人。曾任某区区长。2011年5月任新疆阿勒泰地委书记。';
    expect(person(dataset, '刘某').resume!.zh).to.equal(resume);
    const check = report.entries.find((e) => e.kind === 'check' && e.text === resume)!;
    expect(check.message.zh).to.contain('刘某的简历没有写“现任”');
  });

  it('reads a text in traditional characters and keeps every word as written', () => {
    const text =
      '某某縣財政局機構職能\n主要職責\n（一）負責全縣財政收支管理。\n內設機構\n（一）辦公室。負責機關日常運轉。\n' +
      '（二）預算股。負責編製年度預算草案。\n領導信息\n盧林\n男，漢族，1963年7月生。現任縣財政局黨組書記、局長。\n' +
      '主持局全面工作，分管辦公室。\n';
    const { dataset, report } = importText(text);
    expect(dataset.organization.name.zh).to.equal('某某縣財政局');
    expect(dataset.organization.duties!.map((d) => d.text.zh)).to.deep.equal(['負責全縣財政收支管理。']);
    expect(names(dataset)).to.deep.equal(['辦公室', '預算股']);
    expect(unit(dataset, '預算股').duties!.map((d) => d.text.zh)).to.deep.equal(['負責編製年度預算草案。']);
    expect(dataset.people.map((p) => [p.name.zh, p.posts.map((t) => t.title.zh), p.portfolio?.zh])).to.deep.equal([
      ['盧林', ['縣財政局黨組書記', '局長'], '主持局全面工作'],
    ]);
    expect(supervised(dataset, '盧林')).to.deep.equal(['辦公室']);
    expect(person(dataset, '盧林').resume!.zh).to.equal('男，漢族，1963年7月生。現任縣財政局黨組書記、局長。');
    expect(report.entries.filter((e) => e.kind === 'unplaced')).to.deep.equal([]);
  });

  it('reads names joined by a middle dot before a résumé, and steps over a contact line above it', () => {
    const text =
      '领导信息\n热合曼·吐尔逊\n男，维吾尔族，1972年6月生。现任县水利局局长。\n主持局全面工作。\n' +
      '古丽娜尔·艾买提，女，维吾尔族，1983年2月生。现任县水利局副局长。\n分管水资源股。\n\n' +
      '王军\n副局长\n联系方式：0736-1234567\n男，汉族，1970年3月生。\n分管办公室。\n';
    const { dataset, report } = importText(text, { name: '某县水利局' });
    expect(titled(dataset)).to.deep.equal([
      ['热合曼·吐尔逊', ['县水利局局长']],
      ['古丽娜尔·艾买提', ['县水利局副局长']],
      ['王军', ['副局长']],
    ]);
    expect(report.entries.map((e) => e.text)).to.include('联系方式：0736-1234567');
  });

  it('gives a 分工 section of 姓名：… lines to the leaders a list named before, and to no one else', () => {
    const text =
      '某某镇班子成员\n张三 党委书记\n李四 党委副书记、镇长\n领导分工\n张三：主持镇党委全面工作。\n' +
      '李四：主持镇政府全面工作，分管党政办公室。\n王五：分管农业农村工作。\n安全生产：负责全镇安全生产工作。\n';
    const { dataset, report } = importText(text, { name: '某某镇人民政府' });
    expect(dataset.people.map((p) => [p.name.zh, p.posts.map((t) => t.title.zh), p.portfolio?.zh])).to.deep.equal([
      ['张三', ['党委书记'], '主持镇党委全面工作。'],
      ['李四', ['党委副书记', '镇长'], '主持镇政府全面工作'],
    ]);
    expect(supervised(dataset, '李四')).to.deep.equal(['党政办公室']);
    // Nobody listed 王五, and 安全生产 is a topic: both lines stay for the report.
    const reported = report.entries.map((e) => e.text).join('\n');
    expect(reported).to.contain('王五：分管农业农村工作。');
    expect(reported).to.contain('安全生产：负责全镇安全生产工作。');
  });

  it('reads a saved portal page: menus and breadcrumbs stay out, a row of links gives units', () => {
    const html =
      '<html><head><title>机构职能_某省商务厅</title></head><body><ul><li><a>网站首页</a></li><li><a>机构职能</a></li>' +
      '<li><a>工作动态</a></li><li><a>统计业务</a></li></ul><div>当前位置：首页-机构职能-</div>' +
      '<div><span>主要职责</span><span>(一)贯彻执行国家方针政策。</span><br>(二)负责全省商务统计。</div>' +
      '<div>内设机构</div><div><a>办公室</a> | <a>人事处</a> | <a>综合处</a></div>' +
      '<div>领导之窗</div><div>罗某权：</div><div>厅长</div><div>胡某乐：</div><div>副厅长，省口岸办主任</div>' +
      '<div>罗某权：</div><div>厅长</div></body></html>';
    const { dataset } = importText(htmlToText(html), { name: '某省商务厅' });
    expect(dataset.organization.duties!.map((d) => d.text.zh)).to.deep.equal([
      '贯彻执行国家方针政策。',
      '负责全省商务统计。',
    ]);
    expect(names(dataset)).to.deep.equal(['办公室', '人事处', '综合处']);
    // The page's menus repeat its list: each leader once.
    expect(titled(dataset)).to.deep.equal([
      ['罗某权', ['厅长']],
      ['胡某乐', ['副厅长', '省口岸办主任']],
    ]);
  });

  it("names the body from a saved page's <title>, and reads 职务姓名（挂职）：…", () => {
    const html =
      '<html><head><title> 领导之窗_ 某某实验区管委会 </title></head><body><div>网站首页</div>' +
      '<p>一、管委会主任许某泽：主持管委会全面工作。</p><p>二、管委会副主任谭某涛（挂职）：负责招商引资工作。</p>' +
      '<p>三、管委会主任助理郭某童（挂职）：协助主任负责口岸工作。</p></body></html>';
    const { dataset } = importText(htmlToText(html));
    expect(dataset.organization.name.zh).to.equal('某某实验区管委会');
    expect(titled(dataset)).to.deep.equal([
      ['许某泽', ['管委会主任']],
      ['谭某涛', ['管委会副主任']],
      ['郭某童', ['管委会主任助理']],
    ]);
  });

  it('takes each name in a traditional text from where it was read, and reads HK and TW punctuation', () => {
    const text =
      '某市海洋局主要職責\n（一）貫徹執行國家關於海洋工作的方針政策。\n領導分工\n局長︰于海\n' +
      '于海︰主持全面工作，分管辦公室。\n副局長 衞明：分管海域管理科。\n熱合曼‧吐爾遜，男，維吾爾族，1972年6月生。現任副局長。\n' +
      '分管執法科。\n';
    const { dataset } = importText(text);
    expect(titled(dataset)).to.deep.equal([
      ['于海', ['局長']],
      ['衞明', ['副局長']],
      ['熱合曼‧吐爾遜', ['副局長']],
    ]);
    expect(supervised(dataset, '于海')).to.deep.equal(['辦公室']);
    // A simplified text with a character the table knows (於) keeps it as written too.
    const simplified = importText('某县审计局关于进一步明确领导分工的通知\n副局长 於进：分管财政审计股。\n').dataset;
    expect(simplified.people.map((p) => p.name.zh)).to.deep.equal(['於进']);
  });

  it('reads founding facts quoted with 「」, and takes no label line above a résumé for a name', () => {
    const founding = importText(
      '某省交通運輸廳職能配置、內設機構和人員編制規定\n' +
        '根據《某省機構改革方案》，設立某省交通運輸廳（加掛「某省港航管理局」牌子），正廳級，為省人民政府組成部門。\n' +
        '主要職責\n（一）負責全省公路規劃。\n',
    ).dataset;
    expect(founding.organization.aliases?.map((a) => a.name.zh)).to.include('某省港航管理局');
    const labelled = importText(
      '领导信息\n张建国\n个人履历\n男，汉族，1968年5月生。现任县交通运输局局长。\n分工：主持局全面工作。\n',
      { name: '某县交通运输局' },
    ).dataset;
    expect(labelled.people.map((p) => [p.name.zh, p.portfolio?.zh])).to.deep.equal([['张建国', '主持局全面工作。']]);
  });

  it("reads a 三定's 第五条 after a 第四条 heading as staffing, not as the last unit's duty", () => {
    const text =
      '某某市应急管理局职能配置、内设机构和人员编制规定\n第一条　根据《某某市机构改革方案》，制定本规定。\n' +
      '第四条　市应急管理局设下列内设机构：\n（一）办公室。负责机关日常运转。\n（二）应急指挥中心。负责应急值守工作。\n' +
      '第五条　市应急管理局机关行政编制40名。\n第六条　本规定由市委机构编制委员会办公室负责解释。\n';
    const { dataset, report } = importText(text);
    expect(names(dataset)).to.deep.equal(['办公室', '应急指挥中心']);
    expect(unit(dataset, '应急指挥中心').duties!.map((d) => d.text.zh)).to.deep.equal(['负责应急值守工作。']);
    expect(dataset.staffing!.quotas.map((q) => [q.label.zh, q.count])).to.deep.equal([['行政编制', 40]]);
    expect(report.entries.map((e) => e.text)).to.include('本规定由市委机构编制委员会办公室负责解释。');
  });

  it("keeps a page's footer out of the last leader's text and the last duty", () => {
    const footer = '主办单位：某某县人民政府办公室\n版权所有 © 某某县人民政府\n';
    const a = importText(`某某县财政局领导分工\n张三  局长\n主持局全面工作，分管办公室。\n${footer}`);
    expect(person(a.dataset, '张三').portfolio!.zh).to.equal('主持局全面工作');
    expect(a.report.entries.map((e) => e.text)).to.include(footer.trim());
    const b = importText(`某某县财政局\n主要职责\n（一）负责财政收支管理。\n（二）承办交办的其他事项。\n${footer}`);
    expect(b.dataset.organization.duties!.map((d) => d.text.zh)).to.deep.equal([
      '负责财政收支管理。',
      '承办交办的其他事项。',
    ]);
  });

  it('reads leaders written as prose: 职务 + 姓名 + 同志', () => {
    const text =
      '某办公室领导分工\n根据工作需要，办公室主任赵强同志主持全面工作，副主任钱进同志分管秘书科和信息科工作。';
    const { dataset } = importText(text, { name: '某办公室' });
    expect(titled(dataset)).to.deep.equal([
      ['赵强', ['办公室主任']],
      ['钱进', ['副主任']],
    ]);
    expect(supervised(dataset, '钱进')).to.deep.equal(['秘书科', '信息科']);
  });

  it('reads a leader table pasted from a spreadsheet (tab-separated)', () => {
    const text = '姓名\t职务\t分管\n孙伟\t局长、党组书记\t办公室、财务科\n周敏\t副局长\t规划科';
    const { dataset } = importText(text, { name: '某局' });
    expect(dataset.people.map((p) => p.name.zh)).to.deep.equal(['孙伟', '周敏']);
    expect(person(dataset, '孙伟').posts.map((p) => p.kind)).to.deep.equal(['administrative', 'party']);
    expect(supervised(dataset, '孙伟')).to.deep.equal(['办公室', '财务科']);
    expect(parseDataset(dataset).ok).to.equal(true);
  });

  it('reports what it cannot place with offset and line:column, and says when nothing has structure', () => {
    const text = '第一行只是说明。\n今天天气很好。';
    const { report } = importText(text);
    const unplaced = report.entries.filter((e) => e.kind === 'unplaced');
    expect(unplaced.map((e) => [e.text, e.offset, e.line, e.column])).to.deep.equal([
      ['第一行只是说明。\n今天天气很好。', 0, 1, 1],
    ]);
    expect(report.usable).to.equal(false);
    expect(report.entries.some((e) => e.kind === 'no-structure')).to.equal(true);
  });

  it('never throws and always gives a dataset parseDataset accepts, whatever the text', () => {
    const inputs = [
      '',
      ' ',
      '\u0000\u0001',
      '（一）（二）（三）',
      '一、'.repeat(5000),
      '分管、、、和和及',
      'a\tb\n\t\t',
      '（'.repeat(10000),
      NOTICE.replace(/\n/g, ''),
    ];
    for (const input of inputs) {
      const { dataset } = importText(input, { name: '某局', asOf: '2024-01-01' });
      expect(parseDataset(dataset).ok, JSON.stringify(input.slice(0, 20))).to.equal(true);
    }
  });

  it('reads 编制 figures with their parts (含…, 其中…) and keeps the paragraph verbatim', () => {
    const text =
      '人员编制\n某局机关行政编制为20名（含工勤编制2名）。领导职数：局长1名，副局长3名；科长8名，其中正科长5名，副科长3名。';
    const { dataset } = importText(text, { name: '某局' });
    const quotas = dataset.staffing!.quotas.map((q) => [
      q.label.zh,
      q.count,
      q.partOf ? dataset.staffing!.quotas.find((p) => p.id === q.partOf)!.label.zh : null,
    ]);
    expect(quotas).to.deep.equal([
      ['行政编制', 20, null],
      ['工勤编制', 2, '行政编制'],
      ['局长', 1, null],
      ['副局长', 3, null],
      ['科长', 8, null],
      ['正科长', 5, '科长'],
      ['副科长', 3, '科长'],
    ]);
    expect(dataset.staffing!.statement!.zh).to.equal(text.slice(5));
  });

  it('refuses a text longer than the limit with a report entry', () => {
    const { report } = importText('（一）综合科负责综合。'.repeat(20), { maxLength: 50 });
    expect(report.entries.map((e) => e.kind)).to.deep.equal(['too-long']);
    expect(report.usable).to.equal(false);
  });
});
