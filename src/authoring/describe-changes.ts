import type { Dataset, LocalText } from '../model/types.js';
import { dutiesOfOwner } from './duty-edits.js';
import { both, ORGANIZATION_FIELD_LABELS, UNIT_KIND_LABELS } from './labels.js';
import { ORGANIZATION_TEXT_FIELDS, type Change, type DutyOwner } from './types.js';

const q = (s: string): string => `“${s}”`;
const names = (list: readonly { zh: string; en: string }[], lang: 'zh' | 'en'): string =>
  list.length === 0 ? (lang === 'zh' ? '无人' : 'no one') : list.map((n) => n[lang]).join(lang === 'zh' ? '、' : ', ');

/**
 * What changed from `before` (the version that was opened) to `after`, in the words of the person
 * who signs the dataset off: leaders added or removed, 分管 moved from whom to whom, duties edited,
 * units moved or renamed. Empty when nothing changed that the forms edit.
 */
export function describeChanges(before: Dataset, after: Dataset): Change[] {
  const changes: Change[] = [];
  const add = (kind: Change['kind'], zh: string, en: string): void => {
    changes.push({ kind, text: { zh, en } });
  };

  for (const field of [...ORGANIZATION_TEXT_FIELDS, 'website'] as const) {
    const [a, b] = [before.organization[field], after.organization[field]];
    const [za, zb] = [typeof a === 'string' ? a : (a?.zh ?? ''), typeof b === 'string' ? b : (b?.zh ?? '')];
    const label = ORGANIZATION_FIELD_LABELS[field];
    if (za !== zb)
      add(
        'organization',
        `机构${label.zh}：${q(za)} → ${q(zb)}`,
        `Organisation ${label.en.toLowerCase()}: ${q(za)} → ${q(zb)}`,
      );
  }
  if (before.asOf !== after.asOf)
    add('as-of', `数据日期：${before.asOf} → ${after.asOf}`, `As-of date: ${before.asOf} → ${after.asOf}`);

  const unitName = (d: Dataset, id: string) =>
    id === d.organization.id ? both(d.organization.name) : both(d.units.find((u) => u.id === id)?.name);
  for (const unit of before.units) {
    const now = after.units.find((u) => u.id === unit.id);
    const n = both(unit.name);
    if (!now) {
      add('unit-removed', `删除机构 ${q(n.zh)}`, `Unit removed: ${q(n.en)}`);
      continue;
    }
    const m = both(now.name);
    if (now.name.zh !== unit.name.zh)
      add('unit-renamed', `机构 ${q(n.zh)} 改名为 ${q(m.zh)}`, `Unit ${q(n.en)} renamed ${q(m.en)}`);
    if (now.parentId !== unit.parentId) {
      const [from, to] = [unitName(before, unit.parentId), unitName(after, now.parentId)];
      add(
        'unit-moved',
        `${q(m.zh)} 从 ${q(from.zh)} 下移到 ${q(to.zh)} 下`,
        `${q(m.en)} moved from under ${q(from.en)} to under ${q(to.en)}`,
      );
    }
    if (now.kind !== unit.kind) {
      const [from, to] = [UNIT_KIND_LABELS[unit.kind], UNIT_KIND_LABELS[now.kind]];
      add('unit-kind', `${q(m.zh)} 的类别：${from?.zh} → ${to?.zh}`, `${q(m.en)} kind: ${from?.en} → ${to?.en}`);
    }
    const [aa, ab] = [
      (unit.aliases ?? []).map((a) => a.zh).join('、'),
      (now.aliases ?? []).map((a) => a.zh).join('、'),
    ];
    if (aa !== ab)
      add('unit-aliases', `${q(m.zh)} 的其他名称：${q(aa)} → ${q(ab)}`, `${q(m.en)} other names: ${q(aa)} → ${q(ab)}`);
  }
  for (const unit of after.units) {
    if (before.units.some((u) => u.id === unit.id)) continue;
    const [n, p] = [both(unit.name), unitName(after, unit.parentId)];
    add('unit-added', `新增机构 ${q(n.zh)}（在 ${q(p.zh)} 下）`, `Unit added: ${q(n.en)} (under ${q(p.en)})`);
  }

  const owners: DutyOwner[] = [
    'organization',
    ...after.units.filter((u) => before.units.some((b) => b.id === u.id)).map((u) => ({ unitId: u.id })),
  ];
  for (const owner of owners) {
    const [a, b] = [
      dutiesOfOwner(before, owner).map((d) => d.text.zh),
      dutiesOfOwner(after, owner).map((d) => d.text.zh),
    ];
    if (a.join('\n') === b.join('\n')) continue;
    const removed = a.filter((t) => !b.includes(t)).length;
    const added = b.filter((t) => !a.includes(t)).length;
    const who = owner === 'organization' ? { zh: '本机构', en: 'the organisation' } : unitName(after, owner.unitId);
    add(
      'duties',
      `${who.zh === '本机构' ? '本机构' : q(who.zh)}的职责：删去或改写 ${removed} 条，新写 ${added} 条，现共 ${b.length} 条`,
      `Duties of ${owner === 'organization' ? who.en : q(who.en)}: ` +
        `${removed} removed or rewritten, ${added} new, now ${b.length} in all`,
    );
  }

  for (const person of before.people) {
    const now = after.people.find((p) => p.id === person.id);
    const n = both(person.name);
    if (!now) {
      add('leader-removed', `删除领导 ${n.zh}`, `Leader removed: ${n.en}`);
      continue;
    }
    const m = both(now.name);
    if (now.name.zh !== person.name.zh)
      add('leader-renamed', `领导 ${n.zh} 改名为 ${m.zh}`, `Leader ${n.en} renamed ${m.en}`);
    const [pa, pb] = [person.posts.map((p) => p.title.zh).join('、'), now.posts.map((p) => p.title.zh).join('、')];
    if (pa !== pb) add('leader-posts', `${m.zh} 的职务：${q(pa)} → ${q(pb)}`, `${m.en}'s posts: ${q(pa)} → ${q(pb)}`);
    if ((person.portfolio?.zh ?? '') !== (now.portfolio?.zh ?? ''))
      add('leader-portfolio', `${m.zh} 的工作分工已修改`, `${m.en}'s portfolio was edited`);
    if ((person.resume?.zh ?? '') !== (now.resume?.zh ?? ''))
      add('leader-resume', `${m.zh} 的简历已修改`, `${m.en}'s résumé was edited`);
  }
  for (const person of after.people) {
    if (before.people.some((p) => p.id === person.id)) continue;
    const [n, posts] = [both(person.name), person.posts.map((p) => p.title.zh).join('、')];
    add(
      'leader-added',
      `新增领导 ${n.zh}${posts ? `（${posts}）` : ''}`,
      `Leader added: ${n.en}${posts ? ` (${posts})` : ''}`,
    );
  }

  const supervisors = (d: Dataset, unitId: string) =>
    d.people.filter((p) => p.supervises?.some((s) => s.unitId === unitId)).map((p) => both(p.name));
  for (const id of new Set([...before.units, ...after.units].map((u) => u.id))) {
    const [a, b] = [supervisors(before, id), supervisors(after, id)];
    if (a.map((n) => n.zh).join() === b.map((n) => n.zh).join()) continue;
    const unit = after.units.some((u) => u.id === id) ? unitName(after, id) : unitName(before, id);
    add(
      'supervision',
      `${q(unit.zh)} 的分管领导：${names(a, 'zh')} → ${names(b, 'zh')}`,
      `${q(unit.en)} supervised by: ${names(a, 'en')} → ${names(b, 'en')}`,
    );
  }

  const sourceKey = (s: Dataset['sources'][number]) => [s.title.zh, s.publisher?.zh, s.url, s.retrieved].join('\u0000');
  for (const source of before.sources) {
    const now = after.sources.find((s) => s.id === source.id);
    const t = both(source.title);
    if (!now) add('source-removed', `删除来源 ${q(t.zh)}`, `Source removed: ${q(t.en)}`);
    else if (sourceKey(now) !== sourceKey(source))
      add('source-edited', `来源 ${q(both(now.title).zh)} 已修改`, `Source ${q(both(now.title).en)} was edited`);
  }
  for (const source of after.sources) {
    if (!before.sources.some((s) => s.id === source.id))
      add('source-added', `新增来源 ${q(source.title.zh)}`, `Source added: ${q(both(source.title).en)}`);
  }
  return changes;
}

/** The changes as lines of one language, for a plain-text sign-off sheet. */
export const changeLines = (changes: readonly Change[], lang: keyof LocalText): string[] =>
  changes.map((c) => c.text[lang] ?? c.text.zh);
