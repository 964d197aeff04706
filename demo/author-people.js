// The authoring page's forms for leaders (name, posts, portfolio, 分管 picked from the units) and
// for sources and the as-of date. Like author-forms.js: build from the dataset, edit via ctx.apply.
import * as A from '../lib/authoring/index.js';
import { button, field, h, input, select, textarea, uid } from './author-dom.js';
import { details, pick, unitsInTreeOrder } from './author-forms.js';

/** The posts of one leader as rows; any change re-reads every row of this leader. */
function postsEditor(ctx, person) {
  const { t, lang } = ctx;
  const key = A.fieldKey({ area: 'person', id: person.id, field: 'posts' });
  const kinds = Object.entries(A.POST_KIND_LABELS).map(([value, label]) => [value, label[lang]]);
  const rows = [];
  const commit = (drop) => {
    ctx.pendingPosts.delete(person.id);
    ctx.apply(
      A.setLeaderPosts(
        ctx.dataset,
        person.id,
        rows.filter((_, i) => i !== drop).map((r) => ({ kind: r.kind.value, zh: r.title.value })),
      ),
      `${key}:add`,
    );
  };
  const legendId = uid('posts');
  // A new post is a row in the form until it has a title; the dataset only holds named posts.
  const shown = ctx.pendingPosts.has(person.id)
    ? [...person.posts, { kind: 'administrative', title: { zh: '' } }]
    : person.posts;
  shown.forEach((post, i) => {
    const kind = select(kinds, post.kind, () => commit(), {
      'aria-label': `${t.postKind} ${i + 1}`,
      'data-focus': `${key}:${i}:kind`,
    });
    const title = input(post.title.zh, () => commit(), {
      'aria-label': `${t.postTitle} ${i + 1}`,
      'data-focus': `${key}:${i}:title`,
    });
    const remove = button(t.removePost, () => commit(i), {
      'aria-label': `${t.removePost} ${i + 1}`,
      'data-focus': `${key}:${i}:remove`,
    });
    rows.push({ kind, title, el: h('li', { class: 'post-row' }, kind, title, remove) });
  });
  const issues = ctx.issuesFor(key).map((text) => h('p', { class: 'field-issue' }, text));
  const add = () => {
    ctx.pendingPosts.add(person.id);
    ctx.rerender(`${key}:${rows.length}:title`);
  };
  return h(
    'fieldset',
    { class: issues.length ? 'posts field--invalid' : 'posts', 'data-field': key, 'aria-labelledby': legendId },
    h('legend', { id: legendId }, t.posts),
    h(
      'ul',
      { class: 'post-rows' },
      rows.map((r) => r.el),
    ),
    ...issues,
    button(t.addPost, add, { 'data-focus': `${key}:add` }),
  );
}

/** 分管 as checkboxes over the units, in tree order; a change re-reads the whole group. */
function supervisionEditor(ctx, person) {
  const { t, lang, dataset } = ctx;
  const key = A.fieldKey({ area: 'person', id: person.id, field: 'supervises' });
  const picked = new Set((person.supervises ?? []).map((s) => s.unitId));
  const boxes = [];
  const items = unitsInTreeOrder(dataset).map(({ unit, depth }) => {
    const box = h('input', { type: 'checkbox', value: unit.id, id: uid('sv'), 'data-focus': `${key}:${unit.id}` });
    box.checked = picked.has(unit.id);
    box.addEventListener('change', () =>
      ctx.apply(
        A.setSupervision(
          ctx.dataset,
          person.id,
          boxes.filter((b) => b.checked).map((b) => b.value),
        ),
      ),
    );
    boxes.push(box);
    return h('li', { class: `depth-${Math.min(depth, 4)}` }, box, h('label', { for: box.id }, pick(unit.name, lang)));
  });
  const issues = ctx.issuesFor(key).map((text) => h('p', { class: 'field-issue' }, text));
  return h(
    'fieldset',
    { class: issues.length ? 'supervision field--invalid' : 'supervision', 'data-field': key },
    h('legend', {}, t.supervises),
    h('ul', { class: 'checkbox-grid' }, items),
    ...issues,
  );
}

/** A leader's verbatim text (工作分工, 简历) as a textarea, with the issues the check found in it. */
function textField(ctx, person, name, set, rows) {
  const key = A.fieldKey({ area: 'person', id: person.id, field: name });
  return field({
    key,
    label: ctx.t[name],
    control: textarea(person[name]?.zh, (v) => ctx.apply(set(ctx.dataset, person.id, v)), { rows }),
    issues: ctx.issuesFor(key),
  });
}

export function renderLeaders(ctx) {
  const { t, dataset, lang } = ctx;
  const items = dataset.people.map((person, index) => {
    const key = (f) => A.fieldKey({ area: 'person', id: person.id, field: f });
    const posts = person.posts.map((p) => pick(p.title, lang)).join(lang === 'en' ? ', ' : '、') || t.noPosts;
    const flagged = ['name', 'posts', 'portfolio', 'resume', 'supervises', 'other'].some(
      (f) => ctx.issuesFor(key(f)).length,
    );
    return h(
      'li',
      {},
      details(
        ctx,
        `person:${person.id}`,
        h(
          'span',
          {},
          pick(person.name, lang) || '—',
          h('span', { class: 'summary-meta' }, ` · ${posts}`),
          flagged ? h('span', { class: 'summary-issue' }, ' ⚠') : undefined,
        ),
        field({
          key: key('name'),
          label: `${t.zhField(t.personName)}${t.required}`,
          control: input(person.name.zh, (v) => ctx.apply(A.setLeaderName(ctx.dataset, person.id, v))),
          issues: [...ctx.issuesFor(key('name')), ...ctx.issuesFor(key('other'))],
        }),
        field({
          key: `person:${person.id}:name-en`,
          label: t.en(t.personName),
          control: input(
            person.name.en,
            (v) =>
              ctx.apply(
                A.setLeaderName(ctx.dataset, person.id, ctx.dataset.people.find((p) => p.id === person.id).name.zh, v),
              ),
            { lang: 'en' },
          ),
        }),
        postsEditor(ctx, person),
        textField(ctx, person, 'portfolio', A.setPortfolio, 3),
        textField(ctx, person, 'resume', A.setResume, 4),
        supervisionEditor(ctx, person),
        h(
          'div',
          { class: 'item-actions' },
          index > 0
            ? button(t.moveUp, () => ctx.apply(A.moveLeader(ctx.dataset, person.id, -1), `${key('name')}:up`), {
                'data-focus': `${key('name')}:up`,
              })
            : undefined,
          index < dataset.people.length - 1
            ? button(t.moveDown, () => ctx.apply(A.moveLeader(ctx.dataset, person.id, 1), `${key('name')}:down`), {
                'data-focus': `${key('name')}:down`,
              })
            : undefined,
          button(t.removeLeader, () => ctx.apply(A.removeLeader(ctx.dataset, person.id), 'person-add:name'), {
            class: 'button button--danger',
            'data-focus': `${key('name')}:remove`,
          }),
        ),
      ),
    );
  });
  const name = input('', () => {}, { 'data-focus': 'person-add:name' });
  const add = () => {
    if (!name.value.trim()) return name.focus();
    const { dataset: next, id } = A.addLeader(ctx.dataset, name.value);
    ctx.open.add(`person:${id}`);
    ctx.apply(next, `person:${id}:posts:add`);
  };
  name.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') add();
  });
  return h(
    'section',
    { class: 'author-part', 'aria-labelledby': 'leaders-title' },
    h('h3', { id: 'leaders-title' }, `${t.leadersTitle} · ${dataset.people.length}`),
    items.length ? h('ul', { class: 'author-list' }, items) : h('p', {}, t.noLeaders),
    h(
      'div',
      { class: 'add-row' },
      field({ key: 'person-add', label: t.newLeader, control: name }),
      button(t.addLeader, add, { 'data-focus': 'person-add:button' }),
    ),
  );
}

export function renderSources(ctx) {
  const { t, dataset } = ctx;
  const items = dataset.sources.map((source, i) => {
    const key = (f) => A.fieldKey({ area: 'source', id: source.id, field: f });
    const text = (f, label) =>
      field({
        key: key(f),
        label,
        control: input(source[f]?.zh, (v) => ctx.apply(A.setSourceText(ctx.dataset, source.id, f, v))),
        issues: ctx.issuesFor(key(f)),
      });
    const value = (f, label, type) =>
      field({
        key: key(f),
        label,
        control: input(source[f], (v) => ctx.apply(A.setSourceValue(ctx.dataset, source.id, f, v)), {
          type,
          lang: 'en',
        }),
        issues: ctx.issuesFor(key(f)),
      });
    return h(
      'li',
      {},
      h(
        'fieldset',
        { class: 'source' },
        h('legend', {}, t.source(i + 1)),
        text('title', `${t.sourceTitle}${t.required}`),
        text('publisher', t.publisher),
        h('div', { class: 'field-grid' }, value('url', t.url, 'url'), value('retrieved', t.retrieved, 'date')),
        ctx.issuesFor(key('other')).map((m) => h('p', { class: 'field-issue' }, m)),
        h(
          'div',
          { class: 'item-actions' },
          button(t.removeSource, () => ctx.apply(A.removeSource(ctx.dataset, source.id), 'source-add:name'), {
            class: 'button button--danger',
            'data-focus': `${key('title')}:remove`,
          }),
        ),
      ),
    );
  });
  const name = input('', () => {}, { 'data-focus': 'source-add:name' });
  const add = () => {
    if (!name.value.trim()) return name.focus();
    const { dataset: next, id } = A.addSource(ctx.dataset, name.value);
    ctx.apply(next, `source:${id}:publisher`);
  };
  name.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') add();
  });
  return h(
    'section',
    { class: 'author-part', 'aria-labelledby': 'sources-title' },
    h('h3', { id: 'sources-title' }, t.sourcesTitle),
    field({
      key: 'as-of',
      label: `${t.asOf}${t.required}`,
      control: input(dataset.asOf, (v) => ctx.apply(A.setAsOf(ctx.dataset, v)), { type: 'date' }),
      issues: ctx.issuesFor('as-of'),
    }),
    h('ul', { class: 'author-list' }, items),
    h(
      'div',
      { class: 'add-row' },
      field({ key: 'source-add', label: t.newSource, control: name }),
      button(t.addSource, add, { 'data-focus': 'source-add:button' }),
    ),
  );
}
