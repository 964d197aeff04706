// The demo's display switches: language, theme and elder-friendly large text. Every element
// follows the page's lang and tokens; large-text is set on the elements themselves.
const themeLink = document.createElement('link');
themeLink.rel = 'stylesheet';
document.head.append(themeLink);

function setLang(lang) {
  document.documentElement.lang = lang;
  for (const button of document.querySelectorAll('[data-lang]')) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
}

function setTheme(theme) {
  if (theme) themeLink.href = `../themes/${theme}.css`;
  else themeLink.removeAttribute('href');
  // dark.css otherwise follows the system setting; the switch is an explicit choice.
  document.documentElement.dataset.orgTheme = theme === 'dark' ? 'dark' : 'light';
}

function setLargeText(on) {
  for (const el of document.querySelectorAll('org-profile, org-chart, duty-list, leader-list, leader-card, staffing-summary')) el.toggleAttribute('large-text', on);
}

const params = new URLSearchParams(location.search);
for (const button of document.querySelectorAll('[data-lang]')) button.addEventListener('click', () => setLang(button.dataset.lang));
setLang(params.get('lang') === 'en' ? 'en' : 'zh-CN');

const theme = document.getElementById('theme');
if (theme) {
  theme.value = params.get('theme') ?? '';
  theme.addEventListener('change', () => setTheme(theme.value));
  setTheme(theme.value);
}
const large = document.getElementById('large-text');
if (large) {
  large.checked = params.has('large-text');
  large.addEventListener('change', () => setLargeText(large.checked));
  setLargeText(large.checked);
}
