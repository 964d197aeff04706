// The leader picker: shows the chosen person in the <leader-card> and in its embed snippet.
const select = document.getElementById('leader-id');
const card = document.getElementById('leader-card');
const snippet = document.getElementById('snippet-leader-card');
const scriptTag = snippet.textContent.split('\n')[0];

function show(id) {
  card.setAttribute('leader-id', id);
  snippet.textContent = `${scriptTag}\n<leader-card leader-id="${id}"></leader-card>`;
}

const asked = new URLSearchParams(location.search).get('leader');
if (asked && [...select.options].some((o) => o.value === asked)) select.value = asked;
show(select.value);
select.addEventListener('change', () => show(select.value));
