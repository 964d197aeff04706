import { css } from 'lit';

export const leaderListStyles = css`
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    /* min() lets one column shrink below the minimum on a phone instead of overflowing. */
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--leader-list-column-min, 20rem)), 1fr));
    gap: var(--leader-list-gap, 1rem);
  }
  .item { min-width: 0; }
`;
