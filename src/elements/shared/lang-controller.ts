import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang, type UiLang } from '../../model/localize.js';
import type { Messages } from '../../i18n/messages.js';
import { chineseMessages, loadedMessages, loadMessages } from '../../i18n/load-messages.js';

/** The `lang` that applies to a node: its own or the nearest ancestor's, across shadow roots. */
export function inheritedLang(node: Element): string | null {
  for (let el: Element | null = node; el;) {
    const lang = el.getAttribute('lang');
    if (lang) return lang;
    el = el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null;
  }
  return null;
}

// One observer for the whole page: a `lang` change anywhere re-checks every connected element.
const hosts = new Set<LangController>();
let observer: MutationObserver | undefined;

function watch(controller: LangController): void {
  hosts.add(controller);
  observer ??= new MutationObserver(() => hosts.forEach((h) => h.refresh()));
  if (hosts.size === 1)
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function unwatch(controller: LangController): void {
  hosts.delete(controller);
  if (hosts.size === 0) observer?.disconnect();
}

/**
 * Keeps `lang` and `t` (interface strings) in step with the element's inherited language. English
 * text loads on first need: until it is there, `pending` holds the element's next update (see
 * OrgDataElement.scheduleUpdate), so a page in English never shows a frame of Chinese buttons.
 */
export class LangController implements ReactiveController {
  lang: UiLang = 'zh-CN';
  t: Messages = chineseMessages();
  /** The load of this element's interface text, while it is under way. */
  pending: Promise<unknown> | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    watch(this);
    this.refresh();
  }

  /** On a server there is no document to inherit from: the element's own `lang`, else the fragment's. */
  readOwn(fragmentLang: string | null): void {
    this.use(resolveLang(this.host.getAttribute('lang') ?? fragmentLang));
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  refresh(): void {
    if (!this.use(resolveLang(inheritedLang(this.host)))) return;
    this.host.requestUpdate();
    // Elements nested in this one's shadow root inherit from what it renders, which the page-level
    // observer cannot see: check everyone again once this element has re-rendered.
    void this.host.updateComplete.then(() => hosts.forEach((h) => h.refresh()));
  }

  /** Switches to `lang`; false when it already was the language. */
  private use(lang: UiLang): boolean {
    if (lang === this.lang) return false;
    this.lang = lang;
    const ready = loadedMessages(lang);
    if (ready) {
      this.t = ready;
      return true;
    }
    const pending = loadMessages(lang).then((messages) => {
      if (this.pending !== pending) return;
      this.pending = undefined;
      // A failed chunk leaves the Chinese text (the loader said so in the console).
      this.t = messages ?? chineseMessages();
    });
    this.pending = pending;
    return true;
  }
}
