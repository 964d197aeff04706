import { expect } from '@open-wc/testing';
import { importText } from '../../src/import/index.js';
import type { Dataset } from '../../src/model/types.js';

// 简历: every form a 领导信息 page writes a résumé in ends up in the leader's `resume`, verbatim.

const resumeOf = (d: Dataset, name: string): string | undefined => d.people.find((p) => p.name.zh === name)?.resume?.zh;
const unplaced = (r: ReturnType<typeof importText>['report']): string[] =>
  r.entries.filter((e) => e.kind === 'unplaced').map((e) => e.text);

describe('importText: résumés', () => {
  it("reads a record's résumé fields, a 简历 over the dated lines below it, and joins a wrapped line", () => {
    const text =
      '领导信息\n\n姓名：张三\n职务：局长、党组书记\n出生年月：1970年1月\n籍贯：江苏苏州\n简历：\n' +
      '1992.07—1998.03　苏州市国土局科员\n1998.03—2010.06　苏州市国土局副处长、处长\n2010.06—　苏州市国土局副局长，\n' +
      '　　后任局长\n分工：主持局全面工作。分管办公室。\n\n' +
      '姓名：李四\n职务：副局长\n性别：男　　民族：汉族\n分工：负责耕地保护工作。\n';
    const { dataset, report } = importText(text, { name: '某局' });
    expect(resumeOf(dataset, '张三')).to.equal(
      '出生年月：1970年1月\n籍贯：江苏苏州\n1992.07—1998.03　苏州市国土局科员\n' +
        '1998.03—2010.06　苏州市国土局副处长、处长\n2010.06—　苏州市国土局副局长，后任局长',
    );
    // Fields side by side on one line keep the space between them.
    expect(resumeOf(dataset, '李四')).to.equal('性别：男　　民族：汉族');
    expect(dataset.people.map((p) => p.portfolio?.zh)).to.deep.equal(['主持局全面工作。', '负责耕地保护工作。']);
    expect(dataset.schemaVersion).to.equal(2);
    expect(unplaced(report)).to.deep.equal([]);
  });

  it("reads résumé fields before and after a leader's 分工 under a name line", () => {
    const text =
      '某局领导\n\n王五　局长\n简历：男，汉族，1971年3月生，江苏南京人，研究生学历。\n分工：主持局全面工作。\n\n' +
      '赵六　副局长\n分工：负责规划工作。分管规划处。\n出生年月：1975年5月\n籍贯：浙江杭州\n';
    const { dataset, report } = importText(text, { name: '某局' });
    expect(resumeOf(dataset, '王五')).to.equal('男，汉族，1971年3月生，江苏南京人，研究生学历。');
    expect(resumeOf(dataset, '赵六')).to.equal('出生年月：1975年5月\n籍贯：浙江杭州');
    // The fields after the 分工 are not part of it.
    expect(dataset.people.map((p) => p.portfolio?.zh)).to.deep.equal(['主持局全面工作。', '负责规划工作。']);
    expect(unplaced(report).filter((t) => /出生|籍贯|简历/.test(t))).to.deep.equal([]);
  });

  it("keeps a profile's sentences on their lines, and drops a 简历 label that stands alone", () => {
    const text =
      '领导简介\n\n孙七\n简历\n男，汉族，1968年5月生，江苏苏州人，中共党员。\n曾任苏州市国土资源局副局长。\n' +
      '现任苏州市自然资源和规划局局长。\n负责局全面工作。\n';
    const { dataset, report } = importText(text, { name: '某局' });
    expect(resumeOf(dataset, '孙七')).to.equal(
      '男，汉族，1968年5月生，江苏苏州人，中共党员。\n曾任苏州市国土资源局副局长。\n现任苏州市自然资源和规划局局长。',
    );
    expect(dataset.people[0]!.portfolio?.zh).to.equal('负责局全面工作。');
    expect(unplaced(report)).to.deep.equal([]);
  });

  it('gives back a traditional résumé as written, its line breaks kept', () => {
    const text =
      '領導信息\n\n姓名：盧林\n職務：局長\n簡歷：\n1985.07—1990.03　縣財政局科員\n1990.03—　縣財政局副局長\n' +
      '分工：主持局全面工作。\n';
    const { dataset } = importText(text, { name: '某縣財政局' });
    expect(resumeOf(dataset, '盧林')).to.equal('1985.07—1990.03　縣財政局科員\n1990.03—　縣財政局副局長');
  });

  it('keeps only the first résumé of a leader named twice; the second stays in the report', () => {
    const text =
      '领导信息\n\n姓名：张三\n职务：局长\n简历：男，1970年1月生。\n分工：主持全面工作。\n\n' +
      '姓名：张三\n职务：党组书记\n简历：1992年参加工作。\n';
    const { dataset, report } = importText(text, { name: '某局' });
    expect(dataset.people).to.have.length(1);
    expect(resumeOf(dataset, '张三')).to.equal('男，1970年1月生。');
    const second = report.entries.find((e) => e.text === '1992年参加工作。')!;
    expect(second.kind).to.equal('unplaced');
    expect(second.message.zh).to.contain('张三的又一段简历');
  });
});
