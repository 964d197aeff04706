// The authoring page: open a text or a dataset, correct it in forms beside a live <org-profile>,
// see problems next to their fields and the changes against the opened version, download the
// JSON. The logic is in lib/authoring (pure, tested); this module wires it to the page. Work is
// kept in localStorage so a reload loses nothing; nothing is sent anywhere.
import * as A from '../lib/authoring/index.js';
import { button, field, h, input } from './author-dom.js';
import { renderOrganization, renderUnits } from './author-forms.js';
import { renderLeaders, renderSources } from './author-people.js';
import { TEXT } from './author-text.js';

const STORAGE_KEY = 'gov-org-elements:author';
const BUNDLED = ['../data/suzhou-land-resources-bureau.json', 'suzhou-land-resources-bureau.json'];
const $ = (id) => document.getElementById(id);
const profile = document.querySelector('.author-preview org-profile');

let lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh';
/** { base, working, fileName, origin: 'import' | 'dataset', report?, encoding? } or null. */
let state = load();
let lastValid;
let renderTimer;
const undoStack = [];
const open = new Set();
const pendingPosts = new Set();

function load() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    return saved?.working?.organization && Array.isArray(saved.working.units) ? saved : null;
  } catch {
    return null;
  }
}

function save() {
  try {
    if (state) localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    else localStorage.removeItem(STORAGE_KEY);
    return true;
  } catch {
    say(TEXT[lang].storageFull);
    return false;
  }
}

/** Replaces an element's children, skipping the parts a condition left out. */
const fill = (el, ...children) =>
  el.replaceChildren(...children.filter((c) => c !== undefined && c !== null && c !== false));

function say(message) {
  $('author-status').textContent = message;
}

function commit(next, focusKey) {
  undoStack.push(state);
  if (undoStack.length > 100) undoStack.shift();
  state = next;
  if (save()) say(state ? TEXT[lang].savedLocally : '');
  // After the change event the focus has already moved on; render once it has landed.
  clearTimeout(renderTimer);
  renderTimer = setTimeout(() => render(focusKey), 0);
}

/** The forms' way to change the dataset; `focusKey` names the control to focus afterwards. */
const ctx = {
  open,
  pendingPosts,
  apply: (dataset, focusKey) => commit({ ...state, working: dataset }, focusKey),
  applyResult: (result, prefix, focusKey) =>
    result.ok ? ctx.apply(result.dataset, focusKey) : say(`${prefix}${result.reason[lang]}`),
  rerender: (focusKey) => render(focusKey),
};

function openFrom(input, fileName) {
  const t = TEXT[lang];
  const opened = A.openInput(input, fileName);
  if (opened.kind === 'refused') return say(`${t.refused}${opened.reason[lang]}`);
  const report =
    opened.kind === 'import' ? { entries: opened.report.entries, coverage: opened.report.coverage } : undefined;
  const name = opened.kind === 'dataset' && /\.json$/i.test(fileName) ? fileName.split(/[\\/]/).pop() : 'org-data.json';
  open.clear();
  lastValid = undefined;
  commit(
    {
      base: opened.dataset,
      working: opened.dataset,
      fileName: name,
      origin: opened.kind,
      report,
      encoding: opened.kind === 'import' ? opened.encoding : undefined,
    },
    'report-title',
  );
}

async function openFile(file) {
  try {
    openFrom(new Uint8Array(await file.arrayBuffer()), file.name);
  } catch {
    say(TEXT[lang].readingFailed);
  }
}

async function openBundled() {
  try {
    const response = await fetch(BUNDLED[0]);
    openFrom(new Uint8Array(await response.arrayBuffer()), BUNDLED[1]);
  } catch {
    say(TEXT[lang].readingFailed);
  }
}

function renderReport(t) {
  const counts = A.countContents(state.base);
  const box = $('report');
  if (state.origin === 'dataset') {
    box.replaceChildren(h('p', {}, t.opened(counts)));
    return;
  }
  const { entries, coverage } = state.report ?? { entries: [], coverage: { considered: 0, placed: 0 } };
  const share = coverage.considered ? Math.floor((coverage.placed / coverage.considered) * 1000) / 10 : 0;
  fill(
    box,
    h('p', {}, t.recognised(counts), ' ', t.encoding(state.encoding)),
    h('p', {}, entries.length ? t.coverage(share) : t.nothingUnplaced),
    entries.length
      ? h(
          'ol',
          { class: 'report-list' },
          entries.map((entry) =>
            h(
              'li',
              {},
              h(
                'p',
                { class: 'report-head' },
                h('strong', {}, t.reportKinds[entry.kind] ?? entry.kind),
                ` · ${t.lines(entry.line, entry.endLine)}`,
              ),
              entry.text ? h('blockquote', { lang: 'zh-CN' }, entry.text) : undefined,
              entry.text.length < entry.length ? h('p', {}, t.cut(entry.text.length - 1, entry.length)) : undefined,
              h('p', { class: 'report-message' }, entry.message[lang] ?? entry.message.zh),
            ),
          ),
        )
      : undefined,
  );
}

/** Focuses the control of a field, opening the parts it is folded into. */
function goTo(key) {
  const keys = [key, key.replace(/:other$/, ':name')];
  const target = keys.map((k) => document.querySelector(`[data-field="${CSS.escape(k)}"]`)).find(Boolean);
  if (!target) return;
  for (let el = target.closest('details'); el; el = el.parentElement?.closest('details')) {
    el.open = true;
    open.add(el.dataset.openKey);
  }
  const control = target.matches('input, select, textarea')
    ? target
    : target.querySelector('input, select, textarea, button');
  control?.focus();
  control?.scrollIntoView({ block: 'center' });
}

/** The message with where it is, unless the message already starts by saying so. */
const withPlace = (where, message) =>
  message.startsWith(where) ? message : `${where}${lang === 'en' ? ': ' : '：'}${message}`;

function renderFinish(t, issues) {
  const changes = A.describeChanges(state.base, state.working);
  const name = input(
    state.fileName,
    (v) => {
      const clean = v.trim().replace(/[\\/:*?"<>|]+/g, '-') || 'org-data.json';
      commit({ ...state, fileName: clean.endsWith('.json') ? clean : `${clean}.json` });
    },
    { lang: 'en', 'data-focus': 'file-name' },
  );
  fill(
    $('finish'),
    h('h3', {}, t.issuesTitle),
    issues.length === 0 ? h('p', { class: 'all-good' }, t.noIssues) : h('p', {}, t.issuesCount(issues.length)),
    issues.length
      ? h(
          'ul',
          { class: 'issue-list' },
          issues.map(({ issue, key, where }) =>
            h(
              'li',
              {},
              h(
                'span',
                {},
                withPlace(where, A.plainMessage(state.working, issue.message[lang] ?? issue.message.zh, lang)),
              ),
              ' ',
              document.querySelector(
                `[data-field="${CSS.escape(key)}"], [data-field="${CSS.escape(key.replace(/:other$/, ':name'))}"]`,
              )
                ? button(t.goTo, () => goTo(key), {
                    class: 'button button--small',
                    'aria-label': `${t.goTo}：${where}`,
                  })
                : undefined,
            ),
          ),
        )
      : undefined,
    h('h3', {}, t.changesTitle),
    state.origin === 'import' ? h('p', { class: 'aside' }, t.changesFromImport) : undefined,
    changes.length
      ? h(
          'ul',
          { class: 'change-list' },
          changes.map((c) => h('li', {}, c.text[lang] ?? c.text.zh)),
        )
      : h('p', {}, t.noChanges),
    h(
      'div',
      { class: 'download-row' },
      field({ key: 'file-name', label: t.fileName, control: name }),
      button(t.download, () => download(t), { class: 'button button--primary', id: 'download' }),
    ),
    issues.length ? h('p', { class: 'field-issue' }, t.downloadWithIssues) : undefined,
  );
  $('author-snippet').textContent =
    '<script type="module" src="/assets/gov-org-elements-no-data.js"></script>\n' +
    `<org-profile src="/data/${state.fileName}"></org-profile>`;
}

function download(t) {
  const url = URL.createObjectURL(
    new Blob([`${JSON.stringify(state.working, null, 2)}\n`], { type: 'application/json' }),
  );
  const link = h('a', { href: url, download: state.fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  say(t.downloaded(state.fileName));
}

function renderStatic(t) {
  document.title = t.docTitle;
  $('main').lang = lang === 'en' ? 'en' : 'zh-CN';
  const texts = {
    'author-title': t.title,
    'author-lead': t.lead,
    'open-title': t.openTitle,
    'paste-label': t.pasteLabel,
    'import-text': t.importText,
    'file-label': t.fileLabel,
    'open-bundled': t.openBundled,
    'start-over': t.startOver,
    undo: t.undo,
    'report-title': t.reportTitle,
    'edit-title': t.editTitle,
    'preview-title': t.previewTitle,
    'finish-title': t.finishTitle,
    'author-snippet-caption': t.snippetCaption,
    'copy-snippet': t.copy,
  };
  for (const [id, text] of Object.entries(texts)) $(id).textContent = text;
}

function render(focusKey) {
  const t = TEXT[lang];
  const remembered = focusKey ?? document.activeElement?.dataset?.focus;
  renderStatic(t);
  for (const id of ['report-section', 'workspace', 'finish-section', 'work-bar']) $(id).hidden = !state;
  $('undo').disabled = undoStack.length === 0;
  if (!state) return;
  $('work-name').textContent = `${t.working}${state.working.organization?.name?.zh || '—'}`;

  const parsed = A.parseDataset(state.working);
  const issues = parsed.issues.map((issue) => {
    const ref = A.fieldForIssue(state.working, issue);
    return { issue, key: A.fieldKey(ref), where: A.describeField(state.working, ref)[lang] };
  });
  ctx.dataset = state.working;
  ctx.t = t;
  ctx.lang = lang;
  ctx.issuesFor = (key) =>
    issues
      .filter((i) => i.key === key)
      .map((i) => A.plainMessage(state.working, i.issue.message[lang] ?? i.issue.message.zh, lang));
  renderReport(t);
  $('forms').replaceChildren(renderOrganization(ctx), renderUnits(ctx), renderLeaders(ctx), renderSources(ctx));

  if (parsed.ok) lastValid = parsed.dataset;
  $('preview-note').textContent = parsed.ok ? '' : lastValid ? t.previewStale(issues.length) : t.previewNone;
  profile.hidden = !lastValid;
  if (lastValid && profile.data !== lastValid) profile.data = lastValid;

  renderFinish(t, issues);
  if (remembered) restoreFocus(remembered);
}

function restoreFocus(key) {
  const el = document.querySelector(`[data-focus="${CSS.escape(key)}"]`) ?? document.getElementById(key);
  if (!el || el === document.activeElement) return;
  for (let d = el.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
  el.focus({ preventScroll: true });
  el.scrollIntoView({ block: 'nearest' });
}

$('import-text').addEventListener('click', () => openFrom($('paste').value, ''));
$('file').addEventListener('change', (e) => {
  const [file] = e.target.files;
  if (file) openFile(file);
  e.target.value = '';
});
$('open-bundled').addEventListener('click', openBundled);
$('undo').addEventListener('click', () => {
  if (undoStack.length === 0) return say(TEXT[lang].nothingToUndo);
  state = undoStack.pop();
  save();
  say(TEXT[lang].undone);
  render('undo');
});
$('start-over').addEventListener('click', () => commit(null, 'paste'));
// The header's language buttons (site-chrome.js) switch the elements; this page follows them.
for (const b of document.querySelectorAll('[data-lang]'))
  b.addEventListener('click', () => {
    lang = b.dataset.lang === 'en' ? 'en' : 'zh';
    render();
  });

if (state) say(TEXT[lang].restored);
render();
