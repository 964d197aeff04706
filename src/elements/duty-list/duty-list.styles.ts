import { css } from 'lit';

export const dutyListStyles = css`
  :host { display: block; }

  [part~="caption"] { margin: 0 0 0.5rem; font-weight: 700; font-size: var(--duty-list-heading-size, 1.0625rem); }
  [part~="filter"] { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.75rem; }
  [part~="filter-label"] { font-weight: 600; }
  [part~="filter-input"] {
    font: inherit; flex: 1 1 12em; max-width: 24rem; min-width: 0; box-sizing: border-box;
    min-height: var(--org-target-size, 2.75rem); padding: 0.25rem 0.5rem;
    border: 1px solid var(--org-color-control-border, #6e7781); border-radius: var(--org-radius, 6px);
    color: inherit; background: var(--org-color-control, #ffffff);
  }
  [part~="filter-input"]:focus-visible {
    outline: var(--org-focus-width, 3px) solid var(--org-color-focus, #0969da);
    outline-offset: var(--org-focus-offset, 2px);
  }
  [part~="filter-status"] { margin: 0.25rem 0 0.5rem; min-height: 1.5em; color: var(--org-color-text-muted, #57606a); }

  [part~="list"], [part~="group-list"] { list-style: none; margin: 0; padding: 0; }
  /* A hanging indent keeps the number in the text flow (copy-paste gives （一）承担…) while the text lines up. */
  ol { --_indent: 0em; }
  ol.numbered { --_indent: var(--duty-list-number-width, 4.5em); }
  ol.numbered.en { --_indent: var(--duty-list-number-width, 2.5em); }
  [part~="item"] {
    padding: 0.625rem 0 0.625rem var(--_indent, 0em);
    text-indent: calc(-1 * var(--_indent, 0em));
    line-height: var(--duty-list-line-height, 1.75);
    border-bottom: 1px solid var(--duty-list-divider-color, var(--org-color-border, #d0d7de));
  }
  [part~="item"]:first-child { border-top: 1px solid var(--duty-list-divider-color, var(--org-color-border, #d0d7de)); }
  [part~="number"] { display: inline-block; min-width: var(--_indent, 0em); text-indent: 0; font-weight: 600; }
  /*
   * The folded remainder is inline once shown; while hidden it must be a box for content-visibility to apply.
   * content-visibility is restated for browsers that predate hidden="until-found" (Chromium 85–101), whose
   * display: block here would otherwise show the fold; find-in-page cannot open it there, the button can.
   */
  [part~="rest"][hidden="until-found"] { display: block; content-visibility: hidden; }
  /* The ellipsis is decoration (empty alt text); a no-break space keeps it on the line of a Latin sentence. */
  [part~="item--folded"] [part~="head"]::after { content: "…" / ""; }
  [part~="item--folded"] [part~="head"]:lang(en)::after { content: "\\a0…" / ""; }
  [part~="match"] {
    background: var(--duty-list-match-background, var(--org-color-mark, #fff8c5));
    color: inherit;
    /* The thickness apart: Chromium before 87 drops a text-decoration shorthand that has one. */
    text-decoration: underline var(--duty-list-match-underline, var(--org-color-mark-line, #9a6700));
    text-decoration-thickness: 2px;
    text-underline-offset: 0.2em;
  }
  [part~="toggle"] {
    display: block; text-indent: 0; margin: 0.125rem 0 0 calc(-1 * min(var(--_indent, 0em), 0.5rem));
    padding: 0.25rem 0.5rem;
    border-color: transparent; background: transparent;
    color: var(--duty-list-link-color, var(--org-color-link, #0550ae)); text-decoration: underline;
  }
  [part~="toggle"]:hover { background: var(--org-color-control-hover, #eef1f4); }

  [part~="group"] + [part~="group"] { margin-top: 1rem; }
  [part~="group-heading"] {
    font-weight: 700; font-size: var(--duty-list-heading-size, 1.0625rem); margin: 0 0 0.25rem;
  }
  [part~="notice"] {
    margin: 0; padding: 0.75rem 1rem; border-radius: var(--org-radius, 6px);
    border: 1px solid var(--org-color-border, #d0d7de); background: var(--org-color-surface-subtle, #f6f8fa);
  }

  /*
   * A prerendered list whose element is not defined (no custom elements, the script blocked or not yet run)
   * has no working fold: every duty shows whole. Only dist/gov-org-elements.css can match this rule.
   */
  :host(:not(:defined)) [part~="rest"][hidden] { display: inline; content-visibility: visible; }
  :host(:not(:defined)) [part~="item--folded"] [part~="head"]::after { content: none; }

  /* A prerendered page read without JavaScript: every duty whole, no controls that need a script. */
  @media (scripting: none) {
    [part~="filter"], [part~="filter-status"], [part~="toggle"] { display: none; }
    [part~="rest"][hidden] { display: inline; content-visibility: visible; }
    [part~="item--folded"] [part~="head"]::after { content: none; }
  }
  /* On paper nothing can be unfolded or filtered: every item prints whole, without the controls. */
  @media print {
    [part~="filter"], [part~="filter-status"], [part~="toggle"] { display: none; }
    li[hidden]:not([hidden="until-found"]) { display: list-item; }
    [part~="rest"][hidden] { display: inline; content-visibility: visible; }
    [part~="item--folded"] [part~="head"]::after { content: none; }
  }

  @media (forced-colors: active) {
    [part~="match"] { forced-color-adjust: none; background: Mark; color: MarkText; }
    [part~="toggle"] { color: LinkText; border-color: transparent; }
    [part~="filter-input"] { border-color: CanvasText; }
    [part~="filter-input"]:focus-visible { outline-color: Highlight; }
    [part~="item"], [part~="notice"] { border-color: CanvasText; }
  }
`;
