import type { AdjustmentKind, PostKind, UnitKind } from '../model/types.js';

/** What every element may show: loading, data problems, network failures. */
export interface CoreMessages {
  readonly loading: string;
  readonly errorTitle: string;
  readonly dataIssuesIntro: (n: number) => string;
  readonly moreIssues: (n: number) => string;
  readonly fetchFailed: (url: string, reason: string) => string;
  readonly retry: string;
  readonly noData: string;
  readonly unknownUnit: (id: string) => string;
}

/** `<org-chart>`: toolbar, find box, overview, export, and the words in its boxes. */
export interface ChartMessages {
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
  /** Toolbar: show the chart from the selected unit down. */
  readonly drillDown: string;
  /** The breadcrumb above a chart shown from a unit down. */
  readonly breadcrumbLabel: string;
  /** The overview (minimap): what it is, and how it is used. */
  readonly minimapRole: string;
  readonly minimapLabel: string;
  /** Over the chart when boxes lie outside the view ('' for none). */
  readonly outsideView: (n: number) => string;
  readonly collapseAll: string;
  readonly exportSvg: string;
  readonly exportPng: string;
  /** Name of an exported chart file, without the extension. */
  readonly exportFileName: (orgName: string) => string;
  /** Shown under the toolbar when an export button could not make its file. */
  readonly exportFailed: (format: string, reason: string) => string;
  readonly dutyCount: (n: number) => string;
  readonly supervisedCount: (n: number) => string;
  readonly unitCount: (n: number) => string;
  /** A unit's kind, singular, for the line under its name. */
  readonly unitKinds: Readonly<Record<UnitKind, string>>;
  readonly leadershipGroup: string;
}

/** `<duty-list>`. */
export interface DutyMessages {
  readonly dutiesLabel: (owner: string) => string;
  readonly adjustmentsLabel: (owner: string) => string;
  readonly adjustmentKinds: Readonly<Record<AdjustmentKind, string>>;
  readonly noDuties: (owner: string) => string;
  readonly filterLabel: string;
  readonly filterPlaceholder: string;
  /** How many of `total` items match the filter. */
  readonly filterCount: (matches: number, total: number) => string;
  readonly showMore: string;
  readonly showLess: string;
}

/** `<leader-card>` and `<leader-list>`. */
export interface LeaderMessages {
  readonly leadersLabel: (org: string) => string;
  readonly postKinds: Readonly<Record<PostKind, string>>;
  readonly portfolio: string;
  readonly supervises: string;
  readonly assists: string;
  /** "协助吴维群做好人事工作" */
  readonly assistsWith: (person: string, scope: string) => string;
  /** 协助 without a person: the work, and whom as the source writes it (a post), if it says. */
  readonly assistsWork: (scope: string, whom: string | undefined) => string;
  /** 联系: units and bodies the leader keeps in touch with. */
  readonly liaisons: string;
  /** 简历: the leader's résumé, verbatim. */
  readonly resume: string;
  /** A remark after a post title: the body it belongs to, or its rank (正厅长级). */
  readonly postRemark: (remark: string) => string;
  readonly photoAlt: (name: string) => string;
  /** Accessible name of the letter avatar shown when there is no photo. */
  readonly avatarLabel: (name: string) => string;
  readonly unknownLeader: (id: string) => string;
  readonly selectInChart: (unit: string) => string;
  /** Shown when a <leader-card> has no leader-id. */
  readonly leaderIdRequired: string;
  /** Lists the ids an author may use, after unknownLeader / leaderIdRequired. */
  readonly knownLeaders: (ids: string) => string;
  readonly noLeaders: (org: string) => string;
}

/** `<staffing-summary>`. */
export interface StaffingMessages {
  readonly staffingLabel: string;
  readonly quotaColumn: string;
  readonly countColumn: string;
  readonly remarksColumn: string;
  readonly partOfNote: (whole: string) => string;
  readonly notSpecified: string;
  readonly peopleCount: (n: number) => string;
  readonly quotaCategories: Readonly<Record<'establishment' | 'leadership-posts' | 'other', string>>;
  /** Whom a quota covers, shown in the remarks column. */
  readonly quotaScope: (scope: string) => string;
  readonly noStaffing: (org: string) => string;
}

/** `<org-profile>`, beside the parts of the elements it is made of. */
export interface ProfileMessages {
  readonly profileSections: Readonly<{
    overview: string;
    establishment: string;
    duties: string;
    adjustments: string;
    structure: string;
    unitDuties: string;
    leaders: string;
    staffing: string;
    notes: string;
    sources: string;
  }>;
  readonly documentTitle: string;
  readonly documentNumber: string;
  readonly asOf: (date: string) => string;
  readonly noteKinds: Readonly<Record<'discrepancy' | 'reconciliation' | 'editorial', string>>;
  readonly readingAt: (location: string) => string;
  readonly citedOn: (date: string) => string;
  /** The "负责人" line of a unit in <org-profile>. */
  readonly unitHeads: string;
}

/**
 * Every string the elements show or announce. Each locale file implements this interface; the
 * Chinese text ships in parts (i18n/zh-CN/), each in the chunk of the element that shows it.
 */
export type Messages = CoreMessages &
  ChartMessages &
  DutyMessages &
  LeaderMessages &
  StaffingMessages &
  ProfileMessages;
