import { css } from 'lit';

export const staffingSummaryStyles = css`
  :host { display: block; container-type: inline-size; }
  .statement {
    margin: 0 0 1rem;
    padding: 0.5rem 0 0.5rem 1rem;
    border-inline-start: 4px solid var(--staffing-summary-color-1, var(--org-color-accent, #9b1c1c));
    overflow-wrap: anywhere;
  }
  .figures {
    display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem 2rem; align-items: start;
  }
  @container (max-width: 48rem) {
    .figures { grid-template-columns: minmax(0, 1fr); }
    .visual { padding-top: 0; }
  }

  .table-wrap { overflow-x: auto; }
  table { width: 100%; border-collapse: collapse; }
  caption { caption-side: top; text-align: start; font-weight: 700; font-size: 1.125em; padding-bottom: 0.5rem; }
  th, td {
    padding: 0.5rem 0.75rem;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--staffing-summary-border-color, var(--org-color-border, #d0d7de));
    overflow-wrap: break-word;
  }
  thead th { border-bottom-width: 2px; border-bottom-color: var(--org-color-line, #6e7781); font-weight: 700; }
  [part~="group-header"] {
    background: var(--staffing-summary-group-background, var(--org-color-surface-subtle, #f6f8fa));
    font-weight: 700;
  }
  .label {
    font-weight: 600;
    padding-inline-start: calc(0.75rem + var(--_depth, 0) * var(--staffing-summary-indent, 1.25rem));
    position: relative;
  }
  /* An elbow in front of a part shows which row it belongs to. */
  [part~="row--part"] .label { font-weight: 400; }
  [part~="row--part"] .label::before {
    content: "";
    position: absolute;
    /* left, not inset-inline-start (Chromium 87+): the elements are always left to right. */
    left: calc(0.75rem + (var(--_depth, 1) - 1) * var(--staffing-summary-indent, 1.25rem) + 0.25rem);
    top: 0;
    height: 1.25em;
    width: 0.6rem;
    border-inline-start: 1px solid var(--org-color-line, #6e7781);
    border-bottom: 1px solid var(--org-color-line, #6e7781);
  }
  .count { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .count--text { white-space: normal; }
  .note { display: block; }
  [part~="remarks"] { color: var(--org-color-text-muted, #57606a); }

  .visual { display: grid; gap: 1rem; padding-top: 2.25rem; }
  .visual-title { font-weight: 700; margin-bottom: 0.25rem; }
  .item {
    display: grid;
    grid-template-columns: minmax(0, 9em) minmax(0, 1fr) auto;
    gap: 0.25rem 0.75rem;
    align-items: center;
    padding: 0.375rem 0;
  }
  .item-label { font-size: 0.875em; overflow-wrap: anywhere; }
  .item-total { font-weight: 700; font-variant-numeric: tabular-nums; }
  .bar {
    display: flex;
    box-sizing: border-box;
    height: var(--staffing-summary-bar-height, 1.5rem);
    border: 1px solid var(--org-color-line, #6e7781);
    border-radius: 3px;
    background: var(--org-color-surface, #ffffff);
    overflow: hidden;
  }
  .segment, .swatch {
    --_bg: var(--org-color-surface, #ffffff);
    flex: none;
    box-sizing: border-box;
    border-inline-end: 2px solid var(--_bg, var(--org-color-surface, #ffffff));
  }
  .segment:last-child { border-inline-end: 0; }
  .pattern-0 {
    --_c: var(--staffing-summary-color-1, var(--org-color-accent, #9b1c1c));
    background: var(--_c, var(--org-color-accent, #9b1c1c));
  }
  /* Stripes and dots make the parts differ in more than colour; the inset edge keeps 3:1 at the boundary. */
  .pattern-1 {
    --_c: var(--staffing-summary-color-2, var(--org-color-series-2, #0b5cad));
    background: repeating-linear-gradient(135deg,
      var(--_c, var(--org-color-series-2, #0b5cad)) 0 3px, var(--_bg, var(--org-color-surface, #ffffff)) 3px 6px);
    box-shadow: inset 0 0 0 2px var(--_c, var(--org-color-series-2, #0b5cad));
  }
  .pattern-2 {
    --_c: var(--staffing-summary-color-3, var(--org-color-series-3, #6b5900));
    background: radial-gradient(circle,
      var(--_c, var(--org-color-series-3, #6b5900)) 1.5px, var(--_bg, var(--org-color-surface, #ffffff)) 2px)
      0 0 / 6px 6px;
    box-shadow: inset 0 0 0 2px var(--_c, var(--org-color-series-3, #6b5900));
  }
  .legend { grid-column: 2 / -1; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; font-size: 0.875em; }
  .legend-entry { display: inline-flex; align-items: center; gap: 0.375rem; }
  .swatch { display: inline-block; width: 1rem; height: 1rem; border: 0; border-radius: 2px; }
  .legend-count { font-weight: 700; font-variant-numeric: tabular-nums; }
  .dots { display: flex; flex-wrap: wrap; gap: 0.25rem; }
  .dot {
    width: 0.875rem;
    height: 0.875rem;
    border-radius: 50%;
    background: var(--staffing-summary-color-1, var(--org-color-accent, #9b1c1c));
  }
  [part~="notice"] {
    margin: 0; padding: 0.75rem 1rem; border: 1px dashed var(--org-color-line, #6e7781);
    border-radius: var(--org-radius, 6px);
  }

  /* Phones: labels above their bars, tighter cells, so English still fits about 22em. */
  @container (max-width: 30rem) {
    .item { grid-template-columns: minmax(0, 1fr) auto; }
    .item-label, .legend { grid-column: 1 / -1; }
    th, td { padding-inline: 0.375rem; }
    .label { padding-inline-start: calc(0.375rem + var(--_depth, 0) * var(--staffing-summary-indent, 1.25rem)); }
    [part~="row--part"] .label::before {
      left: calc((var(--_depth, 1) - 1) * var(--staffing-summary-indent, 1.25rem) + 0.125rem);
    }
    [part~="remarks"] { font-size: 0.875em; }
  }
  /*
   * Browsers without container queries (Chromium before 105, the 86 floor among them) take the same two
   * steps by the window's width instead. Keep these in step with the two @container blocks above.
   */
  @supports not (container-type: inline-size) {
    @media (max-width: 48rem) {
      .figures { grid-template-columns: minmax(0, 1fr); }
      .visual { padding-top: 0; }
    }
    @media (max-width: 30rem) {
      .item { grid-template-columns: minmax(0, 1fr) auto; }
      .item-label, .legend { grid-column: 1 / -1; }
      th, td { padding-left: 0.375rem; padding-right: 0.375rem; }
      .label { padding-inline-start: calc(0.375rem + var(--_depth, 0) * var(--staffing-summary-indent, 1.25rem)); }
      [part~="row--part"] .label::before {
        left: calc((var(--_depth, 1) - 1) * var(--staffing-summary-indent, 1.25rem) + 0.125rem);
      }
      [part~="remarks"] { font-size: 0.875em; }
    }
  }
  @media (forced-colors: active) {
    /* Keep the drawn patterns (forced colours would flatten them) in system colours. */
    .visual { forced-color-adjust: none; }
    .bar { border-color: CanvasText; background: Canvas; }
    .segment, .swatch { --_bg: Canvas; }
    .pattern-0, .pattern-1, .pattern-2, .dot { --_c: CanvasText; }
    .dot { background: CanvasText; }
    .visual { color: CanvasText; }
    [part~="row--part"] .label::before { border-color: CanvasText; }
  }
`;
