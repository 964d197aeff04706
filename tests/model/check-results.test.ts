import { expect } from '@open-wc/testing';
import recorded from './check-results.json';
import { checkCases, recordCheck, type CheckRecord } from './check-cases.js';

// What the dataset check says of ~900 inputs, recorded (record-check-results.mjs) before its walks
// were made faster: any change to a verdict, an issue, its order, path, code or values shows here.

describe('the dataset check, against its recorded results', () => {
  const cases = checkCases();
  const expected = recorded as Readonly<Record<string, CheckRecord>>;

  it('has a recorded result for every case and no other', () => {
    expect(cases.map(([name]) => name)).to.deep.equal(Object.keys(expected));
  });

  it('says of every case exactly what it said when the results were recorded', () => {
    const differ: string[] = [];
    for (const [name, input] of cases) {
      const now = recordCheck(input());
      if (JSON.stringify(now) !== JSON.stringify(expected[name]))
        differ.push(`${name}: ${JSON.stringify(now).slice(0, 400)}`);
    }
    expect(differ).to.deep.equal([]);
  });

  it('covers valid and invalid data and every stage of the check', () => {
    const records = Object.values(expected);
    const codes = new Set(records.flatMap((r) => r.issues.map((issue) => issue.split(' ')[1])));
    expect(records.filter((r) => r.ok).length).to.be.above(50);
    for (const code of ['wrong-type', 'bad-format', 'version-feature', 'duplicate-id', 'cycle', 'unknown-source'])
      expect(codes.has(code), code).to.equal(true);
  });
});
