import { expect } from '@open-wc/testing';
import suzhou from '../../data/suzhou-land-resources-bureau.json';
import { parseDataset } from '../../src/model/parse-dataset.js';
import { schemaValidator } from '../helpers/ajv.js';
import { smallDataset } from '../fixtures/small-dataset.js';
import { v2Dataset, v2DatasetWithResume } from '../fixtures/v2-dataset.js';

describe('schemaVersion 2: compatible additions', () => {
  it('keeps every schemaVersion 1 dataset valid unchanged, the bundled one included', async () => {
    const validate = await schemaValidator();
    for (const data of [suzhou, smallDataset()]) {
      expect(data.schemaVersion).to.equal(1);
      expect(parseDataset(data).issues).to.deep.equal([]);
      expect(validate(data), JSON.stringify(validate.errors)).to.equal(true);
    }
  });

  it('accepts a schemaVersion 2 dataset that uses every addition, and ajv agrees', async () => {
    const validate = await schemaValidator();
    const data = v2DatasetWithResume();
    expect(parseDataset(data).issues).to.deep.equal([]);
    expect(validate(data), JSON.stringify(validate.errors)).to.equal(true);
    const parsed = parseDataset(data).dataset!;
    expect(parsed.people[0]!.liaisons![1]).to.deep.equal({ text: { zh: '区人大' } });
    expect(parsed.people[0]!.resume!.zh.split('\n')).to.have.length(3);
    expect(parsed.units[1]!.heads![0]!.name).to.deep.equal({ zh: '赵刚' });
  });

  it('answers a dataset from a newer version with one issue instead of a list of unknown fields', () => {
    const data = v2Dataset();
    data.schemaVersion = 7;
    data.units[0].panel = 'new';
    data.people[0].mentors = [];
    const result = parseDataset(data);
    expect(result.issues.length).to.equal(1);
    expect(result.issues[0]!.code).to.equal('newer-version');
    expect(result.issues[0]!.message.en).to.contain('needs a newer gov-org-elements (schemaVersion 7)');
    expect(result.issues[0]!.message.zh).to.contain('需要更新版本的 gov-org-elements');
  });

  // Each v2 addition, put into a dataset that says schemaVersion 1, and the field the issue names.
  const features: [string, (d: Record<string, any>) => void, string][] = [
    [
      'organisation aliases',
      (d) => {
        d.organization.aliases = [{ name: { zh: '某局' }, kind: 'short' }];
      },
      '/organization/aliases',
    ],
    [
      'unit heads',
      (d) => {
        d.units[0].heads = [{ name: { zh: '赵刚' } }];
      },
      '/units/0/heads',
    ],
    [
      'non-unit 分管 items',
      (d) => {
        d.people[0].supervisesOther = [{ text: { zh: '党群工作' } }];
      },
      '/people/0/supervisesOther',
    ],
    [
      '联系',
      (d) => {
        d.people[0].liaisons = [{ unitId: 'office' }];
      },
      '/people/0/liaisons',
    ],
    [
      'a résumé',
      (d) => {
        d.people[0].resume = { zh: '男，1968年5月生。' };
      },
      '/people/0/resume',
    ],
    [
      'a non-leadership post',
      (d) => {
        d.people[1].posts[0].kind = 'non-leadership';
      },
      '/people/1/posts/0/kind',
    ],
    [
      'the body of a post',
      (d) => {
        d.people[1].posts[0].body = { zh: '省国防科工办' };
      },
      '/people/1/posts/0/body',
    ],
    [
      'a rank remark',
      (d) => {
        d.people[1].posts[0].rankRemark = { zh: '正厅长级' };
      },
      '/people/1/posts/0/rankRemark',
    ],
    [
      '协助 without a person',
      (d) => {
        d.people[1].assists = [{ scope: { zh: '审计工作' } }];
      },
      '/people/1/assists/0',
    ],
    [
      'whom assisted, as written',
      (d) => {
        d.people[1].assists[0].whom = { zh: '局长' };
      },
      '/people/1/assists/0/whom',
    ],
    [
      "a source's 文号",
      (d) => {
        d.sources[0].number = '示〔2024〕1号';
      },
      '/sources/0/number',
    ],
    [
      "a source's date",
      (d) => {
        d.sources[0].date = '2024-01-02';
      },
      '/sources/0/date',
    ],
  ];
  for (const [what, add, path] of features) {
    it(`names the field when ${what} appear in a dataset that says schemaVersion 1`, () => {
      const data = smallDataset();
      add(data);
      const result = parseDataset(data);
      expect(result.issues.map((i) => [i.path, i.code])).to.deep.equal([[path, 'version-feature']]);
      expect(result.issues[0]!.message.en).to.contain(path).and.contain('set schemaVersion to 2');
      data.schemaVersion = 2;
      expect(parseDataset(data).issues).to.deep.equal([]);
    });
  }

  it('accepts 29 February in leap years only, and line breaks and tabs in text', () => {
    for (const [date, ok] of [
      ['2024-02-29', true],
      ['2000-02-29', true],
      ['2023-02-29', false],
      ['2100-02-29', false],
      ['2024-04-31', false],
      ['2024-12-31', true],
    ] as const) {
      const data = smallDataset();
      data.asOf = date;
      expect(parseDataset(data).ok, date).to.equal(ok);
    }
    const data = smallDataset();
    data.organization.duties[0].text.zh = '负责：\n\t自然资源管理。';
    expect(parseDataset(data).ok).to.equal(true);
  });
});
