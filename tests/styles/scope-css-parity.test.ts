import { expect } from '@open-wc/testing';
import { unsafeCSS, type LitElement } from 'lit';
import '../../src/define/all.js';
import { scopedCssFor } from '../../src/elements/shared/scoped-styles.js';
import { fillTagName, prescopeCss, scopeCss } from '../../src/styles/scope-css.js';
import { scopeCss as referenceScopeCss } from './scope-css-reference.js';

const TAGS = ['org-chart', 'duty-list', 'leader-card', 'leader-list', 'staffing-summary', 'org-profile'];

/** What the bundles' css`…` blocks hold (rollup.config.mjs, minifyCssLiterals). */
const minify = (css: string) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();

/** Each element's style blocks, as written and as the bundles carry them. */
const elementSheets = TAGS.flatMap((tag) => {
  const parts = (customElements.get(tag) as typeof LitElement).elementStyles.map(
    (s) => (s as { cssText: string }).cssText,
  );
  return [
    { tag, parts },
    { tag, parts: parts.map(minify) },
  ];
});

const TRICKY = [
  '.a::after { content: "{ } ; , /* not a comment */"; } .b { margin: 0 }',
  ".a::before { content: '\\'{'; padding: 1px } .b{}",
  '.a { content: "\\"}"; width: 1px }',
  '/* a { b } */ .a { display: none } /* unclosed',
  '.a { content: "never closed; display: none }',
  '@media (min-width: 40em) { @supports (display: grid) { :host { display: grid } .a { gap: 1px } } }',
  '@container card (width > 30em) { .a { inline-size: 50% } } @layer base { .b { color: red } }',
  '@layer base, theme; .a { color: red }',
  ':host(:not(.x, :is(.y, .z))) .a, :host([dir="rtl"]) { margin-inline: 0 }',
  ':host(:lang(en)) .post dt::after { content: ":" }',
  '.a { display: block !important; width: 1px ! important; height: 2px !IMPORTANT }',
  ':host { --x: { a: b; c: d }; --y: calc(1px + var(--z, 2px)); display: block }',
  '.a { background: url("data:image/svg+xml;utf8,<svg>{}</svg>"); left: 0 }',
  '@font-face { font-family: X; src: local(X) } @keyframes k { from { opacity: 0 } to { opacity: 1 } }',
  '.a { color: red } } .b { margin: 0 } stray text',
  ':hostile, :host-context(.x) .a { top: 0 }',
  '.a{;;display:flex;;;}',
  '.a { grid-template-areas: "a b" "c d"; font: 12px/1.5 "A;B", sans-serif }',
  '',
];

/** A small seeded generator of CSS-like text, heavy on the characters the scanners care about. */
function randomCss(count: number): string[] {
  const tokens = [
    '{',
    '}',
    '(',
    ')',
    '"',
    "'",
    '\\',
    '/*',
    '*/',
    ',',
    ';',
    ':',
    ' ',
    '\n',
    ':host',
    ':host(',
    '@media x',
    '@supports (a:b)',
    '@layer l',
    '@font-face',
    '.b',
    'display',
    'color',
    '--x',
    '!important',
    'var(--a, {b})',
  ];
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + next(30) }, () => tokens[next(tokens.length)]).join(''),
  );
}

describe('scopeCss parity', () => {
  it('writes every element sheet byte for byte as the per-character reference does', () => {
    for (const { tag, parts } of elementSheets) {
      for (const name of [tag, `my-${tag}`]) {
        expect(scopeCss(parts.join('\n'), name)).to.equal(referenceScopeCss(parts.join('\n'), name));
      }
    }
  });

  it('writes tricky and random CSS as the reference does', () => {
    for (const css of [...TRICKY, ...randomCss(5000)])
      expect(scopeCss(css, 'x-y')).to.equal(referenceScopeCss(css, 'x-y'));
  });
});

describe('prescopeCss', () => {
  it('gives, with the tag name filled in, what scoping for that tag gives', () => {
    for (const css of [...TRICKY, ...randomCss(2000)]) {
      expect(fillTagName(prescopeCss(css), 'x-y')).to.equal(scopeCss(css, 'x-y'));
    }
  });

  it('scopes each element block by block to the text of its blocks scoped together', () => {
    for (const { tag, parts } of elementSheets) {
      const filled = parts.map((part) => fillTagName(prescopeCss(part), tag)).join('');
      expect(filled).to.equal(referenceScopeCss(parts.join('\n'), tag));
    }
  });

  it('refuses a sheet that holds the tag slot, or one scoped already', () => {
    expect(() => prescopeCss('.a::after { content: "%tag%" }')).to.throw();
    expect(() => prescopeCss(prescopeCss('.a { top: 0 }'))).to.throw();
  });
});

describe('scopedCssFor', () => {
  it('fills prescoped blocks in and scopes the others, as if all were scoped together', () => {
    for (const { tag, parts } of elementSheets) {
      const expected = referenceScopeCss(parts.join('\n'), tag);
      const prescoped = parts.map((part) => unsafeCSS(prescopeCss(part)));
      const mixed = parts.map((part, i) => unsafeCSS(i === 0 ? prescopeCss(part) : part));
      expect(scopedCssFor({}, parts.map(unsafeCSS), tag)).to.equal(expected);
      expect(scopedCssFor({}, prescoped, tag)).to.equal(expected);
      expect(scopedCssFor({}, mixed, tag)).to.equal(expected);
    }
  });
});
