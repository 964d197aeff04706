import { css } from 'lit';

/**
 * Base styles every element shares. Global tokens are `--org-*`; each `var()` ends in a literal so
 * the elements look right on a page that sets none of them.
 */
export const baseStyles = css`
  /*
   * Inherited text properties are set with !important: an important declaration inside a shadow
   * tree wins over the page's, so portal CSS such as \`* { all: unset !important }\`, a global
   * letter-spacing or right-to-left body cannot reach inside. Portals restyle through the tokens.
   */
  :host {
    font-family: var(--org-font-family, "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif) !important;
    font-size: var(--org-font-size, 1rem) !important;
    line-height: var(--org-line-height, 1.5) !important;
    color: var(--org-color-text, #1f2328) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    direction: ltr !important;
    writing-mode: horizontal-tb !important;
    visibility: visible !important;
  }
  :host([hidden]) { display: none; }
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
