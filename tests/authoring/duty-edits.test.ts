import { expect } from '@open-wc/testing';
import {
  addDuty,
  dutiesOfOwner,
  mergeDuties,
  removeDuty,
  setDutyText,
  splitDuty,
  splitPoint,
} from '../../src/authoring/index.js';
import { frozen, issuesOf, suzhou } from './helpers.js';

const office = { unitId: 'general-office' } as const;

describe('duty edits', () => {
  it('edits a duty of a unit and of the organisation without touching the input', () => {
    const before = frozen(suzhou());
    const d = setDutyText(before, office, 1, ' 负责新闻宣传工作； ');
    expect(dutiesOfOwner(d, office)[1]!.text.zh).to.equal('负责新闻宣传工作；');
    const org = setDutyText(before, 'organization', 0, '新的第一条。');
    expect(org.organization.duties![0]!.text.zh).to.equal('新的第一条。');
    expect(org.organization.duties![0]!.number).to.deep.equal(before.organization.duties![0]!.number);
  });

  it('splits a duty at a caret into two, the number staying with the first', () => {
    const text = dutiesOfOwner(suzhou(), office)[0]!.text.zh;
    const at = text.indexOf('行政事务');
    const result = splitDuty(suzhou(), office, 0, at);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const duties = dutiesOfOwner(result.dataset, office);
    expect(duties).to.have.length(5);
    expect(duties[0]!.text.zh + duties[1]!.text.zh).to.equal(text);
    expect(issuesOf(result.dataset)).to.deep.equal([]);
  });

  it('merging a split duty back gives the original dataset, English included', () => {
    const before = suzhou();
    const first = before.organization.duties![0]!;
    const split = splitDuty(before, 'organization', 0, 6);
    if (!split.ok) throw new Error('setup');
    expect(split.dataset.organization.duties![0]!.text.en).to.equal(first.text.en);
    expect(split.dataset.organization.duties![1]!.text.en).to.equal(undefined);
    const merged = mergeDuties(split.dataset, 'organization', 0);
    expect(merged.ok && merged.dataset).to.deep.equal(before);
  });

  it('refuses to split at the very start or end, and to merge the last duty', () => {
    const text = dutiesOfOwner(suzhou(), office)[0]!.text.zh;
    expect(splitDuty(suzhou(), office, 0, 0).ok).to.equal(false);
    expect(splitDuty(suzhou(), office, 0, text.length).ok).to.equal(false);
    expect(splitDuty(suzhou(), office, 9, 2).ok).to.equal(false);
    expect(mergeDuties(suzhou(), office, 3).ok).to.equal(false);
  });

  it('merges two duties: Chinese run together, English joined with a space', () => {
    const result = mergeDuties(suzhou(), 'organization', 0);
    if (!result.ok) throw new Error('merge');
    const [a, b] = suzhou().organization.duties!;
    expect(result.dataset.organization.duties![0]!.text).to.deep.equal({
      zh: a!.text.zh + b!.text.zh,
      en: `${a!.text.en} ${b!.text.en}`,
    });
    expect(result.dataset.organization.duties).to.have.length(suzhou().organization.duties!.length - 1);
  });

  it('finds a split point: the caret inside the text, else after the first sentence end', () => {
    expect(splitPoint('甲乙；丙丁。', 2)).to.equal(2);
    expect(splitPoint('甲乙；丙丁。', 0)).to.equal(3);
    expect(splitPoint('甲乙；丙丁。', 6)).to.equal(3);
    expect(splitPoint('甲乙丙丁。')).to.equal(undefined);
    expect(splitPoint('甲乙丙丁')).to.equal(undefined);
  });

  it('adds an empty duty for the webmaster to fill in, which validation then points at', () => {
    const d = addDuty(suzhou(), office);
    expect(dutiesOfOwner(d, office)).to.have.length(5);
    expect(issuesOf(d).some((line) => line.startsWith('/units/0/duties/4/text/zh'))).to.equal(true);
  });

  it('removes a duty, and the duties field with the last one', () => {
    let d = suzhou();
    for (let i = 0; i < 4; i++) d = removeDuty(d, office, 0);
    expect('duties' in d.units[0]!).to.equal(false);
    expect(issuesOf(d)).to.deep.equal([]);
  });

  it('gives a unit without duties its first duty', () => {
    const d = addDuty(suzhou(), { unitId: 'gusu-branch' }, '负责姑苏区国土资源管理。');
    expect(dutiesOfOwner(d, { unitId: 'gusu-branch' })).to.deep.equal([{ text: { zh: '负责姑苏区国土资源管理。' } }]);
  });
});
