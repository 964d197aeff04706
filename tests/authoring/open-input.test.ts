import { expect } from '@open-wc/testing';
import { countContents, openInput } from '../../src/authoring/index.js';
import { suzhou } from './helpers.js';

const TEXT = '内设机构\n（一）办公室。负责文电、会务工作。\n（二）财务科。负责财务管理。\n';
// The same text saved as GBK, as many government .txt files are.
const GBK = new Uint8Array([
  196, 218, 201, 232, 187, 250, 185, 185, 10, 163, 168, 210, 187, 163, 169, 176, 236, 185, 171, 202, 210, 161, 163, 184,
  186, 212, 240, 206, 196, 181, 231, 161, 162, 187, 225, 206, 241, 185, 164, 215, 247, 161, 163, 10, 163, 168, 182, 254,
  163, 169, 178, 198, 206, 241, 191, 198, 161, 163, 184, 186, 212, 240, 178, 198, 206, 241, 185, 220, 192, 237, 161,
  163, 10,
]);

const unitNames = (opened: ReturnType<typeof openInput>) =>
  opened.kind === 'refused' ? [] : opened.dataset.units.map((u) => u.name.zh);

describe('openInput', () => {
  it('imports pasted text', () => {
    const opened = openInput(TEXT);
    expect(opened.kind).to.equal('import');
    expect(unitNames(opened)).to.deep.equal(['办公室', '财务科']);
  });

  it('reads a GBK .txt file as the same text', () => {
    const opened = openInput(GBK, '三定.txt');
    expect(opened.kind === 'import' && opened.encoding).to.equal('gb18030');
    expect(unitNames(opened)).to.deep.equal(['办公室', '财务科']);
  });

  it('reads a saved HTML page without its scripts', () => {
    const html =
      '<html><head><script>var x = "（三）假科。";</script></head>' +
      '<body><p>内设机构</p><p>（一）办公室。负责文电、会务工作。</p><p>（二）财务科。负责财务管理。</p></body></html>';
    expect(unitNames(openInput(new TextEncoder().encode(html), 'page.html'))).to.deep.equal(['办公室', '财务科']);
  });

  it('opens a dataset JSON as it is, unknown fields and all', () => {
    const raw = { ...suzhou(), futureField: { kept: true } };
    const opened = openInput(new TextEncoder().encode(JSON.stringify(raw)), 'bureau.json');
    expect(opened.kind).to.equal('dataset');
    if (opened.kind !== 'dataset') return;
    expect(opened.dataset).to.deep.equal(raw);
    expect(opened.issues.map((i) => i.code)).to.deep.equal(['unknown-field']);
  });

  it('opens the bundled dataset with no issues', () => {
    const opened = openInput(JSON.stringify(suzhou(), null, 2));
    expect(opened.kind === 'dataset' && opened.issues).to.deep.equal([]);
  });

  it('refuses empty input, binary files, broken JSON and JSON that is not a dataset, saying why', () => {
    const cases = [
      openInput('  \n '),
      openInput(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), 'photo.txt'),
      openInput('{"organization": ', 'broken.json'),
      openInput('[1, 2, 3]', 'list.json'),
      openInput('{"name": "x"}'),
    ];
    expect(cases.map((c) => c.kind)).to.deep.equal(['refused', 'refused', 'refused', 'refused', 'refused']);
    for (const c of cases) if (c.kind === 'refused') expect(c.reason.zh).to.not.equal('');
    expect(cases[1]!.kind === 'refused' && cases[1]!.reason.en).to.contain('photo.txt');
  });

  it('gives text with no structure to the importer, whose report says so', () => {
    const opened = openInput('今天天气很好，我们去公园散步。');
    expect(opened.kind).to.equal('import');
    if (opened.kind !== 'import') return;
    expect(opened.report.entries.length).to.be.greaterThan(0);
  });

  it('counts what a dataset holds', () => {
    expect(countContents(suzhou())).to.deep.equal({
      units: 22,
      duties: 16 + 85,
      leaders: 8,
      supervisions: 20,
      sources: 3,
    });
  });
});
