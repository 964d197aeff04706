import { expect } from '@open-wc/testing';
import { importText } from '../../src/import/index.js';

// Printed notices: a 三定 issued by a 印发 notice, a 分工 notice with its 版记 line.

const SANDING =
  '中共某某县委办公室 某某县人民政府办公室\n' +
  '关于印发《某某县市场监督管理局职能配置、内设机构和人员编制规定》的通知\n\n' +
  '第一条 为了深入贯彻落实党的十九大精神，制定本规定。\n' +
  '第二条 某某县市场监督管理局是县政府工作部门，为正科级。\n' +
  '第三条 主要职责。\n' +
  '（一）负责市场综合监督管理。贯彻执行国家和省、市市场监督管理有关法\n律法规和政策。\n' +
  '（二）完成县委、县政府交办的其他任务。\n';

describe('importText on printed notices', () => {
  it('names the body of the printed document, not the two offices that issued it', () => {
    const { dataset } = importText(SANDING, {});
    expect(dataset.organization.name.zh).to.equal('某某县市场监督管理局');
  });

  it('reads an article that is only its title (第三条 主要职责。) as the duties heading, items whole', () => {
    const { dataset } = importText(SANDING, {});
    expect(dataset.organization.duties!.map((d) => d.text.zh)).to.deep.equal([
      '负责市场综合监督管理。贯彻执行国家和省、市市场监督管理有关法律法规和政策。',
      '完成县委、县政府交办的其他任务。',
    ]);
  });

  it("ends the last leader's text at the 版记 line (issuer and date 印发 on one line)", () => {
    const text =
      '某某市人民政府关于市政府领导同志工作分工的通知\n' +
      '赵敏副市长：负责教育、科技等工作。分管市教育局、市科技局。\n\n' +
      '某某市人民政府办公室                     2024年2月20日印发\n';
    const { dataset } = importText(text, {});
    const zhao = dataset.people.find((p) => p.name.zh === '赵敏')!;
    expect(zhao.portfolio?.zh ?? '').not.to.contain('印发');
    expect(JSON.stringify(zhao)).not.to.contain('办公室');
  });
});

describe('importText on a portal page with a breadcrumb', () => {
  it('takes no breadcrumb (首页 > 机构概况 > 机构职能) for a heading: the title line below names the body', () => {
    const text =
      '首页 > 机构概况 > 机构职能\n某某县水利局机构职能\n主要职责\n（一）负责保障水资源的合理开发利用。\n（二）负责水利工程建设。\n';
    const { dataset } = importText(text, {});
    expect(dataset.organization.name.zh).to.equal('某某县水利局');
    expect(dataset.organization.duties!.length).to.equal(2);
  });
});
