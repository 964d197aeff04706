// The first-view bench's baseline: bench/first-view/duty-list.html as a portal would publish it by
// hand, the bureau's duties as plain HTML with the same heading and no script.
const escape = (text) => text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/** The static page for a dataset: its organisation's duties, numbered as in the source. */
export function staticDutiesPage(dataset) {
  const items = dataset.organization.duties.map(
    (d) => `    <li>${escape(d.number?.zh ?? '')}${escape(d.text.zh)}</li>`,
  );
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>主要职责 · ${escape(dataset.organization.name.zh)}</title>
  <link rel="icon" href="data:,">
</head>
<body>
  <h1>主要职责</h1>
  <ol data-duties style="list-style: none; padding: 0">
${items.join('\n')}
  </ol>
</body>
</html>
`;
}
