// Wires the demo's switches to <org-chart> and shows what the user selected.
const chart = document.getElementById('chart');
const view = document.getElementById('chart-view');
const orientation = document.getElementById('chart-orientation');
const output = document.getElementById('chart-selection');

// ?view=leadership&orientation=horizontal opens the demo in that state (handy for sharing a link).
const params = new URLSearchParams(location.search);
for (const [select, name] of [[view, 'view'], [orientation, 'orientation']]) {
  const value = params.get(name);
  if (value && [...select.options].some((o) => o.value === value)) {
    select.value = value;
    chart[name] = value;
  }
}

view.addEventListener('change', () => { chart.view = view.value; });
orientation.addEventListener('change', () => { chart.orientation = orientation.value; });
chart.addEventListener('unit-select', (event) => {
  output.textContent = `已选择 Selected: ${event.detail}`;
});
