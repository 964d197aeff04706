// Wires the demo's switches to <org-chart>, shows what the user selected, and keeps the embed
// snippet in step with the chosen view and orientation.
const chart = document.getElementById('chart');
const view = document.getElementById('chart-view');
const orientation = document.getElementById('chart-orientation');
const output = document.getElementById('chart-selection');
const snippet = document.getElementById('snippet-chart');
const scriptTag = snippet.textContent.split('\n')[0];

function showSnippet() {
  // Only attributes that differ from the defaults, as a portal editor would write them.
  const attributes = [
    view.value !== 'structure' ? ` view="${view.value}"` : '',
    orientation.value !== 'vertical' ? ` orientation="${orientation.value}"` : '',
  ].join('');
  snippet.textContent = `${scriptTag}\n<org-chart${attributes}></org-chart>`;
}

// ?view=leadership&orientation=horizontal opens the demo in that state (handy for sharing a link).
const params = new URLSearchParams(location.search);
for (const [select, name] of [
  [view, 'view'],
  [orientation, 'orientation'],
]) {
  const value = params.get(name);
  if (value && [...select.options].some((o) => o.value === value)) {
    select.value = value;
    chart[name] = value;
  }
}
showSnippet();

view.addEventListener('change', () => {
  chart.view = view.value;
  showSnippet();
});
orientation.addEventListener('change', () => {
  chart.orientation = orientation.value;
  showSnippet();
});
chart.addEventListener('unit-select', (event) => {
  const english = Object.assign(document.createElement('span'), { lang: 'en', textContent: 'Selected' });
  output.replaceChildren('已选择 ', english, `: ${event.detail}`);
});
