import { formatCount } from '../format-count.js';
import type { ChartMessages } from '../messages.js';

/** Counts in interface text are formatted for the language (10,000 rather than 10000). */
const num = (n: number): string => formatCount(n, 'zh-CN');

export const zhChart: ChartMessages = {
  chartLabel: (org) => `${org}组织结构图`,
  toolbarLabel: '图表操作',
  zoomIn: '放大',
  zoomOut: '缩小',
  fit: '适应窗口',
  reset: '复位',
  findLabel: '查找机构',
  findPlaceholder: '输入机构名称',
  findResults: (n) => (n === 0 ? '没有找到' : `找到 ${num(n)} 个，按回车键逐个查看`),
  expandAll: '全部展开',
  drillDown: '只看所选机构',
  breadcrumbLabel: '当前位置',
  minimapRole: '概览图',
  minimapLabel: '概览图：方向键、Page Up/Down、Home/End 移动视图，也可点击或拖动',
  outsideView: (n) => (n === 0 ? '' : `视图外还有 ${num(n)} 个方框，可拖动或缩小查看`),
  collapseAll: '全部收起',
  exportSvg: '导出 SVG',
  exportPng: '导出 PNG',
  exportFileName: (org) => `${org}-组织机构`,
  exportFailed: (format, reason) => `未能导出 ${format.toUpperCase()} 文件：${reason}`,
  dutyCount: (n) => `${num(n)} 项职责`,
  supervisedCount: (n) => `分管 ${num(n)} 个机构`,
  unitCount: (n) => `${num(n)} 个机构`,
  unitKinds: {
    internal: '内设机构',
    dispatched: '派出机构',
    affiliated: '直属单位',
    party: '党组织',
    'service-window': '服务窗口',
    other: '其他机构',
  },
  leadershipGroup: '领导班子',
};
