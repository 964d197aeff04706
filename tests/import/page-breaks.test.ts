import { expect } from '@open-wc/testing';
import { importText } from '../../src/import/index.js';
import { blankPageBreaks } from '../../src/import/page-breaks.js';
import { unit } from './dataset-helpers.js';

// Text copied out of a PDF: page numbers and a running header at every page break.

const TITLE = '某某市生态环境局职能配置、内设机构和人员编制规定';

describe('blankPageBreaks', () => {
  it('blanks page numbers and the running header after them, keeping every offset', () => {
    const text = `${TITLE}\n（一）负责甲。\n— 1 —\n\n（二）负责乙。第 2 页 共 3 页${TITLE}\n（三）负责丙。`;
    const blanked = blankPageBreaks(text);
    expect(blanked.length).to.equal(text.length);
    expect(blanked.split('\n').length).to.equal(text.split('\n').length);
    expect(blanked).not.to.match(/— 1 —|第 2 页|共 3 页/);
    // The title on the first line stays; its copy at the page break goes.
    expect(blanked.startsWith(TITLE)).to.equal(true);
    expect(blanked.split(TITLE).length).to.equal(2);
  });

  it('leaves numbers that are not page numbers: a fraction alone, a number inside a sentence', () => {
    const text = '比例为\n1/2\n（一）编制 3 名，第 2 页所列事项除外。';
    expect(blankPageBreaks(text)).to.equal(text);
  });
});

describe('importText on a PDF copy', () => {
  it('reads an item across a page break, with no page number or header in its text', () => {
    const text =
      `${TITLE}\n一、主要职责\n（一）负责建立健全生态环境基本制度，会同有关部门拟订\n— 1 —\n${TITLE}\n` +
      '全市生态环境政策。\n（二）负责环境污染防治的监督管理。\n二、内设机构\n（一）办公室。负责机关日常运转。\n' +
      `第 2 页 共 3 页${TITLE}\n（二）法规科。起草规章草案。\n`;
    const { dataset, report } = importText(text, {});
    expect(dataset.organization.duties!.map((d) => d.text.zh)).to.deep.equal([
      '负责建立健全生态环境基本制度，会同有关部门拟订全市生态环境政策。',
      '负责环境污染防治的监督管理。',
    ]);
    expect(unit(dataset, '办公室').duties!.map((d) => d.text.zh)).to.deep.equal(['负责机关日常运转。']);
    expect(report.entries.filter((e) => e.kind === 'unplaced')).to.deep.equal([]);
  });
});
