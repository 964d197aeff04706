import { formatCount } from '../format-count.js';
import type { DutyMessages } from '../messages.js';

/** Counts in interface text are formatted for the language (10,000 rather than 10000). */
const num = (n: number): string => formatCount(n, 'zh-CN');

export const zhDuties: DutyMessages = {
  dutiesLabel: (owner) => `${owner}主要职责`,
  adjustmentsLabel: (owner) => `${owner}职责调整`,
  adjustmentKinds: {
    'transferred-in': '划入的职责',
    'transferred-out': '划出的职责',
    cancelled: '取消的职责',
    strengthened: '强化的职责',
    other: '其他调整',
  },
  noDuties: (owner) => `数据集没有列出${owner}的职责。`,
  filterLabel: '筛选职责',
  filterPlaceholder: '输入关键词',
  filterCount: (matches, total) => `共 ${num(total)} 项，其中 ${num(matches)} 项包含该关键词`,
  showMore: '展开全文',
  showLess: '收起',
};
