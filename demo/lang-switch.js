// The demo's language buttons: every element follows the page's lang.
function setLang(lang) {
  document.documentElement.lang = lang;
  for (const button of document.querySelectorAll('[data-lang]')) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
}
for (const button of document.querySelectorAll('[data-lang]')) button.addEventListener('click', () => setLang(button.dataset.lang));
setLang(new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh-CN');
