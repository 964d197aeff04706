import { css } from 'lit';

/**
 * Base styles every element shares. Global tokens are `--org-*`; each `var()` ends in a literal so
 * the elements look right on a page that sets none of them.
 */
export const baseStyles = css`
  /*
   * The elements render in the light DOM, where the page's CSS and its accessibility toolbar reach
   * them. Nothing here is !important: a toolbar's recolouring or text size (inline styles, or its
   * own !important rules) must win. What the page sets on bare elements (\`p, span, li { font-size:
   * 12px }\`, \`li { list-style: none }\`) loses to the scoped rules below, which are more specific.
   * Text never shrinks below the page's root size (a portal's 12 px body or 62.5% root).
   */
  :host {
    font-family: var(--org-font-family,
      "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif);
    font-size: var(--org-font-size, max(1rem, 1em));
    line-height: var(--org-line-height, 1.5);
    color: var(--org-color-text, #1f2328);
    font-style: normal;
    font-weight: 400;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    direction: ltr;
    writing-mode: horizontal-tb;
  }
  p, span, li, div, a, td, th, dt, dd, dl, ol, ul, label, q, code, mark, article, section, header, table, caption,
  h1, h2, h3, h4, h5, h6 {
    font-size: inherit; color: inherit; line-height: inherit; font-family: inherit; letter-spacing: inherit;
    background-color: transparent;
  }
  /*
   * The browser's own box of each element we render, restated, so the page's rules for bare
   * elements (\`section { border: 1px solid; padding: 1rem }\`, \`h2 { border-bottom: … }\`,
   * \`* { all: unset }\`) do not reach into our layout: our scoped rules are more specific.
   */
  div, p, ol, ul, dl, dt, dd, section, article, header, footer, nav, figure, h1, h2, h3, h4, h5, h6,
  li, table, caption, thead, tbody, tr, td, th, span, a, label, mark, q, code {
    margin: 0; padding: 0; border: 0 none; border-radius: 0; box-shadow: none; float: none; position: static;
  }
  p, dl, ol, ul { margin: 1em 0; }
  ol, ul { padding-inline-start: 40px; }
  dd { margin-inline-start: 40px; }
  h1 { margin: 0.67em 0; }
  h2 { margin: 0.83em 0; }
  h3 { margin: 1em 0; }
  h4 { margin: 1.33em 0; }
  h5 { margin: 1.67em 0; }
  h6 { margin: 2.33em 0; }
  td, th { padding: 1px; }
  div, p, ol, ul, dl, dt, dd, section, article, header, footer, nav, figure, h1, h2, h3, h4, h5, h6 { display: block; }
  li { display: list-item; }
  table { display: table; }
  caption { display: table-caption; }
  thead { display: table-header-group; }
  tbody { display: table-row-group; }
  tr { display: table-row; }
  td, th { display: table-cell; }
  [hidden]:not([hidden="until-found"]), :host([hidden]) { display: none; }
  button {
    font: inherit;
    min-height: var(--org-target-size, 2.75rem);
    min-width: var(--org-target-size, 2.75rem);
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--org-color-control-border, #6e7781);
    border-radius: var(--org-radius, 6px);
    background: var(--org-color-control, #ffffff);
    color: var(--org-color-text, #1f2328);
    cursor: pointer;
  }
  button:hover { background: var(--org-color-control-hover, #eef1f4); }
  button:focus-visible, [tabindex]:focus-visible {
    outline: var(--org-focus-width, 3px) solid var(--org-color-focus, #0969da);
    outline-offset: var(--org-focus-offset, 2px);
  }
  [part~="error"] {
    border: 2px solid var(--org-color-danger, #cf222e);
    background: var(--org-color-danger-surface, #ffebe9);
    color: var(--org-color-text, #1f2328);
    border-radius: var(--org-radius, 6px);
    padding: 0.75rem 1rem;
  }
  [part~="error-title"] { font-weight: 700; margin-top: 0; }
  [part~="error"] code { font-family: ui-monospace, monospace; font-size: 0.9em; }
  @media (forced-colors: active) {
    button { border-color: ButtonText; }
    button:focus-visible, [tabindex]:focus-visible { outline-color: Highlight; }
    [part~="error"] { border-color: CanvasText; }
  }
`;
