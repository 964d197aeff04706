import { css } from 'lit';

export const orgChartStyles = css`
  :host { display: block; position: relative; }
  [part~="toolbar"] { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-bottom: 0.5rem; }
  /* While the data loads: the status in a row as tall as the toolbar's buttons, over an empty
     chart area that does not take the page's scrolling or look draggable. */
  .pending-bar {
    display: flex;
    align-items: center;
    min-height: var(--org-target-size, 2.75rem);
    margin-bottom: 0.5rem;
  }
  .pending-bar > [part~="status"] { margin: 0; }
  [part~="viewport"].pending { touch-action: auto; cursor: auto; }
  @media print { [part~="viewport"].pending { display: none; } }
  [part~="viewport"] {
    position: relative;
    overflow: hidden;
    height: var(--org-chart-height, 37.5rem);
    border: 1px solid var(--org-chart-border-color, var(--org-color-border, #d0d7de));
    border-radius: var(--org-radius, 6px);
    background: var(--org-chart-background, var(--org-color-surface-subtle, #f6f8fa));
    touch-action: none;
    cursor: grab;
    user-select: none;
  }
  [part~="canvas"] { position: absolute; left: 0; top: 0; transform-origin: 0 0; transition: transform 200ms ease-out; }
  [part~="canvas"].interacting { transition: none; }
  [part~="links"] { position: absolute; left: 0; top: 0; overflow: visible; pointer-events: none; }
  [part~="link"] {
    fill: none;
    stroke: var(--org-chart-link-color, var(--org-color-line, #6e7781));
    stroke-width: var(--org-chart-link-width, 1.5px);
  }
  [part~="canvas"] > [role="tree"] { position: absolute; left: 0; top: 0; }
  .node {
    position: absolute;
    box-sizing: border-box;
    padding: var(--org-chart-node-padding-y, 0.5rem) var(--org-chart-node-padding-x, 0.75rem);
    border: 1px solid var(--org-chart-node-border-color, var(--org-color-line, #6e7781));
    border-radius: var(--org-radius, 6px);
    background: var(--org-chart-node-background, var(--org-color-surface, #ffffff));
    color: var(--org-color-text, #1f2328);
    cursor: pointer;
  }
  .label { display: block; font-weight: 600; font-size: var(--org-chart-label-size, 0.9375rem); line-height: 1.4; }
  .line { display: block; white-space: nowrap; }
  .detail, .meta {
    display: block;
    white-space: nowrap;
    font-size: var(--org-chart-detail-size, 0.8125rem);
    line-height: 1.4;
    color: var(--org-color-text-muted, #57606a);
  }
  .node[data-type="organization"] {
    background: var(--org-chart-root-background, var(--org-color-accent, #9b1c1c));
    border-color: var(--org-chart-root-background, var(--org-color-accent, #9b1c1c));
    color: var(--org-chart-root-color, var(--org-color-on-accent, #ffffff));
  }
  .node[data-type="organization"] .detail, .node[data-type="organization"] .meta {
    color: var(--org-chart-root-color, var(--org-color-on-accent, #ffffff));
  }
  .node[data-type="group"], .node[data-type="person"] {
    background: var(--org-chart-group-background, var(--org-color-surface-muted, #eef1f4));
  }
  .node[aria-selected="true"] {
    border: 2px solid var(--org-chart-selected-border, var(--org-color-accent, #9b1c1c));
    background: var(--org-chart-selected-background, var(--org-color-accent-surface, #fdf2f2));
    padding: calc(var(--org-chart-node-padding-y, 0.5rem) - 1px) calc(var(--org-chart-node-padding-x, 0.75rem) - 1px);
  }
  .node.highlighted { box-shadow: 0 0 0 3px var(--org-chart-highlight-color, var(--org-color-highlight, #b58100)); }
  .node.found, .row.found { background: var(--org-chart-found-background, var(--org-color-mark, #fff8c5)); }
  /*
   * A found organisation box loses the accent background, so its text goes back to the text colours. No
   * :where()/:is() (Chromium 88+); without .node the weights stay those of the accent rules above and of the
   * forced-colors rules below (a found row already has these colours).
   */
  .found[data-type="organization"] { color: var(--org-color-text, #1f2328); }
  .found[data-type="organization"] .detail, .found[data-type="organization"] .meta {
    color: var(--org-color-text-muted, #57606a);
  }
  /* Under the chart, its line always reserved: the page never moves when the note comes or goes. */
  [part~="outside"] {
    min-height: 1.5em;
    margin: 0.25rem 0 0;
    line-height: 1.5;
    color: var(--org-color-text-muted, #57606a);
  }
  /* The overview sits in the chart area's lower right corner, over the boxes there. */
  [part~="minimap"] {
    position: absolute;
    right: 0.5rem;
    bottom: 0.5rem;
    z-index: 2;
    box-sizing: content-box;
    border: 1px solid var(--org-chart-border-color, var(--org-color-border, #d0d7de));
    background: var(--org-color-surface, #ffffff);
    cursor: pointer;
    touch-action: none;
  }
  [part~="minimap"]:focus-visible {
    outline: var(--org-focus-width, 3px) solid var(--org-color-focus, #0969da);
    outline-offset: var(--org-focus-offset, 2px);
  }
  [part~="minimap"] canvas {
    display: block;
    width: 100%;
    height: 100%;
    color: var(--org-chart-link-color, var(--org-color-line, #6e7781));
  }
  [part~="minimap-view"] {
    position: absolute;
    box-sizing: border-box;
    border: 2px solid var(--org-color-focus, #0969da);
    pointer-events: none;
  }
  [part~="breadcrumb"] { margin-bottom: 0.5rem; }
  [part~="crumbs"] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~="crumb"] { display: inline-flex; align-items: center; gap: 0.25rem; }
  /* The separator is drawn, not text: screen readers announce the list and its position instead. */
  [part~="crumb"] + [part~="crumb"]::before { content: "›"; color: var(--org-color-text-muted, #57606a); }
  [part~="crumb"][aria-current] { font-weight: 600; }
  [part~="find"] { position: relative; display: inline-flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
  /* The matches drop down over the chart, under the box, so the page below never moves. */
  [part~="find-list"] {
    position: absolute;
    top: 100%;
    left: 0;
    z-index: 3;
    width: max(100%, 22em);
    max-height: 20em;
    overflow-y: auto;
    margin: 0.25rem 0 0;
    padding: 0.25rem 0;
    list-style: none;
    border: 1px solid var(--org-color-control-border, #6e7781);
    border-radius: var(--org-radius, 6px);
    background: var(--org-color-surface, #ffffff);
    color: var(--org-color-text, #1f2328);
  }
  [part~="find-list"][hidden] { display: none; }
  [part~="find-option"] { display: block; padding: 0.375rem 0.75rem; cursor: pointer; }
  [part~="find-option"][aria-selected="true"] {
    background: var(--org-chart-found-background, var(--org-color-mark, #fff8c5));
    outline: 2px solid var(--org-color-focus, #0969da);
    outline-offset: -2px;
  }
  [part~="find-name"] { display: block; font-weight: 600; }
  [part~="find-path"] { display: block; font-size: 0.875em; color: var(--org-color-text-muted, #57606a); }
  [part~="find-input"] {
    font: inherit; min-height: var(--org-target-size, 2.75rem); box-sizing: border-box; padding: 0.25rem 0.5rem;
    border: 1px solid var(--org-color-control-border, #6e7781); border-radius: var(--org-radius, 6px);
    width: 12em; max-width: 100%; color: inherit; background: var(--org-color-control, #ffffff);
  }
  [part~="find-input"]:focus-visible {
    outline: var(--org-focus-width, 3px) solid var(--org-color-focus, #0969da);
    outline-offset: var(--org-focus-offset, 2px);
  }
  [part~="find-status"] { color: var(--org-color-text-muted, #57606a); }
  .node:focus-visible { z-index: 1; }
  /*
   * The +/− mark sits on the corner, mostly outside the box, and is sized by the root size (larger
   * in large-text mode), not by the box text: when a toolbar or the page enlarges the text, the
   * mark must not grow over it (it is decoration; aria-expanded says the same to assistive
   * technology).
   */
  .toggle {
    position: absolute; box-sizing: border-box;
    right: calc(-1 * var(--_mark, 1rem)); bottom: calc(-1 * var(--_mark, 1rem));
    width: calc(1.4 * var(--_mark, 1rem)); height: calc(1.4 * var(--_mark, 1rem));
    border: 1px solid var(--org-chart-node-border-color, var(--org-color-line, #6e7781)); border-radius: 50%;
    background: var(--org-chart-node-background, var(--org-color-surface, #ffffff));
    color: var(--org-color-text, #1f2328);
    font: 700 calc(0.875 * var(--_mark, 1rem))/calc(1.3 * var(--_mark, 1rem)) system-ui, sans-serif !important;
    text-align: center;
  }
  /* The mark's unit (--_mark): the root size; large-text.ts makes it 21 px (its 0.875 stays above 18 px). */
  /* At the corner, not far off-screen: a box at left: -9999px widens the scrollable page on right-to-left pages. */
  .probe { visibility: hidden; position: absolute; left: 0; top: 0; pointer-events: none; }
  [part~="notice"] { margin: 0.25rem 0; color: var(--org-color-text-muted, #57606a); }
  [part~="list"], [part~="list"] ul { list-style: none; margin: 0; padding: 0; }
  [part~="list"] { border: 1px solid var(--org-color-border, #d0d7de); border-radius: var(--org-radius, 6px); }
  .row {
    display: flex; align-items: center; gap: 0.5rem; min-height: var(--org-target-size, 2.75rem);
    padding: 0.25rem 0.5rem 0.25rem calc(0.5rem + var(--level, 0) * 1.25rem);
    border-bottom: 1px solid var(--org-color-border, #d0d7de); cursor: pointer;
  }
  .row .texts { flex: 1; min-width: 0; }
  .row .label, .row .detail, .row .meta { white-space: normal; }
  .row .twisty { width: 1.25rem; flex: none; text-align: center; }
  .row[aria-selected="true"] {
    background: var(--org-chart-selected-background, var(--org-color-accent-surface, #fdf2f2));
    box-shadow: inset 4px 0 0 var(--org-color-accent, #9b1c1c);
  }
  .row:focus-visible {
    outline: var(--org-focus-width, 3px) solid var(--org-color-focus, #0969da);
    outline-offset: -3px;
  }
  .row.highlighted {
    box-shadow: inset 0 0 0 3px var(--org-chart-highlight-color, var(--org-color-highlight, #b58100));
  }
  /* The drawing of the whole tree that stands in for the chart while printing (see chart-export.ts). */
  [part~="print"] { display: none; }
  @media print {
    /* Fits the page, whichever side is the longer; the coloured organisation box prints as on screen. */
    [part~="print"] {
      display: block;
      width: auto;
      height: auto;
      max-width: 100%;
      max-height: 100vh;
      margin: 0 auto;
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
    [part~="print"] ~ *, [part~="toolbar"] { display: none !important; }
  }
  /* A prerendered chart read without JavaScript is the list of every unit; its buttons would do nothing. */
  @media (scripting: none) {
    [part~="toolbar"] { display: none; }
  }
  @media (prefers-reduced-motion: reduce) {
    [part~="canvas"] { transition: none; }
  }
  @media (forced-colors: active) {
    /* The boxes keep drawing their states (forced-color-adjust: none), so every variant goes back to system colours. */
    .node, .node[data-type], .node.found, .node[aria-selected], .toggle {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
      forced-color-adjust: none;
    }
    .node[aria-selected="true"] { border-color: Highlight; outline: 2px solid Highlight; }
    [part~="minimap"] canvas { color: CanvasText; }
    [part~="minimap-view"] { border-color: Highlight; }
    .node.highlighted { box-shadow: none; outline: 3px dashed Highlight; }
    .node.found, .row.found { outline: 2px dotted CanvasText; }
    .node:focus-visible, .row:focus-visible { outline: 3px solid Highlight; }
    .row[aria-selected="true"] { outline: 2px solid Highlight; }
    [part~="link"] { stroke: CanvasText; }
    .detail, .meta, .node[data-type] :is(.detail, .meta) { color: CanvasText; }
  }
`;
