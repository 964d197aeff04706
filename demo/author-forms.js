// The authoring page's forms: organisation facts, units, leaders, sources. Each function builds
// one part of the form from the working dataset; every change goes through ctx.apply with a new
// dataset made by the pure edits in lib/authoring, and the page then renders everything again.
import * as A from '../lib/authoring/index.js';
import { button, field, h, input, select, textarea } from './author-dom.js';

export const pick = (text, lang) => (lang === 'en' ? (text?.en ?? text?.zh) : text?.zh) ?? '';

/** A collapsible part whose open state survives re-rendering. */
export function details(ctx, key, summary, ...body) {
  const el = h(
    'details',
    { class: 'author-item', 'data-open-key': key, open: ctx.open.has(key) },
    h('summary', {}, summary),
    ...body,
  );
  el.addEventListener('toggle', () => (el.open ? ctx.open.add(key) : ctx.open.delete(key)));
  return el;
}

/** Units in tree order (parents before their children), each with its depth. */
export function unitsInTreeOrder(dataset) {
  const known = new Set(dataset.units.map((u) => u.id));
  const out = [];
  const visit = (parentId, depth) => {
    for (const unit of dataset.units) {
      if (unit.parentId !== parentId || out.some((o) => o.unit === unit)) continue;
      out.push({ unit, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(dataset.organization.id, 0);
  // Units whose parent is missing (invalid data) still get a form, at the top level.
  for (const unit of dataset.units)
    if (!out.some((o) => o.unit === unit) && !known.has(unit.parentId)) {
      out.push({ unit, depth: 0 });
      visit(unit.id, 1);
    }
  return out;
}

function dutyEditor(ctx, owner, heading) {
  const { t, dataset } = ctx;
  const ownerKey = owner === 'organization' ? 'organization' : `unit/${owner.unitId}`;
  const duties = A.dutiesOfOwner(dataset, owner);
  const items = duties.map((duty, i) => {
    const key = A.fieldKey({ area: 'duty', owner, index: i });
    const area = textarea(duty.text.zh, (value) => ctx.apply(A.setDutyText(ctx.dataset, owner, i, value)), { rows: 3 });
    const split = () => {
      const at = A.splitPoint(area.value, area.selectionStart === area.selectionEnd ? area.selectionStart : undefined);
      ctx.applyResult(
        A.splitDuty(ctx.dataset, owner, i, at ?? 0),
        t.splitRefused,
        A.fieldKey({ area: 'duty', owner, index: i + 1 }),
      );
    };
    const number = duty.number ? `${pick(duty.number, ctx.lang)} ` : '';
    return h(
      'li',
      { class: 'duty' },
      field({ key, label: `${t.duty(i + 1)}${number ? ` ${number}` : ''}`, control: area, issues: ctx.issuesFor(key) }),
      h(
        'div',
        { class: 'duty-actions' },
        button(t.split, split, { 'data-focus': `${key}:split` }),
        i < duties.length - 1
          ? button(t.mergeNext, () => ctx.applyResult(A.mergeDuties(ctx.dataset, owner, i), t.mergeRefused, key), {
              'data-focus': `${key}:merge`,
            })
          : undefined,
        button(t.removeDuty, () => ctx.apply(A.removeDuty(ctx.dataset, owner, i), `duty-add:${ownerKey}`), {
          'data-focus': `${key}:remove`,
        }),
      ),
    );
  });
  return h(
    'div',
    { class: 'duty-editor' },
    h('h4', {}, heading),
    items.length ? h('p', { class: 'field-hint' }, t.splitHint) : undefined,
    h('ol', { class: 'duties' }, items),
    button(t.addDuty, () => ctx.apply(A.addDuty(ctx.dataset, owner), `duty:${ownerKey}:${duties.length}`), {
      'data-focus': `duty-add:${ownerKey}`,
    }),
  );
}

export function renderOrganization(ctx) {
  const { t, dataset, lang } = ctx;
  const org = dataset.organization;
  const labels = A.ORGANIZATION_FIELD_LABELS;
  const fact = (name, long = false) => {
    const key = A.fieldKey({ area: 'organization', field: name });
    const commit = (value) => ctx.apply(A.setOrganizationText(ctx.dataset, name, value));
    const control = long ? textarea(org[name]?.zh, commit) : input(org[name]?.zh, commit);
    return field({
      key,
      label: name === 'name' ? `${t.zhField(labels.name[lang])}${t.required}` : labels[name][lang],
      control,
      issues: ctx.issuesFor(key),
    });
  };
  return h(
    'section',
    { class: 'author-part', 'aria-labelledby': 'org-title' },
    h('h3', { id: 'org-title' }, t.orgTitle),
    fact('name'),
    field({
      key: 'organization:name-en',
      label: t.en(labels.name[lang]),
      control: input(
        org.name.en,
        (v) => ctx.apply(A.setOrganizationText(ctx.dataset, 'name', ctx.dataset.organization.name.zh, v)),
        { lang: 'en' },
      ),
    }),
    h('div', { class: 'field-grid' }, fact('shortName'), fact('rank'), fact('category'), fact('parentGovernment')),
    fact('location'),
    fact('function', true),
    fact('description', true),
    fact('establishment', true),
    field({
      key: 'organization:website',
      label: labels.website[lang],
      control: input(org.website, (v) => ctx.apply(A.setWebsite(ctx.dataset, v)), { type: 'url', lang: 'en' }),
      issues: ctx.issuesFor('organization:website'),
    }),
    details(
      ctx,
      'organization:duties',
      `${t.orgDuties} · ${(org.duties ?? []).length}`,
      dutyEditor(ctx, 'organization', t.orgDuties),
    ),
  );
}

export function renderUnits(ctx) {
  const { t, dataset, lang } = ctx;
  const ordered = unitsInTreeOrder(dataset);
  const kinds = Object.entries(A.UNIT_KIND_LABELS).map(([value, label]) => [value, label[lang]]);
  const items = ordered.map(({ unit, depth }) => {
    const key = (f) => A.fieldKey({ area: 'unit', id: unit.id, field: f });
    const banned = new Set([unit.id, ...A.descendantsOf(dataset, unit.id)]);
    const parents = [
      [dataset.organization.id, t.theOrganization(pick(dataset.organization.name, lang))],
      ...ordered
        .filter((o) => !banned.has(o.unit.id))
        .map((o) => [o.unit.id, `${'　'.repeat(o.depth + 1)}${pick(o.unit.name, lang)}`]),
    ];
    const issues =
      ctx.issuesFor(key('name')).length + ctx.issuesFor(key('parent')).length + ctx.issuesFor(key('other')).length;
    const summary = h(
      'span',
      { class: `unit-summary depth-${Math.min(depth, 4)}` },
      pick(unit.name, lang) || '—',
      h(
        'span',
        { class: 'summary-meta' },
        ` · ${t.unitSummary(A.UNIT_KIND_LABELS[unit.kind]?.[lang] ?? unit.kind, unit.duties?.length ?? 0)}`,
      ),
      issues ? h('span', { class: 'summary-issue' }, ' ⚠') : undefined,
    );
    return h(
      'li',
      {},
      details(
        ctx,
        `unit:${unit.id}`,
        summary,
        field({
          key: key('name'),
          label: `${t.zhField(t.unitName)}${t.required}`,
          control: input(unit.name.zh, (v) => ctx.apply(A.renameUnit(ctx.dataset, unit.id, v))),
          issues: [...ctx.issuesFor(key('name')), ...ctx.issuesFor(key('other'))],
        }),
        field({
          key: `unit:${unit.id}:name-en`,
          label: t.en(t.unitName),
          control: input(
            unit.name.en,
            (v) =>
              ctx.apply(A.renameUnit(ctx.dataset, unit.id, ctx.dataset.units.find((u) => u.id === unit.id).name.zh, v)),
            { lang: 'en' },
          ),
        }),
        field({
          key: key('aliases'),
          label: t.aliases,
          control: textarea(
            (unit.aliases ?? []).map((a) => a.zh).join('\n'),
            (v) => ctx.apply(A.setUnitAliases(ctx.dataset, unit.id, A.linesOf(v))),
            { rows: 2 },
          ),
          issues: ctx.issuesFor(key('aliases')),
        }),
        h(
          'div',
          { class: 'field-grid' },
          field({
            key: key('kind'),
            label: t.kind,
            control: select(kinds, unit.kind, (v) => ctx.apply(A.setUnitKind(ctx.dataset, unit.id, v))),
            issues: ctx.issuesFor(key('kind')),
          }),
          field({
            key: key('parent'),
            label: t.parent,
            control: select(parents, unit.parentId, (v) =>
              ctx.applyResult(A.moveUnit(ctx.dataset, unit.id, v), t.moveRefused, key('parent')),
            ),
            issues: ctx.issuesFor(key('parent')),
          }),
        ),
        dutyEditor(ctx, { unitId: unit.id }, t.dutiesOf(pick(unit.name, lang))),
        h(
          'div',
          { class: 'item-actions' },
          button(t.removeUnit, () => ctx.apply(A.removeUnit(ctx.dataset, unit.id), 'unit-add:name'), {
            class: 'button button--danger',
            'data-focus': `${key('name')}:remove`,
          }),
        ),
      ),
    );
  });
  const name = input('', () => {}, { 'data-focus': 'unit-add:name' });
  const add = () => {
    if (!name.value.trim()) return name.focus();
    const { dataset: next, id } = A.addUnit(ctx.dataset, name.value);
    ctx.open.add(`unit:${id}`);
    ctx.apply(next, `unit:${id}:name`);
  };
  name.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') add();
  });
  return h(
    'section',
    { class: 'author-part', 'aria-labelledby': 'units-title' },
    h('h3', { id: 'units-title' }, `${t.unitsTitle} · ${dataset.units.length}`),
    items.length ? h('ul', { class: 'author-list' }, items) : h('p', {}, t.noUnits),
    h(
      'div',
      { class: 'add-row' },
      field({ key: 'unit-add', label: t.newUnit, control: name }),
      button(t.addUnit, add, { 'data-focus': 'unit-add:button' }),
    ),
  );
}
