// The CSS-variable playground: one control per token; a change is set on the preview wrapper at
// once (custom properties inherit into the elements' shadow roots), and the changed tokens are
// shown as CSS to paste. Defaults mirror src/styles/global-tokens.ts and the elements' @cssprop
// docs (tests/e2e/demo.test.mjs checks the global ones against the registry).

const color = (name, value, zh, en, follows) => ({ name, value, zh, en, type: 'color', follows });
const size = (name, value, unit, min, max, step, zh, en) => ({
  name,
  value: `${value}${unit}`,
  unit,
  min,
  max,
  step,
  zh,
  en,
  type: 'range',
});
const FONT_STACK = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

const GROUPS = [
  {
    zh: '颜色',
    en: 'Colours',
    tokens: [
      color('--org-color-text', '#1f2328', '正文', 'Text'),
      color('--org-color-text-muted', '#57606a', '次要文字', 'Muted text'),
      color('--org-color-page', '#ffffff', '页面背景', 'Page'),
      color('--org-color-surface', '#ffffff', '表面', 'Surface'),
      color('--org-color-surface-subtle', '#f6f8fa', '浅色底', 'Subtle surface'),
      color('--org-color-surface-muted', '#eef1f4', '灰色底', 'Muted surface'),
      color('--org-color-border', '#d0d7de', '分隔线', 'Border'),
      color('--org-color-line', '#6e7781', '连线与框线', 'Lines'),
      color('--org-color-accent', '#9b1c1c', '强调色', 'Accent'),
      color('--org-color-on-accent', '#ffffff', '强调色上的文字', 'Text on accent'),
      color('--org-color-accent-surface', '#fdf2f2', '选中底色', 'Accent surface'),
      color('--org-color-link', '#0550ae', '链接', 'Link'),
      color('--org-color-focus', '#0969da', '焦点框', 'Focus ring'),
      color('--org-color-highlight', '#b58100', '联动标记', 'Highlight'),
      color('--org-color-mark', '#fff8c5', '匹配底色', 'Match'),
      color('--org-color-mark-line', '#9a6700', '匹配下划线', 'Match underline'),
      color('--org-color-control', '#ffffff', '按钮与输入框', 'Controls'),
      color('--org-color-control-hover', '#eef1f4', '按钮悬停', 'Control hover'),
      color('--org-color-control-border', '#6e7781', '按钮边框', 'Control border'),
      color('--org-color-danger', '#cf222e', '错误边框', 'Error border'),
      color('--org-color-danger-surface', '#ffebe9', '错误底色', 'Error background'),
      color('--org-color-series-2', '#0b5cad', '编制条第二段', 'Bar series 2'),
      color('--org-color-series-3', '#6b5900', '编制条第三段', 'Bar series 3'),
    ],
  },
  {
    zh: '字体与尺寸',
    en: 'Type and sizes',
    tokens: [
      {
        name: '--org-font-family',
        value: FONT_STACK,
        zh: '字体',
        en: 'Typeface',
        type: 'select',
        options: [
          [FONT_STACK, '黑体（默认） Sans (default)'],
          ['"Noto Serif CJK SC", "Noto Serif SC", "Songti SC", SimSun, serif', '宋体 Serif'],
          ['system-ui, sans-serif', '系统字体 System'],
        ],
      },
      // The token's default, max(1rem, 1em), is the root size on this page; the slider sets a plain size.
      { ...size('--org-font-size', 1, 'rem', 0.875, 1.5, 0.0625, '字号', 'Text size'), tokenDefault: 'max(1rem, 1em)' },
      size('--org-line-height', 1.5, '', 1.2, 2.2, 0.05, '行高', 'Line height'),
      size('--org-radius', 6, 'px', 0, 20, 1, '圆角', 'Corner radius'),
      size('--org-target-size', 2.75, 'rem', 2.75, 4.5, 0.125, '最小点击尺寸', 'Target size'),
      size('--org-focus-width', 3, 'px', 2, 8, 1, '焦点框宽度', 'Focus ring width'),
      size('--org-focus-offset', 2, 'px', 0, 8, 1, '焦点框间距', 'Focus ring gap'),
    ],
  },
  {
    zh: '各元素',
    en: 'Per element',
    tokens: [
      size('--org-chart-height', 37.5, 'rem', 20, 60, 0.5, '结构图高度', 'Chart height'),
      size('--org-chart-link-width', 1.5, 'px', 1, 4, 0.5, '结构图连线宽度', 'Chart line width'),
      color('--org-chart-root-background', '#9b1c1c', '机构框底色', 'Organisation box', '--org-color-accent'),
      color('--org-chart-node-background', '#ffffff', '结构图方框底色', 'Chart box', '--org-color-surface'),
      size('--duty-list-line-height', 1.75, '', 1.3, 2.4, 0.05, '职责行高', 'Duty line height'),
      size('--leader-card-avatar-size', 4, 'rem', 2.5, 7, 0.25, '头像大小', 'Avatar size'),
      size('--leader-card-name-size', 1.25, 'rem', 1, 2.5, 0.0625, '姓名字号', 'Name size'),
      size('--staffing-summary-bar-height', 1.5, 'rem', 0.75, 3, 0.25, '编制条高度', 'Bar height'),
    ],
  },
];
const TOKENS = GROUPS.flatMap((group) => group.tokens);
const byName = new Map(TOKENS.map((token) => [token.name, token]));

const ELEMENT_SELECTOR = 'org-profile, org-chart, duty-list, leader-card, leader-list, staffing-summary';
const CONTRAST_PAIRS = [
  ['--org-color-text', '--org-color-surface', '正文／表面', 'Text / surface'],
  ['--org-color-text-muted', '--org-color-surface', '次要文字／表面', 'Muted / surface'],
  ['--org-color-text-muted', '--org-color-surface-subtle', '次要文字／浅色底', 'Muted / subtle'],
  ['--org-color-link', '--org-color-surface', '链接／表面', 'Link / surface'],
  ['--org-color-on-accent', '--org-color-accent', '强调色上的文字', 'On accent'],
  ['--org-color-text', '--org-color-accent-surface', '正文／选中底色', 'Text / selected'],
];

const preview = document.getElementById('preview');
const form = document.getElementById('token-controls');
const output = document.getElementById('css-output');
const scope = document.getElementById('css-scope');
const contrastRows = document.getElementById('contrast');
const overrides = new Map();
const controls = new Map();

function bilingual(tag, zh, en) {
  const el = document.createElement(tag);
  const english = Object.assign(document.createElement('span'), { lang: 'en', textContent: en });
  el.append(`${zh} `, english);
  return el;
}

/** The value the preview shows for a token that was not changed: the theme's, else the default. */
function baseValue(token) {
  if (token.follows) return currentValue(byName.get(token.follows));
  return getComputedStyle(document.documentElement).getPropertyValue(token.name).trim() || token.value;
}

function currentValue(token) {
  return overrides.get(token.name) ?? baseValue(token);
}

function buildControl(token) {
  const id = `token${token.name}`;
  const row = document.createElement('div');
  row.className = 'control';
  const label = bilingual('label', token.zh, token.en);
  label.htmlFor = id;
  label.append(Object.assign(document.createElement('code'), { textContent: token.name }));
  let input;
  if (token.type === 'select') {
    input = document.createElement('select');
    for (const [value, text] of token.options) input.append(new Option(text, value));
  } else {
    input = Object.assign(document.createElement('input'), { type: token.type });
    if (token.type === 'range') Object.assign(input, { min: token.min, max: token.max, step: token.step });
  }
  input.id = id;
  input.dataset.token = token.name;
  input.dataset.default = token.tokenDefault ?? token.value;
  const shown = Object.assign(document.createElement('output'), { htmlFor: id });
  input.addEventListener('input', () => change(token, input.value));
  row.append(label, input, shown);
  controls.set(token.name, { input, shown });
  return row;
}

function change(token, raw) {
  const value = token.type === 'range' ? `${raw}${token.unit}` : raw;
  if (value === baseValue(token)) overrides.delete(token.name);
  else overrides.set(token.name, value);
  render();
}

function render() {
  for (const token of TOKENS) {
    const value = currentValue(token);
    if (overrides.has(token.name)) preview.style.setProperty(token.name, value);
    else preview.style.removeProperty(token.name);
    const { input, shown } = controls.get(token.name);
    const controlValue = token.type === 'range' ? String(parseFloat(value)) : value;
    if (input.value !== controlValue) input.value = controlValue;
    if (token.type === 'range') input.setAttribute('aria-valuetext', value);
    shown.value = token.type === 'select' ? '' : value;
    input.closest('.control').classList.toggle('changed', overrides.has(token.name));
  }
  renderCss();
  renderContrast();
}

function renderCss() {
  const selector = scope.value === 'root' ? ':root' : ELEMENT_SELECTOR;
  const lines = [...overrides].map(([name, value]) => `  ${name}: ${value};`);
  output.textContent = lines.length
    ? `${selector} {\n${lines.join('\n')}\n}`
    : '/* 尚未修改任何变量 No token changed yet */';
}

function luminance(hex) {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function renderContrast() {
  contrastRows.replaceChildren(
    ...CONTRAST_PAIRS.map(([fg, bg, zh, en]) => {
      const ratio = contrast(currentValue(byName.get(fg)), currentValue(byName.get(bg)));
      const row = document.createElement('tr');
      const pair = bilingual('th', zh, en);
      pair.scope = 'row';
      const value = document.createElement('td');
      value.append(`${ratio.toFixed(1)}:1 `);
      if (ratio >= 4.5) value.append('✓');
      else value.append(bilingual('strong', '✗ 不足', 'too low'));
      row.append(pair, value);
      return row;
    }),
  );
}

for (const group of GROUPS) {
  const fieldset = document.createElement('fieldset');
  fieldset.append(bilingual('legend', group.zh, group.en), ...group.tokens.map(buildControl));
  form.append(fieldset);
}
scope.addEventListener('change', renderCss);
form.addEventListener('submit', (event) => event.preventDefault());
document.getElementById('reset-tokens').addEventListener('click', () => {
  overrides.clear();
  render();
});
// A theme changes what "unchanged" means: show its values in the controls.
document.addEventListener('demo-themechange', render);
render();
