import type { LocalText, UnitKind } from '../model/types.js';

/**
 * A kind group's name in both interface languages (内设机构 / Internal divisions): the name of the
 * chart's box that groups the units of that kind. The chart puts both into its group boxes, like a
 * unit's name in the data, so it needs them without loading the English interface text, and they
 * are not interface text: the English chunk must not import the chart's code for them.
 */
export const UNIT_KIND_GROUPS: Readonly<Record<UnitKind, LocalText>> = {
  internal: { zh: '内设机构', en: 'Internal divisions' },
  dispatched: { zh: '派出机构', en: 'Dispatched offices' },
  affiliated: { zh: '直属单位', en: 'Affiliated units' },
  party: { zh: '党组织', en: 'Party organs' },
  'service-window': { zh: '服务窗口', en: 'Service windows' },
  other: { zh: '其他机构', en: 'Other units' },
};
