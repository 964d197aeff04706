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

  it('still reads a tab-separated table of leaders as leaders', () => {
    const text = '姓名\t职务\t分管工作\n王建国\t党组书记、局长\t办公室\n李明\t副局长\t规划股、执法监察大队\n';
    const { dataset } = importText(text, { name: '某局' });
    expect(dataset.people.map((p) => p.name.zh)).to.deep.equal(['王建国', '李明']);
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
