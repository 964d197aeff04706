import type { UiLang } from '../model/localize.js';
import type { Messages } from './messages.js';
import { zhCN } from './zh-CN.js';

/**
 * The interface text of each language, as far as it has arrived. Chinese is always there; English
 * is a chunk of its own that loads the first time an element on the page needs it (most portal
 * pages never do).
 */
const loaded: Partial<Record<UiLang, Messages>> = { 'zh-CN': zhCN };
let english: Promise<Messages | undefined> | undefined;

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
  loaded[lang] = messages;
}
