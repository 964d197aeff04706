import { html, nothing, type TemplateResult } from 'lit';
import { ref, type Ref } from 'lit/directives/ref.js';
import type { Messages } from '../../i18n/messages.js';

export interface ToolbarActions {
  readonly zoomIn: () => void;
  readonly zoomOut: () => void;
  readonly fit: () => void;
  readonly resetView: () => void;
  readonly expandAll: () => void;
  readonly collapseAll: () => void;
}

/** What the toolbar shows and does. */
export interface ToolbarView {
  readonly actions: ToolbarActions;
  readonly save: (format: 'svg' | 'png') => void;
  /** Shows the chart from the selected unit down; undefined when no unit below the root is selected. */
  readonly drill: (() => void) | undefined;
  readonly t: Messages;
  readonly narrow: boolean;
  readonly find: TemplateResult;
  readonly bar: Ref<HTMLElement>;
}

/**
 * The chart's buttons and the find box. Pan/zoom only make sense in chart mode; export draws the
 * whole tree whatever is on screen, so it is offered in the narrow list too (on a phone it is the
 * one way to get the chart as a picture).
 */
export function renderToolbar({ actions, save, drill, t, narrow, find, bar }: ToolbarView): TemplateResult {
  const zoom = html`<button part="button" type="button" aria-label=${t.zoomIn} title=${t.zoomIn}
      @click=${() => actions.zoomIn()}>+</button>
    <button part="button" type="button" aria-label=${t.zoomOut} title=${t.zoomOut}
      @click=${() => actions.zoomOut()}>−</button>
    <button part="button" type="button" @click=${() => actions.fit()}>${t.fit}</button>
    <button part="button" type="button" @click=${() => actions.resetView()}>${t.reset}</button>`;
  return html`<div part="toolbar" role="group" aria-label=${t.toolbarLabel} ${ref(bar)}>
    ${narrow ? nothing : zoom}
    <button part="button" type="button" @click=${() => actions.expandAll()}>${t.expandAll}</button>
    <button part="button" type="button" @click=${() => actions.collapseAll()}>${t.collapseAll}</button>
    <button part="button" type="button" ?disabled=${!drill} @click=${() => drill?.()}>${t.drillDown}</button>
    <button part="button" type="button" @click=${() => save('svg')}>${t.exportSvg}</button>
    <button part="button" type="button" @click=${() => save('png')}>${t.exportPng}</button>
    ${find}
  </div>`;
}

/** Under the toolbar: a selected or linked unit the chart does not have, and a failed export. */
export function renderNotices(t: Messages, unknownUnit: string | undefined, exportFailure?: string): TemplateResult {
  const failed = exportFailure ? html`<p part="notice" role="alert">${exportFailure}</p>` : nothing;
  if (unknownUnit === undefined) return html`${failed}`;
  return html`<p part="notice" role="status">${t.unknownUnit(unknownUnit)}</p>${failed}`;
}
