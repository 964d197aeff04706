import type { LeaderMessages } from '../messages.js';

export const zhLeaders: LeaderMessages = {
  leadersLabel: (org) => `${org}领导班子`,
  postKinds: {
    administrative: '行政职务',
    party: '党内职务',
    'non-leadership': '非领导职务',
    grade: '职级',
    other: '其他职务',
  },
  portfolio: '工作分工',
  supervises: '分管',
  assists: '协助',
  assistsWith: (person, scope) => `协助${person}做好${scope}`,
  assistsWork: (scope, whom) => `协助${whom ?? ''}${scope}`,
  liaisons: '联系',
  resume: '简历',
  postRemark: (remark) => `（${remark}）`,
  photoAlt: (name) => `${name}的照片`,
  avatarLabel: (name) => `${name}（无照片）`,
  unknownLeader: (id) => `数据集中没有 id 为 “${id}” 的领导。`,
  selectInChart: (unit) => `在组织结构图中查看${unit}`,
  leaderIdRequired: '请用 leader-id 属性指明要显示哪位领导。',
  knownLeaders: (ids) => `可用的 id：${ids}`,
  noLeaders: (org) => `数据集没有列出${org}的领导。`,
};
