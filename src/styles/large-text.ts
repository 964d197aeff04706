import { css } from 'lit';

/**
 * Elder-friendly sizing (适老化), switched on by the `large-text` attribute on any element (and
 * inherited by the elements inside `<org-profile>`): body text 21 px so the smallest text (0.875em)
 * stays above 18 px, controls and touch targets at least 60 × 60 px, looser lines and a stronger
 * focus ring. Only tokens change, so a page can do the same by setting them itself.
 */
export const largeTextStyles = css`
  :host([large-text]) {
    --org-font-size: 1.3125rem;
    --org-line-height: 1.6;
    --org-target-size: 3.75rem;
    --org-focus-width: 4px;
    --org-focus-offset: 3px;
    --org-chart-label-size: 1.3125rem;
    --org-chart-detail-size: 1.125rem;
    --org-chart-height: 45rem;
    --duty-list-heading-size: 1.5rem;
    --leader-card-name-size: 1.625rem;
    --leader-card-avatar-size: 5rem;
    --leader-list-column-min: 26rem;
    --org-profile-title-size: 2.25rem;
    --org-profile-heading-size: 1.75rem;
    --_mark: 1.3125rem;
  }
`;
