import { blankImagePlaceholders, blankPageBreaks } from './page-breaks.js';
import { pipeTablesAsTabs } from './pipe-tables.js';
import { parseDataset } from '../model/parse-dataset.js';
import type { Dataset } from '../model/types.js';
import { ORG_ID, buildDataset } from './build.js';
import type { UnitDraft } from './drafts.js';
import { isLeaderTable, readLeaderTable } from './leader-table.js';
import { nameFromTitle, type OrganizationParts } from './organization.js';
import { headingNames, nameLine, placeLine, printedTitleName, titleLine } from './title-names.js';
import { resolveAssists } from './people.js';
import { Ledger } from './report.js';
import { segment } from './segment.js';
import { checkUnitCount } from './check-counts.js';
import type { ImportOptions, ImportReport, ImportResult } from './types.js';
import type { UnitContext } from './units.js';
import { walk, type Collected } from './walk.js';
import { asWritten, toSimplified } from './traditional.js';
import { recordProvenance, type Provenance } from './spans.js';

const MAX_LENGTH = 1_000_000;

/**
 * Turns a 三定规定, 机构职能 page, 领导分工 notice, department page or pasted leader table into a
 * dataset and a report of everything it could not place. Never throws; the dataset always passes
 * `parseDataset` (when the text gives nothing, it is an empty organisation and the report says why).
 */
export function importText(text: string, options: ImportOptions = {}): ImportResult {
  // Page numbers and running headers of a copied PDF are blanked first, and a Markdown table's bars
  // made tabs, offsets kept.
  const input = typeof text === 'string' ? pipeTablesAsTabs(blankImagePlaceholders(blankPageBreaks(text))) : '';
  // A text in traditional characters is read through a simplified copy, and quoted as written.
  const copy = input.length <= (options.maxLength ?? MAX_LENGTH) ? toSimplified(input) : input;
  if (copy === input) return importSimplified(input, options, new Ledger(input));
  const ledger = new Ledger(copy);
  const provenance: Provenance = new Map();
  recordProvenance(provenance);
  try {
    const result = importSimplified(copy, options, ledger);
    return asWritten(result, input, copy, provenance, (span) => ledger.isPlaced(span));
  } finally {
    recordProvenance(undefined);
  }
}

function importSimplified(input: string, options: ImportOptions, ledger: Ledger): ImportResult {
  try {
    if (input.length > (options.maxLength ?? MAX_LENGTH)) {
      ledger.report(
        'too-long',
        { start: 0, end: 0 },
        {
          zh: `文本过长（${input.length} 个字符），超过 ${options.maxLength ?? MAX_LENGTH} 个字符的上限；请只保留机构职能、三定或分工的部分。`,
          en:
            `The text is too long (${input.length} characters, the limit is ${options.maxLength ?? MAX_LENGTH}); ` +
            'keep only the 机构职能, 三定 or 分工 part.',
        },
      );
      return finish(input, ledger, empty(), [], options, false);
    }
    const units: UnitDraft[] = [];
    const ctx: UnitContext = { text: input, ledger, units, orgId: ORG_ID };
    let collected: Collected;
    // The first line names the body: a title (某某县教育局领导信息) or the body's name alone.
    let firstLine = /^\s*([^\n]{2,60})\n/.exec(input);
    let titled = firstLine
      ? (nameFromTitle(input, { start: firstLine.index, end: firstLine.index + firstLine[0].length }) ??
        nameLine(input, firstLine))
      : undefined;
    // Leadership 领导团队⏎某某集团有限公司: a bilingual page's heading over the body's name.
    const second = firstLine && !titled && /[A-Za-z]{3}/u.test(firstLine[1]!) ? secondLine(input, firstLine) : null;
    const named = second ? nameLine(input, second) : undefined;
    if (named) [firstLine, titled] = [second, named];
    const nameFirstLine = (org: OrganizationParts): void => {
      if (!titled) {
        // 关于印发《某某县市场监督管理局职能配置、内设机构和人员编制规定》的通知: the body the
        // notice's document is about.
        org.name ??= printedTitleName(input);
        return;
      }
      org.name ??= titled;
      ledger.heading({ start: firstLine!.index, end: firstLine!.index + firstLine![0].length });
    };
    if (isLeaderTable(input)) {
      collected = empty();
      nameFirstLine(collected.org);
      readLeaderTable(ctx, collected.people);
    } else {
      const seg = segment(input, titleLine(input)?.line);
      seg.headings.forEach((h) => ledger.heading(h.span));
      const org: OrganizationParts = { documents: [], aliases: [] };
      if (seg.repeatedName) org.name = seg.repeatedName;
      nameFirstLine(org);
      headingNames(input, seg.headings, org, ledger);
      const place = !org.name && firstLine ? placeLine(input, firstLine) : undefined;
      if (place) {
        org.name = place;
        ledger.heading({ start: firstLine!.index, end: firstLine!.index + firstLine![0].length });
      }
      collected = walk(ctx, seg, org);
      checkUnitCount(input, units, ORG_ID, ledger);
    }
    resolveAssists(ctx, collected.people);
    return finish(input, ledger, collected, units, options, true);
  } catch (error) {
    const fresh = new Ledger(input);
    fresh.report(
      'no-structure',
      { start: 0, end: 0 },
      {
        zh: `导入时出错，未能读出任何内容：${error instanceof Error ? error.message : String(error)}`,
        en: `The import failed and read nothing: ${error instanceof Error ? error.message : String(error)}`,
      },
    );
    return finish(input, fresh, empty(), [], options, false);
  }
}

/** The line after `first` (a match of its own, as nameLine reads one), if it is the text's second. */
function secondLine(input: string, first: RegExpExecArray): RegExpExecArray | null {
  const re = /[ \t\u3000]*([^\n]{2,60})\n/y;
  re.lastIndex = first.index + first[0].length;
  return re.exec(input);
}

function empty(): Collected {
  return {
    org: { documents: [], aliases: [] },
    duties: [],
    adjustments: [],
    kindStatements: [],
    people: [],
    quotas: [],
    references: [],
  };
}

const DATE = /(\d{4})(?:-|年)(\d{1,2})(?:-|月)(\d{1,2})日?/gu;

/** The latest calendar date the text mentions, as YYYY-MM-DD. */
function latestDate(text: string): string | undefined {
  let latest: string | undefined;
  for (const m of text.matchAll(DATE)) {
    const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    const d = new Date(`${iso}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) continue;
    if (!latest || iso > latest) latest = iso;
  }
  return latest;
}

function finish(
  text: string,
  ledger: Ledger,
  c: Collected,
  units: UnitDraft[],
  options: ImportOptions,
  read: boolean,
): ImportResult {
  const whole = { start: 0, end: 0 };
  let asOf = options.asOf && /^\d{4}-\d{2}-\d{2}$/.test(options.asOf) ? options.asOf : latestDate(text);
  if (!asOf) {
    asOf = new Date().toISOString().slice(0, 10);
    if (read)
      ledger.report('assumption', whole, {
        zh: `文本中没有日期，数据日期（asOf）取今天 ${asOf}，请核对。`,
        en: `The text gives no date; the dataset's as-of date is today, ${asOf}. Check it.`,
      });
  }
  if (read && !options.name && !c.org.name) {
    ledger.report('assumption', whole, {
      zh: '文本中找不到机构名称，暂用“未命名机构”；请用 --name 指定。',
      en: 'The text does not name the organisation; it is called 未命名机构 for now. Give the name with --name.',
    });
  }
  let dataset: Dataset = buildDataset(text, ledger, c, units, asOf, options.name);
  let checked = parseDataset(dataset);
  if (!checked.ok && dataset.staffing) {
    // Quotas are the one part built from arithmetic the text may not add up to; keep the statement.
    ledger.report('assumption', whole, {
      zh: '编制数字对不上（其中各项之和与总数不符），只保留了编制段落的原文，没有列出各项编制；请核对。',
      en:
        'The staffing figures do not add up (the parts do not match the total); ' +
        'the paragraph is kept as written, without its quotas. Check it.',
    });
    const { staffing, ...rest } = dataset;
    dataset = { ...rest, ...(staffing.statement ? { staffing: { statement: staffing.statement, quotas: [] } } : {}) };
    checked = parseDataset(dataset);
  }
  if (!checked.ok) {
    for (const issue of checked.issues.slice(0, 20))
      ledger.report('assumption', whole, {
        zh: `结果未通过校验（${issue.path}）：${issue.message.zh}`,
        en: `The result failed validation (${issue.path}): ${issue.message.en ?? issue.message.zh}`,
      });
    dataset = {
      schemaVersion: 1 as const,
      asOf,
      organization: { id: ORG_ID, name: dataset.organization.name },
      units: [],
      people: [],
      sources: [],
    };
  }
  const found = {
    duties: dataset.organization.duties?.length ?? 0,
    units: dataset.units.length,
    people: dataset.people.length,
    supervisions: dataset.people.reduce((n, p) => n + (p.supervises?.length ?? 0), 0),
  };
  const usable = found.duties + found.units + found.people > 0;
  // No dataset is written: what was read into it (statements about units, facts) is reported too.
  if (read && !usable) ledger.unplaceAll();
  if (read) ledger.reportRest();
  if (read && !usable) {
    ledger.report('no-structure', whole, {
      zh: '未识别出任何结构：没有主要职责、内设机构或领导。请确认这是机构职能、三定规定、领导分工或处室职责的文本。',
      en:
        'No structure was recognised: no duties, units or leaders. ' +
        'Check that this is a 机构职能, 三定规定, 领导分工 or department text.',
    });
  }
  const report: ImportReport = {
    entries: ledger.entries,
    coverage: ledger.coverage(),
    composed: ledger.composed,
    found,
    usable,
  };
  return { dataset, report };
}
