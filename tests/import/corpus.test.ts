import { expect } from '@open-wc/testing';
import { importText } from '../../src/import/index.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import { Converter } from 'opencc-js/cn2t';
import type { Dataset } from '../../src/model/types.js';
import { bodyOf, corpusF1, CORPUS, scoreImport, type Expected, type TextScore } from './score-import.js';

/** The thresholds of issue 11 §5, over the corpus of real texts in tests/fixtures/import-corpus/. */
describe('the importer on the corpus of real texts', () => {
  const scores: { name: string; score: TextScore }[] = [];

  before(async () => {
    for (const name of CORPUS) {
      const text = bodyOf(await (await fetch(`/tests/fixtures/import-corpus/${name}.txt`)).text());
      const expected = (await (await fetch(`/tests/fixtures/import-corpus/${name}.expected.json`)).json()) as Expected;
      const { dataset, report } = importText(text, expected.nameOption ? { name: expected.nameOption } : {});
      expect(parseDataset(dataset).ok, `${name} gives a valid dataset`).to.equal(true);
      scores.push({ name, score: scoreImport(text, expected, dataset, report) });
    }
  });

  it('finds units and people with F1 ≥ 0.95 and 分管 links with F1 ≥ 0.90', () => {
    expect(corpusF1(scores.map((s) => s.score.units))).to.be.at.least(0.95);
    expect(corpusF1(scores.map((s) => s.score.people))).to.be.at.least(0.95);
    expect(corpusF1(scores.map((s) => s.score.links))).to.be.at.least(0.9);
  });

  it("puts the organisation's second names and 联系 in the dataset (schemaVersion 2) with F1 ≥ 0.90", () => {
    expect(corpusF1(scores.map((s) => s.score.relations))).to.be.at.least(0.9);
  });

  it("puts units under the right parent (≥ 0.90) and finds every text's duties", () => {
    for (const { name, score } of scores) {
      expect(score.parents, name).to.be.at.least(0.9);
      expect(score.duties.found, name).to.equal(score.duties.expected);
    }
  });

  it('copies every Chinese string from the text, and accounts for ≥ 99% of each text', () => {
    for (const { name, score } of scores) {
      expect(score.notVerbatim, name).to.deep.equal([]);
      expect(score.coverage, name).to.be.at.least(0.99);
    }
  });

  it('reads each text written in traditional characters as in simplified, and quotes it as written', async () => {
    const toTraditional = Converter({ from: 'cn', to: 'tw' });
    // What a reader sees of a dataset: its shape and the length of every name and duty.
    const shape = (d: Dataset): unknown => ({
      units: d.units.map((u) => [u.name.zh.length, u.parentId, u.duties?.length ?? 0]),
      people: d.people.map((p) => [p.name.zh.length, p.posts.length, p.supervises?.length ?? 0]),
      duties: (d.organization.duties ?? []).map((duty) => duty.text.zh.length),
    });
    for (const name of CORPUS) {
      const simplified = bodyOf(await (await fetch(`/tests/fixtures/import-corpus/${name}.txt`)).text());
      const traditional = toTraditional(simplified);
      expect(traditional, name).not.to.equal(simplified);
      const a = importText(simplified);
      const b = importText(traditional);
      expect(shape(b.dataset), name).to.deep.equal(shape(a.dataset));
      const source = traditional.replace(/\s+/g, '');
      const composed = new Set(b.report.composed.map((c) => c.text.replace(/\s+/g, '')));
      const zh = JSON.stringify(b.dataset).match(/"zh":"[^"]*"/g) ?? [];
      const quoted = zh.map((s) => (JSON.parse(`{${s}}`) as { zh: string }).zh.replace(/\s+/g, ''));
      expect(
        quoted.filter((s) => s !== '未命名机构' && !source.includes(s) && !composed.has(s)),
        name,
      ).to.deep.equal([]);
    }
  });
});
