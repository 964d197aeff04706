import { expect } from '@open-wc/testing';
import { layoutImportant, scopeCss, scopeSelector } from '../../src/styles/scope-css.js';

describe('scopeCss', () => {
  it('turns :host into the tag name and keeps what follows it', () => {
    expect(scopeSelector(':host', 'duty-list')).to.equal('duty-list');
    expect(scopeSelector(':host([large-text])', 'duty-list')).to.equal('duty-list[large-text]');
    expect(scopeSelector(':host(:lang(en)) .post dt::after', 'leader-card')).to.equal(
      'leader-card:lang(en) .post dt::after',
    );
    expect(scopeSelector(':host .x', 'org-chart')).to.equal('org-chart .x');
  });

  it('puts every other selector inside the tag, including each one of a list', () => {
    const out = scopeCss('[part~="a"], .b > c, d:not(.e, .f) { color: red }', 'org-chart');
    expect(out).to.equal('org-chart [part~="a"],org-chart .b > c,org-chart d:not(.e, .f){color: red}');
  });

  it('does not take a longer pseudo-class for :host', () => {
    expect(scopeSelector(':hostile', 'x-y')).to.equal('x-y :hostile');
  });

  it('scopes rules inside @media and @supports, and keeps other at-rules whole', () => {
    const out = scopeCss('@media print { .a { display: none } } @font-face { font-family: X; src: local(X) }', 'x-y');
    expect(out).to.equal('@media print{x-y .a{display: none !important}}@font-face{ font-family: X; src: local(X) }');
  });

  it('drops comments but keeps strings, even with braces, commas and comment marks inside', () => {
    const out = scopeCss('/* note { } */ .a::after { content: "{ /* , */ }" / ""; }', 'x-y');
    expect(out).to.equal('x-y .a::after{content: "{ /* , */ }" / ""}');
  });

  it('makes layout important and leaves appearance to the page and its toolbars', () => {
    const out = layoutImportant(
      'display: flex; color: red; background: var(--b, #fff); padding: 0 1rem; ' +
        'font-size: 2em; border: 1px solid; --x: 1',
    );
    expect(out.split(';')).to.deep.equal([
      'display: flex !important',
      'color: red',
      'background: var(--b, #fff)',
      'padding: 0 1rem !important',
      'font-size: 2em',
      'border: 1px solid',
      '--x: 1',
    ]);
  });

  it('does not mark a declaration important twice', () => {
    expect(layoutImportant('display: none !important')).to.equal('display: none !important');
  });

  it('gives a stylesheet that the browser parses into the same number of rules', () => {
    const css =
      ':host { display: block } .a, .b { margin: 0 } @media (forced-colors: active) { .a { color: CanvasText } }';
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(scopeCss(css, 'x-y'));
    expect(sheet.cssRules.length).to.equal(3);
    expect((sheet.cssRules[0] as CSSStyleRule).selectorText).to.equal('x-y');
    expect((sheet.cssRules[0] as CSSStyleRule).style.getPropertyPriority('display')).to.equal('important');
  });
});
