import { expect } from '@open-wc/testing';
import { isProduced, trustDataset } from '../../src/model/trusted.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import { smallDataset } from '../fixtures/small-dataset.js';

describe('trustDataset', () => {
  it('freezes a checked dataset in place, all the way down, and returns it as a result', () => {
    const input = smallDataset();
    const result = trustDataset(input);
    expect(result.ok).to.equal(true);
    expect(result.issues).to.deep.equal([]);
    expect(result.dataset).to.equal(input);
    for (const part of [input, input.units, input.units[1]!, input.units[1]!.name, input.people[0]!.posts])
      expect(Object.isFrozen(part)).to.equal(true);
  });

  it('marks the dataset, so parseDataset hands it back without checking it', () => {
    const trusted = trustDataset({ not: 'a dataset', but: ['trusted'] }).dataset!;
    expect(isProduced(trusted)).to.equal(true);
    const again = parseDataset(trusted);
    expect(again.ok).to.equal(true);
    expect(again.dataset).to.equal(trusted);
  });

  it('knows what parseDataset produced, and nothing else', () => {
    const input = smallDataset();
    const { dataset } = parseDataset(input);
    expect(isProduced(dataset)).to.equal(true);
    expect(isProduced(input)).to.equal(false);
    expect(isProduced(JSON.parse(JSON.stringify(dataset)))).to.equal(false);
    for (const value of [undefined, null, 0, 'text', true]) expect(isProduced(value)).to.equal(false);
  });
});

describe('the model modules every page loads', () => {
  it('trusted.ts imports no check code: only deepFreeze, which imports nothing', async () => {
    const importsOf = async (file: string): Promise<string[]> => {
      const source = await (await fetch(new URL(`../../src/model/${file}`, import.meta.url))).text();
      return [...source.matchAll(/(?:from|import)\s*['"]([^'"]+)['"]/g)].map((m) =>
        m[1]!.replace(/\?.*/, '').replace(/\.ts$/, '.js'),
      );
    };
    const trusted = await importsOf('trusted.ts');
    expect(trusted.filter((path) => path !== './types.js')).to.deep.equal(['./deep-freeze.js']);
    expect(await importsOf('deep-freeze.ts')).to.deep.equal([]);
  });
});
