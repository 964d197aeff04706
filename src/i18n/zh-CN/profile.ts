import type { ProfileMessages } from '../messages.js';

export const zhProfile: ProfileMessages = {
  profileSections: {
    overview: '机构概况',
    establishment: '设立依据',
    duties: '主要职责',
    adjustments: '职责调整',
    structure: '机构设置',
    unitDuties: '内设机构职责',
    leaders: '领导信息',
    staffing: '人员编制',
    notes: '数据说明',
    sources: '资料来源',
  },
  documentTitle: '文件',
  documentNumber: '文号',
  asOf: (date) => `数据截至 ${date}`,
  noteKinds: { discrepancy: '原文说法不一', reconciliation: '对应说明', editorial: '编者注' },
  readingAt: (location) => `${location}：`,
  citedOn: (date) => `引用日期 ${date}`,
  unitHeads: '负责人',
};
