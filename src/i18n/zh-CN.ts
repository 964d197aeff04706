import type { Messages } from './messages.js';
import { zhChart } from './zh-CN/chart.js';
import { zhCore } from './zh-CN/core.js';
import { zhDuties } from './zh-CN/duties.js';
import { zhLeaders } from './zh-CN/leaders.js';
import { zhProfile } from './zh-CN/profile.js';
import { zhStaffing } from './zh-CN/staffing.js';

/**
 * All of the Chinese interface text, for code that needs every string at once (server
 * rendering, the authoring page, `messagesFor`). The elements do not import it: each element's
 * chunk brings its own part (see load-messages.ts).
 */
export const zhCN: Messages = { ...zhCore, ...zhChart, ...zhDuties, ...zhLeaders, ...zhStaffing, ...zhProfile };
