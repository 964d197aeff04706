import { formatCount } from '../format-count.js';
import type { CoreMessages } from '../messages.js';

/** Counts in interface text are formatted for the language (10,000 rather than 10000). */
const num = (n: number): string => formatCount(n, 'zh-CN');

export const zhCore: CoreMessages = {
  loading: '正在载入数据…',
  errorTitle: '无法显示组织结构',
  dataIssuesIntro: (n) => `数据集中有 ${num(n)} 处问题：`,
  moreIssues: (n) => `另有 ${num(n)} 处问题未列出。`,
  fetchFailed: (url, reason) => `无法载入数据 ${url}：${reason}`,
  retry: '重试',
  noData: '没有可显示的数据集：请设置 src 或 data。',
  unknownUnit: (id) => `数据集中没有 id 为 “${id}” 的机构。`,
};
