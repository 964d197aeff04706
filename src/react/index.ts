/**
 * gov-org-elements/react: React components for React 18 and older, made with `@lit/react`.
 * React ≤ 18 sets every prop on a custom element as an attribute and never listens to custom
 * events; these wrappers set props as properties (so `data` can be an object) and turn `onUnitSelect`
 * and the like into typed event listeners. React 19 handles custom elements itself, and can use
 * the tags directly. Importing this module registers every tag (through `define/all`).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../define/all.js';
import { OrgChart as OrgChartElement } from '../elements/org-chart/org-chart.js';
import { DutyList as DutyListElement } from '../elements/duty-list/duty-list.js';
import { LeaderCard as LeaderCardElement } from '../elements/leader-card/leader-card.js';
import { LeaderList as LeaderListElement } from '../elements/leader-list/leader-list.js';
import { StaffingSummary as StaffingSummaryElement } from '../elements/staffing-summary/staffing-summary.js';
import { OrgProfile as OrgProfileElement } from '../elements/org-profile/org-profile.js';
import type { ChartExportEvent, ChartRootEvent, OrgErrorEvent, UnitSelectEvent, UnitToggleEvent } from '../events.js';

const onOrgError = 'org-error' as EventName<OrgErrorEvent>;
const onUnitSelect = 'unit-select' as EventName<UnitSelectEvent>;

/** `<org-chart>`: `onUnitSelect`, `onUnitToggle`, `onChartExport`, `onChartRoot`, `onOrgError`. */
export const OrgChart = createComponent({
  react: React,
  tagName: 'org-chart',
  elementClass: OrgChartElement,
  events: {
    onUnitSelect,
    onUnitToggle: 'unit-toggle' as EventName<UnitToggleEvent>,
    onChartExport: 'chart-export' as EventName<ChartExportEvent>,
    onChartRoot: 'chart-root' as EventName<ChartRootEvent>,
    onOrgError,
  },
  displayName: 'OrgChart',
});

/** `<duty-list>`: `onOrgError`. */
export const DutyList = createComponent({
  react: React,
  tagName: 'duty-list',
  elementClass: DutyListElement,
  events: { onOrgError },
  displayName: 'DutyList',
});

/** `<leader-card>`: `onUnitSelect` (a 分管 link), `onOrgError`. */
export const LeaderCard = createComponent({
  react: React,
  tagName: 'leader-card',
  elementClass: LeaderCardElement,
  events: { onUnitSelect, onOrgError },
  displayName: 'LeaderCard',
});

/** `<leader-list>`: `onUnitSelect` (a 分管 link), `onOrgError`. */
export const LeaderList = createComponent({
  react: React,
  tagName: 'leader-list',
  elementClass: LeaderListElement,
  events: { onUnitSelect, onOrgError },
  displayName: 'LeaderList',
});

/** `<staffing-summary>`: `onOrgError`. */
export const StaffingSummary = createComponent({
  react: React,
  tagName: 'staffing-summary',
  elementClass: StaffingSummaryElement,
  events: { onOrgError },
  displayName: 'StaffingSummary',
});

/** `<org-profile>`: `onOrgError`; the events of the chart inside bubble to it too. */
export const OrgProfile = createComponent({
  react: React,
  tagName: 'org-profile',
  elementClass: OrgProfileElement,
  events: { onOrgError, onUnitSelect, onUnitToggle: 'unit-toggle' as EventName<UnitToggleEvent> },
  displayName: 'OrgProfile',
});
