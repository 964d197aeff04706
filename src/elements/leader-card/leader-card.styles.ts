import { css } from 'lit';

/** Styles of one leader card; `<leader-list>` uses them for each of its cards. */
export const leaderCardStyles = css`
  :host { display: block; }
  .card {
    box-sizing: border-box;
    height: 100%;
    padding: 1rem 1.25rem;
    border: 1px solid var(--leader-card-border-color, var(--org-color-border, #d0d7de));
    border-radius: var(--org-radius, 6px);
    background: var(--leader-card-background, var(--org-color-surface, #ffffff));
    color: var(--org-color-text, #1f2328);
    overflow-wrap: break-word;
    transition: border-color 150ms ease-out, box-shadow 150ms ease-out;
  }
  /* Hover and focus also highlight the person's units in a linked chart: the card shows it is the source. */
  .card:hover, .card:focus-within {
    border-color: var(--leader-card-active-border-color, var(--org-color-accent, #9b1c1c));
    box-shadow: 0 0 0 1px var(--leader-card-active-border-color, var(--org-color-accent, #9b1c1c));
  }
  .header { display: flex; gap: 1rem; align-items: flex-start; }
  .heading { min-width: 0; }
  .photo {
    flex: none;
    width: var(--leader-card-portrait-size, 6rem);
    height: auto;
    aspect-ratio: 3 / 4;
    object-fit: cover;
    border-radius: var(--org-radius, 6px);
    background: var(--org-color-surface-muted, #eef1f4);
  }
  .avatar {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: var(--leader-card-avatar-size, 4rem);
    height: var(--leader-card-avatar-size, 4rem);
    border-radius: 50%;
    /* Every theme keeps on-accent on accent ≥ 4.5:1 (white on the default red is 8.2:1). */
    background: var(--leader-card-avatar-background, var(--org-color-accent, #9b1c1c));
    color: var(--leader-card-avatar-color, var(--org-color-on-accent, #ffffff));
    font-size: calc(var(--leader-card-avatar-size, 4rem) * 0.45);
    font-weight: 700;
    line-height: 1;
  }
  .name { margin: 0; font-size: var(--leader-card-name-size, 1.25rem); font-weight: 700; line-height: 1.3; }
  .name-zh { font-weight: 400; color: var(--org-color-text-muted, #57606a); }
  dl, dd { margin: 0; }
  .posts { margin-top: 0.25rem; }
  /* Label and posts share a line while they fit; long English posts wrap below the label. */
  .post-group { display: flex; flex-wrap: wrap; column-gap: 0.25em; }
  .post-group dt { color: var(--org-color-text-muted, #57606a); }
  .post-group dt::after { content: "："; }
  :host(:lang(en)) .post-group dt::after { content: ":"; }
  .details { margin-top: 0.75rem; }
  .entry + .entry { margin-top: 0.5rem; }
  .entry dt { font-weight: 700; }
  .units { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; column-gap: 1rem; }
  .unit-link {
    display: inline-flex;
    align-items: center;
    box-sizing: border-box;
    min-height: var(--org-target-size, 2.75rem);
    padding-top: 0.25rem; padding-bottom: 0.25rem;
    color: var(--leader-card-link-color, var(--org-color-link, #0550ae));
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .unit-link:hover { text-decoration-thickness: 2px; }
  .unit-link:focus-visible {
    outline: var(--org-focus-width, 3px) solid var(--org-color-focus, #0969da);
    outline-offset: var(--org-focus-offset, 2px);
    border-radius: 2px;
  }
  .unit-link[aria-current="true"] { font-weight: 700; text-decoration-thickness: 3px; }
  /* 分管 / 联系 items that are not units of the body: plain text on the links' baseline. */
  .unit-text {
    display: inline-flex; align-items: center; min-height: var(--org-target-size, 2.75rem);
    padding-top: 0.25rem; padding-bottom: 0.25rem; box-sizing: border-box;
  }
  .post-remark { color: var(--org-color-text-muted, #57606a); }
  .assists { margin: 0.5rem 0 0; }
  [part~="error"] p { margin: 0.25rem 0; }
  @media (prefers-reduced-motion: reduce) {
    .card { transition: none; }
  }
  @media (forced-colors: active) {
    .card { border-color: CanvasText; }
    .card:hover, .card:focus-within { border-color: Highlight; box-shadow: none; outline: 2px solid Highlight; }
    .avatar { border: 2px solid CanvasText; }
    .unit-link { color: LinkText; }
    .unit-link:focus-visible { outline-color: Highlight; }
  }
`;
