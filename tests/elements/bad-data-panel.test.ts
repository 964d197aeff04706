import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/org-chart.js';
import '../../src/define/duty-list.js';
import suzhou from '../../data/suzhou-land-resources-bureau.json';
import type { DutyList } from '../../src/elements/duty-list/duty-list.js';
import type { OrgChart } from '../../src/elements/org-chart/org-chart.js';
import type { OrgErrorEvent } from '../../src/events.js';
import { badFixtures } from '../fixtures/bad-datasets.js';
import { smallDataset } from '../fixtures/small-dataset.js';
import { watchUncaught } from '../helpers/wait.js';

// A corpus of broken dataset files, each served to <org-chart src> as a file would be (bytes
// through a blob: URL): each ends in the element's own panel naming the place and the problem,
// with no uncaught error, while a <duty-list> beside it keeps working.

interface Corpus {
  mistake: string;
  body: () => BlobPart;
  path: string;
  mentions: readonly string[];
}

const json = (value: unknown): string => JSON.stringify(value);
const withData = (change: (d: Record<string, any>) => void): string => {
  const d = smallDataset();
  change(d);
  return json(d);
};
const MEGABYTE = '长'.repeat(1_000_000);
const nested = (depth: number, open: string, close: string, inner = '0'): string =>
  open.repeat(depth) + inner + close.repeat(depth);

const extraCorpus: Corpus[] = [
  { mistake: 'an empty file', body: () => '', path: '/', mentions: ['数据为空'] },
  { mistake: 'a file of blank lines', body: () => '\n\n   \n', path: '/', mentions: ['数据为空'] },
  { mistake: 'an HTML page', body: () => '<!doctype html><p>页面不存在</p>', path: '/', mentions: ['不是有效的 JSON'] },
  {
    mistake: 'JSON cut off inside a Chinese string',
    body: () => json(smallDataset()).slice(0, 300),
    path: '/',
    mentions: ['不是有效的 JSON'],
  },
  { mistake: 'a JSON string instead of an object', body: () => '"苏州市国土资源局"', path: '/', mentions: ['对象'] },
  { mistake: 'a number instead of an object', body: () => '42', path: '/', mentions: ['对象'] },
  { mistake: 'true instead of an object', body: () => 'true', path: '/', mentions: ['对象'] },
  {
    mistake: 'a raw NUL byte inside a string',
    body: () => withData((d) => (d.units[0].name.zh = 'X')).replace('"X"', '"A\u0000B"'),
    path: '/',
    mentions: ['不是有效的 JSON'],
  },
  {
    mistake: 'a byte-order mark before broken JSON',
    body: () => '\ufeff{"schemaVersion": 1,',
    path: '/',
    mentions: ['不是有效的 JSON'],
  },
  {
    mistake: 'a file saved as GBK',
    body: () => new Uint8Array([...new TextEncoder().encode('{"asOf": "'), 0xcb, 0xd5, 0xd6, 0xdd, 0x22, 0x7d]),
    path: '/',
    mentions: ['UTF-8', 'GBK'],
  },
  {
    mistake: 'a lone continuation byte',
    body: () => new Uint8Array([0x7b, 0x80, 0x7d]),
    path: '/',
    mentions: ['第 1 个字节'],
  },
  {
    mistake: 'a megabyte-long organisation name',
    body: () => withData((d) => (d.organization.name.zh = MEGABYTE)),
    path: '/organization/name/zh',
    mentions: ['1000000'],
  },
  {
    mistake: 'a megabyte-long id',
    body: () => withData((d) => (d.units[0].id = 'a'.repeat(1_000_000))),
    path: '/units/0/id',
    mentions: ['/units/0/id'],
  },
  {
    mistake: '100,000 nested arrays in an unknown field',
    body: () => withData((d) => (d.extra = 'NESTED')).replace('"NESTED"', nested(100_000, '[', ']')),
    path: '/',
    mentions: [],
  },
  {
    mistake: '10,000 nested objects as a name',
    body: () => withData((d) => (d.units[0].name = 'NESTED')).replace('"NESTED"', nested(10_000, '{"a":', '}')),
    path: '/units/0/name',
    mentions: [],
  },
  {
    mistake: 'a parent chain 100 units deep',
    body: () =>
      withData((d) => {
        d.units = Array.from({ length: 100 }, (_, i) => ({
          id: `u${i}`,
          parentId: i === 0 ? 'demo-bureau' : `u${i - 1}`,
          kind: 'other',
          name: { zh: `单位${i}` },
        }));
        d.people = [];
        d.notes = [];
      }),
    path: '/units/',
    mentions: ['64'],
  },
  {
    mistake: '5,000 units all with the same id',
    body: () =>
      withData((d) => {
        d.units = Array.from({ length: 5000 }, () => ({
          id: 'same',
          parentId: 'demo-bureau',
          kind: 'other',
          name: { zh: '同名' },
        }));
        d.people = [];
        d.notes = [];
      }),
    path: '/units/1/id',
    mentions: ['same', '另有'],
  },
  {
    mistake: 'a key given twice (JSON keeps the second)',
    body: () => withData(() => undefined).replace('"schemaVersion":1,', '"schemaVersion":1,"schemaVersion":"1",'),
    path: '/schemaVersion',
    mentions: [],
  },
  {
    mistake: 'a number too big for a double (1e999)',
    body: () => withData(() => undefined).replace('"schemaVersion":1', '"schemaVersion":1e999'),
    path: '/schemaVersion',
    mentions: [],
  },
];

const corpus: Corpus[] = [
  ...badFixtures.map((f) => ({
    mistake: f.mistake,
    body: () => {
      const input = f.input();
      return typeof input === 'string' ? input : json(input);
    },
    path: f.path || '/',
    mentions: f.mentions,
  })),
  ...extraCorpus,
];

describe('broken dataset files', () => {
  const uncaught = watchUncaught();

  it(`is a corpus of at least 30 (${corpus.length})`, () => expect(corpus.length).to.be.at.least(30));

  corpus.forEach((item, i) => {
    it(`${i + 1}. ${item.mistake}: the chart shows the problem, the duty list beside it still works`, async () => {
      const url = URL.createObjectURL(new Blob([item.body()], { type: 'application/json' }));
      const errors: OrgErrorEvent[] = [];
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"
          @org-error=${(e: OrgErrorEvent) => errors.push(e)}>
          <org-chart src=${url}></org-chart><duty-list .data=${suzhou}></duty-list></div>`);
        const chart = wrapper.querySelector<OrgChart>('org-chart')!;
        const duties = wrapper.querySelector<DutyList>('duty-list')!;
        const start = performance.now();
        while (!chart.querySelector('[part~="error"]') && performance.now() - start < 8000)
          await new Promise((r) => setTimeout(r, 20));
        const panel = chart.querySelector('[part~="error"]');
        expect(panel, 'error panel').to.exist;
        expect(panel!.getAttribute('role')).to.equal('alert');
        const text = panel!.textContent!;
        expect(text).to.contain(item.path);
        for (const word of item.mentions) expect(text).to.contain(word);
        expect(text.length, 'the panel stays readable (long values are cut)').to.be.below(6000);
        expect(chart.querySelector('[role="tree"]')).to.equal(null);
        expect(errors).to.have.length(1);
        expect(errors[0]!.detail.kind).to.equal('data');
        // The neighbour is untouched and still answers the user.
        const input = duties.querySelector<HTMLInputElement>('[part~="filter-input"]')!;
        input.value = '耕地';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await duties.updateComplete;
        expect(duties.querySelector('[part~="filter-status"]')!.textContent).to.match(/\d/);
        expect(duties.querySelectorAll('mark').length).to.be.greaterThan(0);
        expect(uncaught.messages).to.deep.equal([]);
      } finally {
        URL.revokeObjectURL(url);
      }
    });
  });
});
