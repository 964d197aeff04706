import { expect } from '@open-wc/testing';
import { importText } from '../../src/import/index.js';
import { names, unit } from './dataset-helpers.js';

// Tables pasted as text (Excel, WPS, a PDF's table), and what the report says when nothing is read.

describe('importText on pasted tables', () => {
  it('reads a tab-separated table of units as units with their duties, not as leaders', () => {
    const text =
      '某某县自然资源局内设机构\n科室名称\t主要职责\n办公室\t负责机关日常运转，承担文电、会务工作。\n' +
      '规划股\t负责拟订国土空间规划相关政策。\n执法监察大队\t负责查处自然资源违法案件。\n';
    const { dataset } = importText(text, {});
    expect(dataset.people).to.deep.equal([]);
    expect(names(dataset)).to.deep.equal(['办公室', '规划股', '执法监察大队']);
    expect(unit(dataset, '规划股').duties!.map((d) => d.text.zh)).to.deep.equal(['负责拟订国土空间规划相关政策。']);
  });

  it('reads a Markdown table (| 办公室 | 负责… |) of units, and one of leaders', () => {
    const units =
      '某某县财政局内设机构\n| 科室 | 职责 |\n| --- | --- |\n| 办公室 | 负责机关日常运转。 |\n| 预算股 | 负责编制预算草案。 |\n';
    const a = importText(units, {});
    expect(names(a.dataset)).to.deep.equal(['办公室', '预算股']);
    expect(unit(a.dataset, '预算股').duties!.map((d) => d.text.zh)).to.deep.equal(['负责编制预算草案。']);
    const leaders = '| 姓名 | 职务 | 分管 |\n|---|---|---|\n| 王建国 | 局长 | 办公室 |\n| 李明 | 副局长 | 预算股 |\n';
    const b = importText(leaders, { name: '某局' });
    expect(b.dataset.people.map((p) => p.name.zh)).to.deep.equal(['王建国', '李明']);
  });

  it('still reads a tab-separated table of leaders as leaders', () => {
    const text = '姓名\t职务\t分管工作\n王建国\t党组书记、局长\t办公室\n李明\t副局长\t规划股、执法监察大队\n';
    const { dataset } = importText(text, { name: '某局' });
    expect(dataset.people.map((p) => p.name.zh)).to.deep.equal(['王建国', '李明']);
  });

  it("reads a leader table's 分工 cell as the leader's text: portfolio, then the units after 分管", () => {
    const text =
      '某某县交通运输局领导信息\n姓名\t职务\t分工\n王建国\t党组书记、局长\t主持局全面工作，分管办公室、财务股。\n' +
      '李明\t副局长\t规划股、建设股\n';
    const { dataset } = importText(text, {});
    expect(dataset.organization.name.zh).to.equal('某某县交通运输局');
    const wang = dataset.people.find((p) => p.name.zh === '王建国')!;
    expect(wang.portfolio?.zh).to.equal('主持局全面工作');
    const supervised = (id: string) => dataset.units.find((u) => u.id === id)!.name.zh;
    expect(wang.supervises!.map((s) => supervised(s.unitId))).to.deep.equal(['办公室', '财务股']);
    const li = dataset.people.find((p) => p.name.zh === '李明')!;
    expect(li.supervises!.map((s) => supervised(s.unitId))).to.deep.equal(['规划股', '建设股']);
  });

  it('reads a leader table lined up with spaces: spaced-out names, a 分工 cell wrapped onto the next line', () => {
    const text =
      '某某县应急管理局领导班子成员分工\n姓  名      职  务                  分  工\n' +
      '陈志远      党委书记、局长          主持局全面工作。分管办公室、\n' +
      '                                    政策法规股。\n' +
      '李  明      党委委员、副局长        负责安全生产综合监管工作。分管安全\n' +
      '                                    生产综合协调股。\n';
    const { dataset, report } = importText(text, {});
    expect(dataset.organization.name.zh).to.equal('某某县应急管理局');
    expect(dataset.people.map((p) => [p.name.zh, p.posts.map((t) => t.title.zh)])).to.deep.equal([
      ['陈志远', ['党委书记', '局长']],
      ['李明', ['党委委员', '副局长']],
    ]);
    expect(names(dataset)).to.deep.equal(['办公室', '政策法规股', '安全生产综合协调股']);
    expect(report.entries.filter((e) => e.kind === 'unplaced')).to.deep.equal([]);
  });

  it("leaves a units table's phone column out of the duties, for the report", () => {
    const text = '内设机构\n科室名称\t主要职责\t电话\n办公室\t负责机关日常运转。\t0512-7712001\n';
    const { dataset, report } = importText(text, { name: '某局' });
    expect(unit(dataset, '办公室').duties!.map((d) => d.text.zh)).to.deep.equal(['负责机关日常运转。']);
    expect(report.entries.some((e) => e.kind === 'unplaced' && e.text === '0512-7712001')).to.equal(true);
  });

  it('reads a table whose columns are lined up with spaces, each row numbered', () => {
    const text =
      '某某中学内设机构\n序号    机构名称      主要职责\n1       校长办公室    统筹全校工作，负责文秘、档案。\n' +
      '2       教务处        负责教学计划、考试组织。\n';
    const { dataset, report } = importText(text, {});
    expect(names(dataset)).to.deep.equal(['校长办公室', '教务处']);
    expect(unit(dataset, '校长办公室').duties!.map((d) => d.text.zh)).to.deep.equal(['统筹全校工作，负责文秘、档案。']);
    expect(report.entries.filter((e) => e.kind === 'unplaced')).to.deep.equal([]);
  });
});

describe('the report when no dataset comes out', () => {
  it('shows all the text it read as not placed, and counts none of it as placed', () => {
    const text = '内设机构\n根据工作需要，设置若干内设机构，具体由局党组研究确定。\n';
    const { report } = importText(text, { name: '某局' });
    expect(report.usable).to.equal(false);
    expect(report.coverage.placed).to.equal(0);
    const unplaced = report.entries.filter((e) => e.kind === 'unplaced').map((e) => e.text);
    expect(unplaced.join('\n')).to.contain('具体由局党组研究确定');
  });
});
