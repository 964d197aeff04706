import type { LocalText, PostKind, UnitKind } from '../model/types.js';

type Label = { readonly zh: string; readonly en: string };
import type { OrganizationTextField } from './types.js';
import { en } from '../i18n/en.js';
import { zhCN } from '../i18n/zh-CN.js';

/** What the forms and the sign-off view call each organisation fact. */
export const ORGANIZATION_FIELD_LABELS: Record<OrganizationTextField | 'website' | 'duties', Label> = {
  name: { zh: '名称', en: 'Name' },
  shortName: { zh: '简称', en: 'Short name' },
  rank: { zh: '级别', en: 'Rank' },
  category: { zh: '机构类别', en: 'Category' },
  parentGovernment: { zh: '所属政府', en: 'Government' },
  location: { zh: '地址', en: 'Address' },
  function: { zh: '职能定位', en: 'Function' },
  description: { zh: '简介', en: 'Description' },
  establishment: { zh: '设立依据', en: 'Establishment' },
  website: { zh: '网站', en: 'Website' },
  duties: { zh: '主要职责', en: 'Main responsibilities' },
};

/** Unit kinds as the elements name them (the preview beside the form says the same words). */
export const UNIT_KIND_LABELS: Record<UnitKind, Label> = Object.fromEntries(
  (Object.keys(zhCN.unitKinds) as UnitKind[]).map((kind) => [
    kind,
    { zh: zhCN.unitKinds[kind], en: en.unitKinds[kind] },
  ]),
) as Record<UnitKind, Label>;

export const POST_KIND_LABELS: Record<PostKind, Label> = {
  administrative: { zh: '行政职务', en: 'Government post' },
  party: { zh: '党内职务', en: 'Party post' },
  'non-leadership': { zh: '非领导职务', en: 'Non-leadership post' },
  grade: { zh: '职级', en: 'Grade' },
  other: { zh: '其他', en: 'Other' },
};

/** Post kinds a schemaVersion 1 dataset can hold; any other makes the dataset version 2. */
export const V1_POST_KINDS: readonly PostKind[] = ['administrative', 'party'];

/** A name in both languages for messages: the English where there is one, else the Chinese. */
export const both = (text: LocalText | undefined): { zh: string; en: string } => ({
  zh: text?.zh ?? '',
  en: text?.en ?? text?.zh ?? '',
});
