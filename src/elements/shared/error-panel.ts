import { html, nothing, type TemplateResult } from 'lit';
import type { UiLang } from '../../model/localize.js';
import type { Messages } from '../../i18n/messages.js';
import type { DatasetState } from './dataset-controller.js';

/** Issues listed before the panel says "n more": enough to fix a file, short enough to read. */
const SHOWN_ISSUES = 20;

/**
 * The in-element panel for data that cannot be shown: every issue with its JSON path, or the
 * network failure with a retry button. Never an empty box.
 */
export function renderErrorPanel(
  state: DatasetState,
  t: Messages,
  lang: UiLang,
  onRetry: () => void,
): TemplateResult | typeof nothing {
  if (state.status === 'loading') return html`<p part="status" role="status">${t.loading}</p>`;
  if (state.status === 'empty') return html`<div part="error" role="alert"><p>${t.noData}</p></div>`;
  if (state.status === 'failed') {
    return html`<div part="error" role="alert">
      <p part="error-title">${t.errorTitle}</p>
      <p>${t.fetchFailed(state.url, state.reason)}</p>
      <button part="button retry" type="button" @click=${onRetry}>${t.retry}</button>
    </div>`;
  }
  if (state.status !== 'invalid') return nothing;
  const shown = state.issues.slice(0, SHOWN_ISSUES);
  return html`<div part="error" role="alert">
    <p part="error-title">${t.errorTitle}</p>
    <p>${t.dataIssuesIntro(state.issues.length)}</p>
    <ul part="error-list">
      ${shown.map((issue) => {
        const message = lang === 'en' ? issue.message.en : issue.message.zh;
        return html`<li><code>${issue.path || '/'}</code> ${message}</li>`;
      })}
    </ul>
    ${state.issues.length > shown.length ? html`<p>${t.moreIssues(state.issues.length - shown.length)}</p>` : nothing}
  </div>`;
}
