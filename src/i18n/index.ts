import type { UiLang } from '../model/localize.js';
import type { Messages } from './messages.js';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';

export type { Messages } from './messages.js';

const locales: Readonly<Record<UiLang, Messages>> = { 'zh-CN': zhCN, en };

/** The interface strings for a language. */
export function messagesFor(lang: UiLang): Messages {
  return locales[lang];
}
