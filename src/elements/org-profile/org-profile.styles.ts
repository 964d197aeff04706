import { css } from 'lit';

export const orgProfileStyles = css`
  :host { display: block; }
  article { display: grid; gap: var(--org-profile-gap, 2rem); }
  [part~="header"] > :first-child {
    margin: 0 0 0.25rem; font-size: var(--org-profile-title-size, 1.75rem); line-height: 1.3;
  }
  .facts { margin: 0 0 0.5rem; color: var(--org-color-text-muted, #57606a); }
  [part~="section-heading"] {
    margin: 0 0 0.75rem; padding-bottom: 0.25rem; font-size: var(--org-profile-heading-size, 1.35rem);
    border-bottom: 2px solid var(--org-color-accent, #9b1c1c);
  }
  /* The chart's code comes after the profile's first view: until then its tag holds the place and
     height of the chart's own loading frame (a toolbar row over the chart area), so nothing below
     it moves when it arrives. Narrow, the chart is a list of unknown height; a load failure's notice, or
     paper, gets no hole. */
  org-chart:not(:defined):empty {
    display: block;
    box-sizing: border-box;
    min-height: calc(var(--org-target-size, 2.75rem) + 0.5rem + var(--org-chart-height, 37.5rem));
    border-top: calc(var(--org-target-size, 2.75rem) + 0.5rem) solid transparent;
    border-radius: var(--org-radius, 6px);
    background: var(--org-chart-background, var(--org-color-surface-subtle, #f6f8fa)) padding-box;
  }
  @media (max-width: 37.5em), print {
    org-chart:not(:defined):empty { min-height: 0; border: 0; background: none; }
  }
  section.unit { margin-bottom: 1.25rem; }
  section.unit > :first-child { margin: 0 0 0.25rem; font-size: 1.1em; }
  table { border-collapse: collapse; width: 100%; }
  th, td {
    text-align: start; vertical-align: top; padding: 0.4rem 0.5rem;
    border-bottom: 1px solid var(--org-color-border, #d0d7de);
  }
  td.number { white-space: nowrap; }
  a { color: var(--org-color-link, #0550ae); }
  .notes, .sources { margin: 0; padding-inline-start: 1.25rem; }
  .note { margin-bottom: 0.75rem; }
  .note-kind {
    display: inline-block; margin-inline-end: 0.5rem; padding: 0 0.4rem; border-radius: 4px;
    font-size: 0.875em; font-weight: 600;
    background: var(--org-color-surface-muted, #eef1f4); color: var(--org-color-text, #1f2328);
  }
  .note--discrepancy .note-kind {
    background: var(--org-profile-discrepancy-background, var(--org-color-mark, #fff8c5));
  }
  .readings { margin: 0.25rem 0 0; }
  .as-of { margin: 0; color: var(--org-color-text-muted, #57606a); }
  @media (forced-colors: active) {
    .note-kind { border: 1px solid CanvasText; }
  }
  @media print {
    [part~="section"] { break-inside: auto; }
    [part~="section-heading"] { break-after: avoid; }
  }
`;
