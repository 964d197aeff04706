// The baseline: d3-hierarchy's tidy tree of every unit and ONE innerHTML string of absolutely
// positioned boxes (no culling, no links, no accessibility). A box's toggle folds its branch: the
// layout and the string are made again, and the box is kept where it was on screen.
/* global d3 */
const BOX = { width: 168, height: 52, gapX: 16, gapY: 40 };
const collapsed = new Set();
const escape = (s) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
let root;
let left = new Map();

/** Lays out the open tree and writes it with one innerHTML; returns each box's left edge. */
function draw() {
  const shown = d3.hierarchy(root, (n) => (collapsed.has(n.id) ? null : n.children));
  d3.tree().nodeSize([BOX.width + BOX.gapX, BOX.height + BOX.gapY])(shown);
  let minX = Infinity;
  let maxX = -Infinity;
  let maxY = 0;
  shown.each((n) => {
    minX = Math.min(minX, n.x);
    maxX = Math.max(maxX, n.x);
    maxY = Math.max(maxY, n.y);
  });
  let html = '';
  const at = new Map();
  shown.each(({ data: n, x, y }) => {
    at.set(n.id, x - minX);
    const toggle = n.children ? `<span class="toggle">${collapsed.has(n.id) ? '+' : '−'}</span>` : '';
    const style = `left:${x - minX}px;top:${y}px`;
    html += `<div class="box" data-id="${n.id}" style="${style}">${escape(n.data.name)}${toggle}</div>`;
  });
  const canvas = document.getElementById('canvas');
  canvas.style.width = `${maxX - minX + BOX.width}px`;
  canvas.style.height = `${maxY + BOX.height}px`;
  canvas.innerHTML = html;
  return at;
}

fetch(`/data/org-${new URLSearchParams(location.search).get('size')}.json`)
  .then((response) => response.json())
  .then((data) => {
    const org = data.organization;
    const rows = [
      { id: org.id, name: org.name.zh },
      ...data.units.map((u) => ({ id: u.id, parentId: u.parentId, name: u.name.zh })),
    ];
    root = d3.stratify()(rows);
    left = draw();
    const view = document.getElementById('view');
    view.scrollLeft = left.get(org.id) + BOX.width / 2 - view.clientWidth / 2;
    view.addEventListener('click', (event) => {
      if (!event.target.classList.contains('toggle')) return;
      const id = event.target.parentElement.dataset.id;
      if (!collapsed.delete(id)) collapsed.add(id);
      const before = left.get(id);
      left = draw();
      view.scrollLeft += left.get(id) - before;
    });
  });
