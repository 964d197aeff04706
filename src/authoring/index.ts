/**
 * The authoring page's logic (demo/author.html): opening a text or dataset, editing it without
 * losing what the forms do not show, describing the changes for sign-off, and placing validation
 * issues next to their fields. Pure: no DOM, no lit.
 */
export type { Change, DutyOwner, EditResult, FieldRef, OrganizationTextField, PostInput } from './types.js';
export { ORGANIZATION_TEXT_FIELDS } from './types.js';
export { ORGANIZATION_FIELD_LABELS, POST_KIND_LABELS, UNIT_KIND_LABELS } from './labels.js';
export { setAsOf, setOrganizationText, setWebsite } from './organization-edits.js';
export { addUnit, descendantsOf, moveUnit, removeUnit, renameUnit, setUnitAliases, setUnitKind } from './unit-edits.js';
export { addDuty, dutiesOfOwner, mergeDuties, removeDuty, setDutyText, splitDuty, splitPoint } from './duty-edits.js';
export {
  addLeader,
  moveLeader,
  removeLeader,
  setLeaderName,
  setLeaderPosts,
  setPortfolio,
  setResume,
  setSupervision,
} from './leader-edits.js';
export { addSource, removeSource, setSourceText, setSourceValue } from './source-edits.js';
export { changeLines, describeChanges } from './describe-changes.js';
export { describeField, fieldForIssue, fieldForPath, fieldKey, plainMessage } from './issue-fields.js';
export { countContents, openInput, type Opened } from './open-input.js';
export { parseDataset } from '../model/parse-dataset.js';
export { linesOf } from './text-fields.js';
