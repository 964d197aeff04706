import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang, type UiLang } from '../../model/localize.js';
import { messagesFor, type Messages } from '../../i18n/index.js';

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

/** Keeps `lang` and `t` (interface strings) in step with the element's inherited language. */
export class LangController implements ReactiveController {
  lang: UiLang = 'zh-CN';
  t: Messages = messagesFor('zh-CN');

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    watch(this);
    this.refresh();
  }

  /** On a server there is no document to inherit from: the element's own `lang`, else the fragment's. */
  readOwn(fragmentLang: string | null): void {
    const lang = resolveLang(this.host.getAttribute('lang') ?? fragmentLang);
    if (lang !== this.lang) {
      this.lang = lang;
      this.t = messagesFor(lang);
    }
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  refresh(): void {
    const lang = resolveLang(inheritedLang(this.host));
    if (lang === this.lang) return;
    this.lang = lang;
    this.t = messagesFor(lang);
    this.host.requestUpdate();
    // Elements nested in this one's shadow root inherit from what it renders, which the page-level
    // observer cannot see: check everyone again once this element has re-rendered.
    void this.host.updateComplete.then(() => hosts.forEach((h) => h.refresh()));
  }
}
