// d3-org-chart (https://github.com/bumbeishvili/org-chart) with every node open (`_expanded` on
// every row; paging only past 100,000 children) and transitions off (`duration(0)`), so that the
// first frame with boxes shows them in place rather than piled on the root. Otherwise its
// defaults: an SVG with one foreignObject of HTML per node, zoom 1 centred on the root.
/* global d3 */
const escape = (s) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);

fetch(`/data/org-${new URLSearchParams(location.search).get('size')}.json`)
  .then((response) => response.json())
  .then((data) => {
    const org = data.organization;
    const rows = [
      { id: org.id, parentId: null, name: org.name.zh, _expanded: true },
      ...data.units.map((u) => ({ id: u.id, parentId: u.parentId, name: u.name.zh, _expanded: true })),
    ];
    new d3.OrgChart()
      .container('#chart')
      .data(rows)
      .nodeWidth(() => 168)
      .nodeHeight(() => 52)
      .minPagingVisibleNodes(() => 100_000)
      .duration(0)
      .nodeContent((d) => `<div class="box">${escape(d.data.name)}</div>`)
      .render();
  });
