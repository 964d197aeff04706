/**
 * What each issue says, in Chinese and English. Only the full check (parse-dataset.ts) loads this
 * and schema-messages.ts: the check of valid data reports no issue, so it never needs the text.
 */
import type { DataIssue, IssueCode } from './types.js';
import type { MessageArgs, Report, Said, VersionFeature } from './report.js';
import { issue } from './messages.js';
import { isSchemaMessage, schemaIssue, type SchemaMessageName } from './schema-messages.js';
import { MAX_DEPTH } from './check-tree.js';
import { SUPPORTED_SCHEMA_VERSION } from './check-version.js';

type Words = readonly [zh: string, en: string];
type Other = Omit<MessageArgs, SchemaMessageName>;

/** Names an id in a message: quoted as JSON, so an empty or odd id still shows. */
const q = (id: string): string => JSON.stringify(id);

const FEATURES: Readonly<Record<VersionFeature, Words>> = {
  aliases: ['（机关的其他名称）', "the organisation's other names (aliases)"],
  heads: ['（机构负责人）', 'unit heads (heads)'],
  supervisesOther: ['（不是机构的分管事项）', 'supervised items that are not units (supervisesOther)'],
  liaisons: ['（联系）', 'liaisons'],
  resume: ['（简历）', 'a résumé (resume)'],
  postKind: ['', ''],
  body: ['（职务所属机关）', 'the body a post belongs to (body)'],
  rankRemark: ['（职级说明）', 'a rank remark (rankRemark)'],
  noPersonId: ['（未指明人员的协助）', 'assisting without a personId'],
  whom: ['（协助对象的写法）', 'whom assisted, as written (whom)'],
  number: ['（来源文号）', "a source's own document number (number)"],
  date: ['（来源日期）', "a source's own date (date)"],
};

const WORDS: { readonly [K in keyof Other]: (...args: Other[K]) => Words } = {
  notUtf8: (byte) => [
    `数据不是 UTF-8 编码的文本：第 ${byte} 个字节（从 0 计）无效。若文件以 GBK/GB2312 保存，请另存为 UTF-8。`,
    `The data is not UTF-8 text: byte ${byte} (counting from 0) is invalid. ` +
      'If the file was saved as GBK/GB2312, save it as UTF-8.',
  ],
  empty: () => ['数据为空：文件中没有任何内容。', 'The data is empty: the file has no content.'],
  notJson: (detail) => [`数据不是有效的 JSON：${detail}`, `The data is not valid JSON: ${detail}`],
  unreadable: (detail) => [`无法读取数据：${detail}`, `The data could not be read: ${detail}`],
  newerVersion: (version) => [
    `此数据集需要更新版本的 gov-org-elements（schemaVersion ${version}）；` +
      `本版本只能读取 schemaVersion ${SUPPORTED_SCHEMA_VERSION} 及以下的数据集，请升级 gov-org-elements`,
    `This dataset needs a newer gov-org-elements (schemaVersion ${version}); this version reads datasets ` +
      `up to schemaVersion ${SUPPORTED_SCHEMA_VERSION}. Upgrade gov-org-elements`,
  ],
  // Said after the path (see describeIssue).
  versionFeature: (feature, kind) => {
    const [zh, en] =
      feature === 'postKind'
        ? [`（职务类别 ${JSON.stringify(kind)}）`, `the post kind ${JSON.stringify(kind)}`]
        : FEATURES[feature];
    return [
      `${zh}是 schemaVersion 2 才有的内容，而数据集写的是 schemaVersion 1；请把 schemaVersion 改为 2`,
      `${en} is a schemaVersion 2 feature, but the dataset says schemaVersion 1; set schemaVersion to 2`,
    ];
  },
  duplicateId: (id, first) => [
    `id ${q(id)} 重复：${first} 已经使用了它；整个数据集中的 id 必须唯一`,
    `The id ${q(id)} is used twice: ${first} already has it; ids must be unique across the dataset`,
  ],
  unknownParent: (unit, parent, kind, organization) => {
    const [zh, en] = kind
      ? [`它是${kind === 'person' ? '人员' : '其他条目'}的 id`, `that is the id of a ${kind}`]
      : ['没有这个 id 的机构', 'no unit has that id'];
    return [
      `机构 ${unit} 的上级 ${q(parent)} 不存在（${zh}）；上级必须是机关 ${organization} 或另一个机构`,
      `Unit ${unit} names the parent ${q(parent)}, but ${en}; ` +
        `a parent must be the organisation ${organization} or another unit`,
    ];
  },
  cycle: (ids) => [
    `机构的上下级关系形成了循环：${ids.join(' → ')}；循环中的机构到不了机关本身`,
    `Units form a cycle through their parents: ${ids.join(' → ')}; they never reach the organisation`,
  ],
  tooDeep: (unit, depth) => [
    `机构 ${unit} 位于第 ${depth} 层，层级过深（最多 ${MAX_DEPTH} 层）`,
    `Unit ${unit} sits ${depth} levels deep; at most ${MAX_DEPTH} levels are allowed`,
  ],
  unknownSupervised: (who, unit) => [
    `${who} 分管的机构 ${q(unit)} 不存在；分管的必须是 units 中某个机构的 id`,
    `${who} supervises ${q(unit)}, but no unit has that id`,
  ],
  duplicateSupervised: (who, unit) => [
    `${who} 的分管列表重复列出了 ${unit}`,
    `${who} lists the supervised unit ${unit} twice`,
  ],
  unknownAfter: (who, unit) => [
    `${who} 的分管事项排在 ${q(unit)} 之后，但该人员的 supervises 中没有这个机构`,
    `${who} places a supervised item after ${q(unit)}, which is not among the units this person supervises`,
  ],
  unknownLiaison: (who, unit) => [
    `${who} 联系的机构 ${q(unit)} 不存在；不是本机关机构的单位请写在 text 中`,
    `${who} keeps in touch with ${q(unit)}, but no unit has that id; write a body that is not a unit as text`,
  ],
  selfAssist: (who) => [`${who} 不能协助自己`, `${who} cannot assist themselves`],
  unknownAssisted: (who, person) => [
    `${who} 协助的人员 ${q(person)} 不存在；协助的必须是 people 中某人的 id`,
    `${who} assists ${q(person)}, but no person has that id`,
  ],
  unknownHead: (unit, person) => [
    `机构 ${unit} 的负责人 ${q(person)} 不在 people 中；不在其中的人请写 name`,
    `Unit ${unit} names the head ${q(person)}, but no person has that id; ` +
      'give a name instead for someone not in people',
  ],
  selfQuota: (quota) => [
    `编制 ${quota} 不能计入自身或自己的组成部分`,
    `Quota ${quota} cannot be part of itself or of its own part`,
  ],
  unknownQuota: (quota, partOf) => [
    `编制 ${quota} 计入的 ${q(partOf)} 不存在`,
    `Quota ${quota} is part of ${q(partOf)}, but no quota has that id`,
  ],
  partsExceedWhole: (quota, count, sum) => [
    `编制 ${quota} 共 ${count} 名，但计入其中的各项合计 ${sum} 名，超过了总数`,
    `Quota ${quota} counts ${count}, but the quotas counted in it add up to ${sum}`,
  ],
  unknownSource: (source) => [
    `引用的来源 ${q(source)} 不在 sources 中`,
    `The source ${q(source)} is cited but not listed in sources`,
  ],
  unknownTarget: (note, target) => [
    `注释 ${note} 指向的 ${q(target)} 在数据集中找不到`,
    `Note ${note} is about ${q(target)}, which is not in the dataset`,
  ],
};

/** The issue a check reported, its message written out. */
export function describeIssue(path: string, code: IssueCode, [name, ...args]: Said): DataIssue {
  if (isSchemaMessage(name)) return schemaIssue(path, code, name, args as never);
  const [zh, en] = (WORDS[name as keyof Other] as (...args: unknown[]) => Words)(...args);
  return issue(path, code, name === 'versionFeature' ? { zh: `${path} ${zh}`, en: `${path}: ${en}` } : { zh, en });
}

/** A reporter that writes out each issue it hears, up to `cap` of them. */
export function collectIssues(cap = Infinity): { readonly issues: DataIssue[]; readonly report: Report } {
  const issues: DataIssue[] = [];
  const report: Report = (path, code, said) => {
    if (issues.length < cap) issues.push(describeIssue(path, code, said));
    return issues.length >= cap;
  };
  return { issues, report };
}
