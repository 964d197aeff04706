import { expect } from '@open-wc/testing';
import { importText } from '../../src/import/index.js';
import { names, unit } from './dataset-helpers.js';

// The rules added for tables, towns, PDF copies and one-paragraph duties fire only where they
// should: each case here was a false positive a review found in them.

const duties = (text: string): string[] =>
  importText(text, { name: '某局' }).dataset.organization.duties!.map((d) => d.text.zh);

describe('importText: tables and headings only where they are', () => {
  it('reads a page that ends in a small table of leaders lined up with spaces as a page', () => {
    const text =
      '某某县应急管理局\n主要职责\n（一）负责全县应急管理工作。\n（二）负责安全生产综合监督管理。\n内设机构\n（一）办公室。负责机关日常运转。\n' +
      '领导班子\n姓  名      职  务\n王建国      局长\n';
    const { dataset } = importText(text, {});
    expect(dataset.organization.duties!.length).to.equal(2);
    expect(names(dataset)).to.deep.equal(['办公室']);
  });

  it('still reads a tab table of leaders whose names are not Han surnames', () => {
    const text =
      '某某县民族宗教事务局领导分工\n阿不都热合曼·买买提\t局长\t主持局全面工作\n巴特尔\t副局长\t民族工作股\n';
    expect(importText(text, {}).dataset.people.map((p) => p.name.zh)).to.deep.equal(['阿不都热合曼·买买提', '巴特尔']);
  });

  it('reads a 分工 cell of unit names ending in 。 as the 分管 list', () => {
    const text = '姓名\t职务\t分管\n王建国\t局长\t办公室、人事股、财务股。\n';
    const { dataset } = importText(text, { name: '某局' });
    expect(dataset.people[0]!.supervises!.length).to.equal(3);
  });

  it('keeps （一）办公室。主要职责：… a unit of its own, not the organisation’s duties heading', () => {
    const text = '某局\n内设机构\n（一）办公室。主要职责：负责机关日常运转。\n（二）预算股。主要职责：负责编制预算。\n';
    const { dataset } = importText(text, {});
    expect(names(dataset)).to.deep.equal(['办公室', '预算股']);
    expect(dataset.organization.duties ?? []).to.deep.equal([]);
  });

  it('takes no duty line ending in 业务科室 or 镇领导 for a heading', () => {
    expect(duties('主要职责\n负责协调中心各业务科室\n负责全局财务管理工作。\n')).to.have.length(2);
  });

  it('reads no people from 副县长：文化、旅游、体育工作', () => {
    const text = '某某县人民政府领导分工\n县长：王建国，主持县政府全面工作。\n副县长：文化、旅游、体育工作。\n';
    expect(importText(text, {}).dataset.people.map((p) => p.name.zh)).to.deep.equal(['王建国']);
  });

  it('names no body 现任 or 走进…示范镇, and lets a title on the second line beat a site’s name above it', () => {
    expect(importText('现任领导班子成员\n局长：王建国\n', {}).dataset.organization.name.zh).to.equal('未命名机构');
    const headline = '走进美丽乡村建设示范镇\n主要职责\n（一）负责全县农业农村发展。\n';
    expect(importText(headline, {}).dataset.organization.name.zh).to.equal('未命名机构');
    const site = '三河镇\n三河镇农业综合服务中心主要职责\n1.负责农业技术推广工作。\n2.负责动植物疫病防控。\n';
    expect(importText(site, {}).dataset.organization.name.zh).to.equal('三河镇农业综合服务中心');
  });
});

describe('importText: one duty stays one duty', () => {
  it('does not cut a duty at a ； inside brackets or in a list of its parts after a colon', () => {
    expect(duties('主要职责\n负责审计（包括：一般公共预算；政府性基金预算；国有资本经营预算）。\n')).to.have.length(1);
    expect(duties('主要职责\n贯彻执行财政法规，具体包括：拟订规划；起草文件；组织实施改革。\n')).to.have.length(1);
  });

  it('does not cut a paragraph of facts (…为事业单位；机构规格为正科级；…) into duties', () => {
    expect(
      duties('主要职责\n县档案馆为县委直属事业单位；机构规格为正科级；核定事业编制8名。\n负责档案保管。\n'),
    ).to.have.length(2);
  });

  it('reads no units from a list that ends a sentence begun on the line above', () => {
    const text = '内设机构\n防汛抗旱股：负责防汛抗旱日常工作，配合单位为\n县水利局、县气象局、县自然资源局。\n';
    expect(names(importText(text, { name: '某局' }).dataset)).to.deep.equal(['防汛抗旱股']);
  });

  it('keeps a note’s footnotes (注：①…②…) out of the duties', () => {
    const text = '主要职责\n一、贯彻执行档案法①。\n二、负责保管档案②。\n注：①2020年修订。②含民国档案。\n';
    expect(duties(text)).to.have.length(2);
  });
});

describe('importText: page numbers and names above duties', () => {
  it('keeps a repeated duty line after a page number, and a page reference inside a sentence', () => {
    const text =
      '内设机构\n（一）办公室。负责机关日常运转；\n完成局领导交办的其他工作事项。\n- 3 -\n（二）建设股。负责公路建设管理；\n' +
      '完成局领导交办的其他工作事项。\n（三）会务股。负责会议材料（共3页，第1页为议程）的印发。\n';
    const { dataset } = importText(text, { name: '某局' });
    expect(unit(dataset, '建设股').duties!.map((d) => d.text.zh)).to.include('完成局领导交办的其他工作事项。');
    expect(unit(dataset, '会务股').duties![0]!.text.zh).to.contain('共3页，第1页为议程');
  });

  it('reads units whose names stand on a line above their duties, under a breadcrumb or 内设机构职责', () => {
    const crumb = '首页 > 机构概况 > 内设机构\n办公室\n负责机关日常运转。\n规划股\n负责拟订规划政策。\n';
    expect(names(importText(crumb, { name: '某局' }).dataset)).to.deep.equal(['办公室', '规划股']);
    const heading =
      '某某县自然资源局内设机构职责\n办公室\n负责机关日常运转。\n承担文电工作。\n规划股\n负责拟订规划政策。\n';
    const { dataset } = importText(heading, {});
    expect(unit(dataset, '办公室').duties!.map((d) => d.text.zh)).to.deep.equal([
      '负责机关日常运转。',
      '承担文电工作。',
    ]);
  });
});
