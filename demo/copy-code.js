// "复制 Copy" buttons: <button data-copy="ID"> copies the text of the element with that id and says
// so in the element with id "ID-status". Where the clipboard is unavailable (an http page on another
// host, an old browser, a denied permission) the code is selected instead, for Ctrl+C.

function say(status, zh, en) {
  const english = document.createElement('span');
  english.lang = 'en';
  english.textContent = en;
  status.replaceChildren(`${zh} `, english);
  clearTimeout(status.clearTimer);
  status.clearTimer = setTimeout(() => status.replaceChildren(), 8000);
}

async function copy(button) {
  const code = document.getElementById(button.dataset.copy);
  const status = document.getElementById(`${button.dataset.copy}-status`);
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(code.textContent);
    say(status, '已复制到剪贴板。', 'Copied to the clipboard.');
  } catch {
    getSelection().selectAllChildren(code);
    say(
      status,
      '无法直接复制，代码已选中，请按 Ctrl+C（Mac 为 ⌘C）。',
      'Could not copy: the code is selected, press Ctrl+C (⌘C on a Mac).',
    );
  }
}

for (const button of document.querySelectorAll('button[data-copy]')) {
  button.addEventListener('click', () => copy(button));
}
