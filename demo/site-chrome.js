// The frame every demo page shares, kept here once: the skip link, the header (brand, display
// switches, page navigation) and the footer. A page holds only its own content between
//   <header id="site-header" class="portal-header"></header>  and
//   <footer id="site-footer" class="portal-footer"></footer>
// and loads this module (instead of view-switches.js) after the bundle. The frame is built with
// createElement and text nodes only (no innerHTML, no inline style), so it runs under a strict
// CSP (script-src 'self'; style-src 'self') and where Trusted Types are required.
import { wireViewSwitches } from './view-switches.js';

/** The demo pages in navigation order: file, Chinese name, English name. */
const PAGES = [
  ['index.html', '机构职能', 'Profile'],
  ['chart.html', '组织结构图', 'Chart'],
  ['duties.html', '主要职责', 'Duties'],
  ['leaders.html', '领导信息', 'Leaders'],
  ['staffing.html', '人员编制', 'Staffing'],
  ['playground.html', '样式变量', 'CSS playground'],
  ['author.html', '编写数据', 'Author data'],
];

/** The theme switch's choices: value (a file in themes/, or '' for none) and label. */
const THEMES = [
  ['', '默认 Default'],
  ['dark', '深色 Dark'],
  ['high-contrast', '高对比度 High contrast'],
  ['gov-red-gold', '红金 Red and gold'],
];

/** An element with attributes (in the order given) and children (strings become text nodes). */
function h(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** Chinese first, then the English in <span lang="en">: "中文 <span lang="en">English</span>". */
const bilingual = (zh, en) => [`${zh} `, h('span', { lang: 'en' }, en)];

const code = (text) => h('code', {}, text);

/** This page's file name; a folder address (…/demo/) is its index.html. */
function currentFile() {
  const last = location.pathname.split('/').pop();
  if (!last) return 'index.html';
  return last.endsWith('.html') ? last : `${last}.html`;
}

function renderHeader(header) {
  const current = currentFile();
  header.classList.add('portal-header');
  header.before(h('a', { class: 'skip-link', href: '#main' }, ...bilingual('跳到正文', 'Skip to content')));
  header.replaceChildren(
    h(
      'div',
      { class: 'portal-bar' },
      h('p', { class: 'portal-brand' }, ...bilingual('gov-org-elements 演示', 'demo')),
      h(
        'div',
        { class: 'view-switches' },
        h(
          'div',
          { role: 'group', 'aria-label': '语言 Language', class: 'lang-switch' },
          h('button', { type: 'button', 'data-lang': 'zh-CN', 'aria-pressed': 'true' }, '中文'),
          h('button', { type: 'button', 'data-lang': 'en', lang: 'en', 'aria-pressed': 'false' }, 'English'),
        ),
        h(
          'label',
          {},
          ...bilingual('主题', 'Theme'),
          ' ',
          h('select', { id: 'theme' }, ...THEMES.map(([value, label]) => h('option', { value }, label))),
        ),
        h(
          'label',
          { class: 'large-switch' },
          h('input', { type: 'checkbox', id: 'large-text' }),
          ' ',
          ...bilingual('大字模式', 'Large text'),
        ),
      ),
    ),
    h(
      'nav',
      { 'aria-label': '演示页面 Demo pages', class: 'portal-nav' },
      h(
        'ul',
        {},
        ...PAGES.map(([file, zh, en]) =>
          h(
            'li',
            {},
            h(
              'a',
              { href: `./${file}`, ...(file === current ? { 'aria-current': 'page' } : {}) },
              ...bilingual(zh, en),
            ),
          ),
        ),
      ),
    ),
  );
}

function renderFooter(footer) {
  footer.classList.add('portal-footer');
  footer.replaceChildren(
    h(
      'p',
      {},
      '数据：内置数据集 ',
      code('data/suzhou-land-resources-bureau.json'),
      '（苏州市国土资源局），由 ',
      code('dist/gov-org-elements.js'),
      ' 一个脚本载入；本演示不向其他网站发出任何请求。',
      h('br'),
      h(
        'span',
        { lang: 'en' },
        'Data: the bundled dataset, loaded by the one script ',
        code('dist/gov-org-elements.js'),
        '; this demo makes no request to any other site.',
      ),
    ),
  );
}

const header = document.getElementById('site-header');
const footer = document.getElementById('site-footer');
if (header) renderHeader(header);
if (footer) renderFooter(footer);
// The switches now exist; the page opens in the state its address asks for (?lang, theme, large-text).
wireViewSwitches();
