// The demo's display switches: language, theme and elder-friendly large text, shared by every page
// (?lang=en&theme=dark&large-text opens a page in that state). The choice is kept in the address
// and carried along by the page navigation, so a visitor who needs large text keeps it.
// site-chrome.js renders the switches into the header, then calls wireViewSwitches().
const ELEMENTS = 'org-profile, org-chart, duty-list, leader-list, leader-card, staffing-summary';

const themeLink = document.createElement('link');
themeLink.rel = 'stylesheet';
document.head.append(themeLink);

const state = new URLSearchParams(location.search);

/** Writes the choices into the address and into the navigation links, keeping them relative. */
function remember(name, value) {
  if (value === false || value === '' || value === undefined) state.delete(name);
  else state.set(name, value === true ? '' : value);
  const flagless = (params) => params.toString().replace(/=(?=&|$)/g, '');
  const query = flagless(state);
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  const carried = new URLSearchParams([...state].filter(([key]) => ['lang', 'theme', 'large-text'].includes(key)));
  for (const link of document.querySelectorAll('.portal-nav a')) {
    const page = link.getAttribute('href').split('?')[0];
    link.setAttribute('href', carried.size ? `${page}?${flagless(carried)}` : page);
  }
}

// The page stays zh-CN with its English parts marked; only the elements switch language, through
// their own lang attribute (they follow their own or the nearest ancestor's lang).
function setLang(lang) {
  for (const el of document.querySelectorAll(ELEMENTS)) {
    if (lang === 'en') el.setAttribute('lang', 'en');
    else el.removeAttribute('lang');
  }
  for (const button of document.querySelectorAll('[data-lang]'))
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  remember('lang', lang === 'en' ? 'en' : '');
}

function themeChanged() {
  document.dispatchEvent(new Event('demo-themechange'));
}

function setTheme(theme) {
  if (theme) {
    themeLink.addEventListener('load', themeChanged, { once: true });
    themeLink.href = `../themes/${theme}.css`;
  } else {
    themeLink.removeAttribute('href');
    queueMicrotask(themeChanged);
  }
  // dark.css otherwise follows the system setting; the switch is an explicit choice.
  document.documentElement.dataset.orgTheme = theme === 'dark' ? 'dark' : 'light';
  document.documentElement.dataset.demoTheme = theme || 'default';
  remember('theme', theme);
}

function setLargeText(on) {
  for (const el of document.querySelectorAll(ELEMENTS)) el.toggleAttribute('large-text', on);
  // The page's own text grows with the elements' (demo.css), as a portal's 适老化 mode would.
  document.documentElement.toggleAttribute('data-demo-large-text', on);
  remember('large-text', on);
}

/** Wires the switches in the page (the header's) and applies the state the address asks for. */
export function wireViewSwitches() {
  for (const button of document.querySelectorAll('[data-lang]'))
    button.addEventListener('click', () => setLang(button.dataset.lang));
  setLang(state.get('lang') === 'en' ? 'en' : 'zh-CN');

  const theme = document.getElementById('theme');
  if (theme) {
    const asked = state.get('theme') ?? '';
    theme.value = [...theme.options].some((option) => option.value === asked) ? asked : '';
    theme.addEventListener('change', () => setTheme(theme.value));
    setTheme(theme.value);
  }
  const large = document.getElementById('large-text');
  if (large) {
    large.checked = state.has('large-text');
    large.addEventListener('change', () => setLargeText(large.checked));
    setLargeText(large.checked);
  }
}
