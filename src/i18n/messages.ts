import type { UnitKind } from '../model/types.js';

/** Every string the elements show or announce. Each locale file implements this interface. */
export interface Messages {
  readonly chartLabel: (orgName: string) => string;
  readonly toolbarLabel: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly fit: string;
  readonly reset: string;
  readonly findLabel: string;
  readonly findPlaceholder: string;
  readonly findResults: (n: number) => string;
  readonly expandAll: string;
  readonly collapseAll: string;
  readonly dutyCount: (n: number) => string;
  readonly supervisedCount: (n: number) => string;
  readonly unitCount: (n: number) => string;
  /** A unit's kind, singular, for the line under its name (the groups use the plural in chart-tree). */
  readonly unitKinds: Readonly<Record<UnitKind, string>>;
  readonly leadershipGroup: string;
  readonly loading: string;
  readonly errorTitle: string;
  readonly dataIssuesIntro: (n: number) => string;
  readonly moreIssues: (n: number) => string;
  readonly fetchFailed: (url: string, reason: string) => string;
  readonly retry: string;
  readonly noData: string;
  readonly unknownUnit: (id: string) => string;
}
