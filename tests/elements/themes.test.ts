import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/data/use-bundled-dataset.js';
import '../../src/define/all.js';
import type { OrgChart } from '../../src/elements/org-chart/org-chart.js';
import { item, mountChart } from './org-chart-helpers.js';
import {
  colourTokens,
  contrast,
  loadTheme,
  mountThemed,
  registryValue,
  rgb,
  THEMES,
  tokenValue,
} from './theme-helpers.js';

const ELEMENTS: readonly { tag: string; attrs?: Record<string, string> }[] = [
  { tag: 'org-chart' },
  { tag: 'duty-list' },
  { tag: 'leader-card', attrs: { 'leader-id': 'wu-weiqun' } },
  { tag: 'leader-list' },
  { tag: 'staffing-summary' },
  { tag: 'org-profile' },
];

const part = (el: Element, name: string): HTMLElement => el.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const orgBox = (chart: Element): HTMLElement =>
  chart.querySelector<HTMLElement>('[role="treeitem"][data-type="organization"]')!;
const style = (el: Element): CSSStyleDeclaration => getComputedStyle(el);

/** The axe failure message, or undefined when axe passes. */
const axeFailure = (el: Element): Promise<string | undefined> =>
  (expect(el).to.be.accessible() as unknown as Promise<void>).then(
    () => undefined,
    (e: Error) => e.message,
  );

for (const theme of THEMES) {
  describe(`the ${theme} theme`, () => {
    let undo: () => void = () => undefined;
    before(async () => {
      undo = await loadTheme(theme);
    });
    after(() => undo());

    for (const lang of ['zh-CN', 'en']) {
      for (const { tag, attrs } of ELEMENTS) {
        it(`keeps <${tag}> free of axe violations, colour contrast included (${lang})`, async () => {
          await expect(await mountThemed(tag, attrs, lang)).to.be.accessible();
        });
      }
    }
  });
}

describe('the theme matrix', () => {
  afterEach(() => document.documentElement.style.removeProperty('--org-color-text-muted'));

  it('fails when a token makes muted text too faint on the light surfaces', async () => {
    document.documentElement.style.setProperty('--org-color-text-muted', '#cccccc');
    const el = await mountThemed('leader-card', { 'leader-id': 'wu-weiqun' });
    expect(await axeFailure(el)).to.contain('Rule: color-contrast');
  });

  it('fails when a token makes muted text too dark in the dark theme', async () => {
    const undo = await loadTheme('dark');
    try {
      document.documentElement.style.setProperty('--org-color-text-muted', '#484f58');
      const el = await mountThemed('leader-card', { 'leader-id': 'wu-weiqun' }, 'en');
      expect(await axeFailure(el)).to.contain('Rule: color-contrast');
    } finally {
      undo();
    }
  });
});

type Pair = readonly [fg: string, bg: string, min: number | 'text'];
const on = (fg: string, backgrounds: string[], min: number | 'text'): Pair[] => backgrounds.map((bg) => [fg, bg, min]);
/**
 * 'text' is 4.5:1, or 7:1 in the high-contrast theme; 3 is for lines and rings that show what or
 * which state (WCAG 1.4.11).
 */
const PAIRS: readonly Pair[] = [
  ...on(
    'text',
    [
      'page',
      'surface',
      'surface-subtle',
      'surface-muted',
      'accent-surface',
      'mark',
      'control',
      'control-hover',
      'danger-surface',
    ],
    'text',
  ),
  ...on('text-muted', ['page', 'surface', 'surface-subtle', 'surface-muted', 'accent-surface', 'mark'], 'text'),
  ...on('on-accent', ['accent'], 'text'),
  ...on('link', ['page', 'surface', 'surface-subtle', 'control-hover'], 'text'),
  ...on('line', ['page', 'surface', 'surface-subtle'], 3),
  ...on('control-border', ['control', 'page'], 3),
  ...on('focus', ['page', 'surface', 'surface-subtle', 'surface-muted', 'accent-surface'], 3),
  ...on('accent', ['page', 'surface', 'surface-subtle', 'accent-surface'], 3),
  ...on('highlight', ['page', 'surface', 'surface-subtle'], 3),
  ...on('mark-line', ['mark'], 3),
  ...on('series-2', ['surface'], 3),
  ...on('series-3', ['surface'], 3),
  ...on('danger', ['danger-surface'], 3),
];

describe('theme files', () => {
  let undo: () => void = () => undefined;
  afterEach(async () => {
    undo();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('set every colour token, the light one to exactly the registry values', async () => {
    for (const theme of THEMES.filter((t) => t !== 'none')) {
      undo = await loadTheme(theme);
      for (const name of colourTokens) {
        const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
        expect(value, `${theme} ${name}`).to.match(/^#[0-9a-f]{6}$/);
        if (theme === 'light') expect(value, name).to.equal(registryValue(name));
      }
      undo();
    }
  });

  for (const theme of THEMES) {
    it(`keep the key colour pairs of the ${theme} theme at WCAG contrast`, async () => {
      undo = await loadTheme(theme);
      const failures = PAIRS.flatMap(([fg, bg, min]) => {
        const needed = min === 'text' ? (theme === 'high-contrast' ? 7 : 4.5) : min;
        const ratio = contrast(tokenValue(`--org-color-${fg}`), tokenValue(`--org-color-${bg}`));
        return ratio >= needed ? [] : [`${fg} on ${bg}: ${ratio.toFixed(2)} < ${needed}`];
      });
      expect(failures).to.deep.equal([]);
    });
  }

  it('follow a system preference for dark unless the page asks for light', async () => {
    undo = await loadTheme('dark');
    const chosen = colourTokens.map((name) => tokenValue(name));
    delete document.documentElement.dataset['orgTheme'];
    expect(tokenValue('--org-color-page')).to.equal(registryValue('--org-color-page'));
    await emulateMedia({ colorScheme: 'dark' });
    expect(colourTokens.map((name) => tokenValue(name))).to.deep.equal(chosen);
    document.documentElement.dataset['orgTheme'] = 'light';
    expect(colourTokens.map((name) => tokenValue(name))).to.deep.equal(colourTokens.map(registryValue));
  });
});

describe('global tokens restyle the elements', () => {
  afterEach(() => document.documentElement.style.removeProperty('--org-color-accent'));

  it('look like the registry’s light values with no theme and no tokens', async () => {
    const chart = (await mountThemed('org-chart')) as OrgChart;
    chart.selected = 'finance-division';
    await chart.updateComplete;
    const unit = item(chart, 'general-office')!;
    const selected = item(chart, 'finance-division')!;
    const light = (name: string): string => rgb(registryValue(`--org-color-${name}`));
    expect([style(orgBox(chart)).backgroundColor, style(orgBox(chart)).color]).to.deep.equal([
      light('accent'),
      light('on-accent'),
    ]);
    expect([style(unit).backgroundColor, style(unit).color, style(unit).borderTopColor]).to.deep.equal([
      light('surface'),
      light('text'),
      light('line'),
    ]);
    expect(style(unit.querySelector('.detail, .meta')!).color).to.equal(light('text-muted'));
    expect(style(item(chart, 'kind:internal')!).backgroundColor).to.equal(light('surface-muted'));
    expect([style(selected).backgroundColor, style(selected).borderTopColor]).to.deep.equal([
      light('accent-surface'),
      light('accent'),
    ]);
    expect(style(part(chart, 'viewport')).backgroundColor).to.equal(light('surface-subtle'));

    const card = await mountThemed('leader-card', { 'leader-id': 'wu-weiqun' });
    expect([style(part(card, 'avatar')).backgroundColor, style(part(card, 'avatar')).color]).to.deep.equal([
      light('accent'),
      light('on-accent'),
    ]);
    expect(style(card.querySelector('.card')!).backgroundColor).to.equal(light('surface'));
    expect(style(card.querySelector('a')!).color).to.equal(light('link'));
    const staffing = await mountThemed('staffing-summary');
    expect(style(part(staffing, 'group-header')).backgroundColor).to.equal(light('surface-subtle'));
  });

  it('follow --org-color-accent set on the page at once, without re-creating anything', async () => {
    const chart = await mountThemed('org-chart');
    const card = await mountThemed('leader-card', { 'leader-id': 'wu-weiqun' });
    const box = orgBox(chart);
    const avatar = part(card, 'avatar');
    document.documentElement.style.setProperty('--org-color-accent', '#005a9c');
    expect(style(box).backgroundColor).to.equal('rgb(0, 90, 156)');
    expect(style(avatar).backgroundColor).to.equal('rgb(0, 90, 156)');
    expect(orgBox(chart)).to.equal(box);
    expect(part(card, 'avatar')).to.equal(avatar);
  });
});

describe('a found organisation box', () => {
  for (const theme of ['none', 'dark'] as const) {
    it(`keeps its text readable on the match background (${theme})`, async () => {
      const undo = await loadTheme(theme);
      try {
        const chart = await mountThemed('org-chart');
        const input = part(chart, 'find-input') as HTMLInputElement;
        input.value = '国土资源局';
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await (chart as OrgChart).updateComplete;
        const box = orgBox(chart);
        expect(box.classList.contains('found')).to.equal(true);
        for (const text of [box, box.querySelector('.detail, .meta')!]) {
          expect(contrast(style(text).color, style(box).backgroundColor)).to.be.at.least(4.5);
        }
      } finally {
        undo();
      }
    });
  }
});

describe('forced colours', () => {
  afterEach(() => executeServerCommand('emulate-forced-colors', { active: false }));

  it('draws every chart box in system colours, a focus ring of 2px or more and a selected box apart', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const chart = await mountChart({ selected: 'finance-division' });
    const [org, group, unit, selected] = [
      orgBox(chart),
      item(chart, 'kind:internal')!,
      item(chart, 'general-office')!,
      item(chart, 'finance-division')!,
    ];
    const canvas = style(unit).backgroundColor;
    for (const box of [org, group, selected]) expect(style(box).backgroundColor).to.equal(canvas);
    for (const box of [org, group, unit, selected]) expect(contrast(style(box).color, canvas)).to.be.at.least(4.5);

    const look = (box: HTMLElement): string =>
      [style(box).outlineStyle, style(box).outlineColor, style(box).borderTopColor, style(box).borderTopWidth].join(
        ' ',
      );
    expect(look(selected)).not.to.equal(look(unit));
    expect(style(selected).outlineStyle).not.to.equal('none');

    unit.focus();
    await sendKeys({ press: 'ArrowRight' });
    const focused = document.activeElement as HTMLElement;
    expect(focused.matches(':focus-visible')).to.equal(true);
    expect(style(focused).outlineStyle).not.to.equal('none');
    expect(parseFloat(style(focused).outlineWidth)).to.be.at.least(2);
  });
});
