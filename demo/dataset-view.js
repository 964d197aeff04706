// Shows the bundled dataset as readable HTML until the elements take over this page.
// Builds DOM with textContent only: dataset text is never parsed as HTML.
import { getDefaultDataset, pickText, childrenOf, supervisorsOf } from '../dist/gov-org-elements.js';

const ui = {
  'zh-CN': {
    intro: '简介', adjustments: '职责调整', duties: '主要职责', units: '机构设置', staffing: '人员编制',
    leaders: '现任领导', notes: '数据说明', sources: '参考资料', asOf: '数据截至', duties_of: '职责',
    supervised: '分管领导', supervises: '分管', assists: '协助', aliases: '又名', posts: '职务',
    count: '名额', quota: '编制', remarks: '备注', docs: '设立依据', readings: '原文说法',
    kinds: { internal: '内设机构', dispatched: '派出机构', affiliated: '直属单位', party: '党组织', 'service-window': '服务窗口', other: '其他' },
    noteKinds: { discrepancy: '原文矛盾', reconciliation: '对应说明', editorial: '编者注' },
    error: '数据集有问题，无法显示：',
  },
  en: {
    intro: 'About', adjustments: 'Adjustments of responsibilities', duties: 'Main responsibilities', units: 'Structure',
    staffing: 'Staffing', leaders: 'Leadership', notes: 'Notes on the data', sources: 'Sources', asOf: 'Data as of',
    duties_of: 'Duties', supervised: 'Supervised by', supervises: 'Supervises', assists: 'Assists', aliases: 'Also named',
    posts: 'Posts', count: 'Number', quota: 'Quota', remarks: 'Remarks', docs: 'Establishing documents', readings: 'What the source says',
    kinds: { internal: 'Internal divisions', dispatched: 'Dispatched offices', affiliated: 'Affiliated units', party: 'Party organs', 'service-window': 'Service windows', other: 'Other' },
    noteKinds: { discrepancy: 'Source contradiction', reconciliation: 'Reconciliation', editorial: 'Editorial note' },
    error: 'The dataset has problems and cannot be shown:',
  },
};

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value !== undefined) node.setAttribute(key, value);
  }
  for (const child of children.flat(Infinity)) {
    if (child !== undefined && child !== null) node.append(child);
  }
  return node;
}

/** A span with the text in the page language (falling back to Chinese, marked with lang). */
function t(text, lang) {
  const picked = pickText(text, lang);
  return el('span', picked.lang === lang ? {} : { lang: picked.lang }, picked.text);
}

function dutyList(duties, lang, ordered = true) {
  return el(ordered ? 'ol' : 'ul', { class: ordered ? 'duties numbered' : 'duties' }, duties.map((d) => el('li', {}, d.number ? [t(d.number, lang), ' '] : [], t(d.text, lang))));
}

function render(lang) {
  const main = document.getElementById('content');
  const s = ui[lang];
  const result = getDefaultDataset();
  if (!result || !result.ok) {
    const issues = result ? result.issues : [];
    main.replaceChildren(el('div', { class: 'error', role: 'alert' }, el('p', {}, s.error),
      el('ul', {}, issues.map((i) => el('li', {}, el('code', {}, i.path || '/'), ' ', lang === 'en' ? i.message.en : i.message.zh)))));
    return;
  }
  const data = result.dataset;
  const org = data.organization;
  const sections = [];
  sections.push(el('section', { 'aria-labelledby': 'intro' },
    el('h2', { id: 'intro' }, s.intro),
    org.description && el('p', {}, t(org.description, lang)),
    org.establishment && el('p', {}, t(org.establishment, lang)),
    el('h3', {}, s.docs),
    el('ul', {}, (org.establishingDocuments ?? []).map((d) => el('li', {}, '《', t(d.title, lang), '》', d.number ? `（${d.number}）` : '')))));
  sections.push(el('section', { 'aria-labelledby': 'adjustments' }, el('h2', { id: 'adjustments' }, s.adjustments),
    (org.adjustments ?? []).map((a) => [el('h3', {}, a.number ? [t(a.number, lang), ' '] : [], a.title && t(a.title, lang)), dutyList(a.items, lang, false)])));
  sections.push(el('section', { 'aria-labelledby': 'duties' }, el('h2', { id: 'duties' }, s.duties), dutyList(org.duties ?? [], lang)));
  const units = childrenOf(data, org.id);
  const kinds = [...new Set(units.map((u) => u.kind))];
  sections.push(el('section', { 'aria-labelledby': 'units' }, el('h2', { id: 'units' }, s.units),
    kinds.map((kind) => [
      el('h3', {}, s.kinds[kind]),
      ...(org.kindStatements ?? []).filter((k) => k.kind === kind).map((k) => el('p', { class: 'aside' }, t(k.text, lang))),
      el('ul', {}, units.filter((u) => u.kind === kind).map((u) => el('li', { id: `unit-${u.id}` },
        el('strong', {}, t(u.name, lang)),
        u.aliases?.length ? [' （', s.aliases, ' ', u.aliases.flatMap((a, i) => (i ? ['、', t(a, lang)] : [t(a, lang)])), '）'] : [],
        u.rank && el('span', { class: 'kind' }, t(u.rank, lang)),
        supervisorsOf(data, u.id).length ? el('p', { class: 'aside' }, s.supervised, '：', supervisorsOf(data, u.id).flatMap((p, i) => (i ? ['、', t(p.name, lang)] : [t(p.name, lang)]))) : [],
        u.duties?.length ? dutyList(u.duties, lang, false) : [],
      ))),
    ])));
  if (data.staffing) {
    const st = data.staffing;
    sections.push(el('section', { 'aria-labelledby': 'staffing' }, el('h2', { id: 'staffing' }, s.staffing),
      st.statement && el('p', {}, t(st.statement, lang)),
      el('table', {}, el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, s.quota), el('th', { scope: 'col' }, s.count), el('th', { scope: 'col' }, s.remarks))),
        el('tbody', {}, st.quotas.map((q) => el('tr', {},
          el('th', { scope: 'row' }, q.partOf ? '　└ ' : '', t(q.label, lang)),
          el('td', { class: 'count' }, q.count === undefined ? '—' : new Intl.NumberFormat(lang).format(q.count)),
          el('td', {}, (q.remarks ?? []).map((r) => t(r, lang)))))))));
  }
  sections.push(el('section', { 'aria-labelledby': 'leaders' }, el('h2', { id: 'leaders' }, s.leaders),
    data.people.map((p) => el('article', { id: `person-${p.id}` },
      el('h3', {}, t(p.name, lang), p.romanizedName && lang !== 'en' ? el('span', { class: 'aside', lang: 'zh-Latn-pinyin' }, ` ${p.romanizedName}`) : ''),
      el('p', { class: 'meta' }, p.posts.flatMap((post, i) => (i ? ['、', t(post.title, lang)] : [t(post.title, lang)]))),
      p.portfolio && el('p', {}, t(p.portfolio, lang)),
      p.supervises?.length ? el('p', {}, s.supervises, '：', p.supervises.flatMap((sv, i) => {
        const unit = data.units.find((u) => u.id === sv.unitId);
        const link = el('a', { href: `#unit-${sv.unitId}` }, t(sv.asWritten ?? unit.name, lang));
        return i ? ['、', link] : [link];
      })) : []))));
  sections.push(el('section', { 'aria-labelledby': 'notes' }, el('h2', { id: 'notes' }, s.notes),
    (data.notes ?? []).map((n) => el('div', { class: `note-${n.kind}` },
      el('h3', {}, s.noteKinds[n.kind]), el('p', {}, t(n.text, lang)),
      n.readings?.length ? el('ul', {}, n.readings.map((r) => el('li', {}, t(r.location, lang), '：「', t(r.text, lang), '」'))) : []))));
  sections.push(el('section', { 'aria-labelledby': 'sources' }, el('h2', { id: 'sources' }, s.sources),
    el('ol', {}, data.sources.map((src) => el('li', {}, t(src.title, lang), src.publisher ? [' · ', t(src.publisher, lang)] : [], src.cited ? ` [${src.cited}]` : ''))),
    el('p', { class: 'aside' }, s.asOf, ' ', new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${data.asOf}T00:00:00Z`)))));
  main.replaceChildren(el('h1', {}, t(org.name, lang)),
    el('p', { class: 'meta' }, [org.rank, org.category, org.location].filter(Boolean).flatMap((x, i) => (i ? [' · ', t(x, lang)] : [t(x, lang)]))),
    ...sections);
}

function setLang(lang) {
  document.documentElement.lang = lang;
  for (const button of document.querySelectorAll('[data-lang]')) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  render(lang);
}

for (const button of document.querySelectorAll('[data-lang]')) button.addEventListener('click', () => setLang(button.dataset.lang));
setLang(document.documentElement.lang === 'en' ? 'en' : 'zh-CN');
