import { formatCount } from '../format-count.js';
import type { StaffingMessages } from '../messages.js';

/** Counts in interface text are formatted for the language (10,000 rather than 10000). */
const num = (n: number): string => formatCount(n, 'zh-CN');

export const zhStaffing: StaffingMessages = {
  staffingLabel: '人员编制',
  quotaColumn: '编制类别',
  countColumn: '名额',
  remarksColumn: '备注',
  partOfNote: (whole) => `计入${whole}`,
  notSpecified: '未定',
  peopleCount: (n) => `${num(n)} 名`,
  quotaCategories: { establishment: '编制', 'leadership-posts': '领导职数', other: '其他' },
  quotaScope: (scope) => `范围：${scope}`,
  noStaffing: (org) => `数据集没有列出${org}的人员编制。`,
};
