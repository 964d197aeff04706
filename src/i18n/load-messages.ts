import type { UiLang } from '../model/localize.js';
import type { Messages } from './messages.js';
import { zhCore } from './zh-CN/core.js';

/**
 * The Chinese interface text as far as the page's elements have brought it: the core's, then each
 * element's own part (i18n/zh-CN/), added by the element's module when it is first imported, so
 * before any element of that kind exists. An element reads only the core's strings and its own
 * (`npm test` checks this: scripts/check-messages.mjs); a page with one `<duty-list>` never loads
 * the chart's toolbar text.
 */
const chinese = { ...zhCore } as Messages;

/** Adds an element's part of the Chinese text (its module does this once, on import). */
export function addChinese(part: Partial<Messages>): void {
  Object.assign(chinese, part);
}

/**
 * The interface text of each language, as far as it has arrived. English is a chunk of its own,
 * with every element's text, that loads the first time an element on the page needs it (most
 * portal pages never do).
 */
const loaded: Partial<Record<UiLang, Messages>> = { 'zh-CN': chinese };
let english: Promise<Messages | undefined> | undefined;

/** The Chinese text, always at hand (what an element falls back to). */
export function chineseMessages(): Messages {
  return chinese;
}

/** The interface text for `lang` if it has loaded, else undefined (then call loadMessages). */
export function loadedMessages(lang: UiLang): Messages | undefined {
  return loaded[lang];
}

/**
 * Loads the interface text for `lang`. Resolves to undefined when its chunk cannot be loaded (the
 * caller keeps Chinese, and the next element that needs English asks the network again).
 */
export function loadMessages(lang: UiLang): Promise<Messages | undefined> {
  const have = loaded[lang];
  if (have) return Promise.resolve(have);
  english ??= import('./en.js').then(
    (module) => (loaded.en = module.en),
    (error: unknown) => {
      english = undefined;
      console.warn('gov-org-elements: the English interface text could not be loaded; showing Chinese.', error);
      return undefined;
    },
  );
  return english;
}

/** Makes a language's text available at once (server rendering, which cannot wait for a chunk). */
export function provideMessages(lang: UiLang, messages: Messages): void {
  if (lang === 'zh-CN') addChinese(messages);
  else loaded[lang] = messages;
}
