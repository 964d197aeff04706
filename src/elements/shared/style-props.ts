import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** Inline style properties by CSS name (kebab-case or `--custom`); null/undefined removes one. */
export type StyleProps = Readonly<Record<string, string | null | undefined>>;

/**
 * Sets inline style properties through CSSOM (`style.setProperty`) on every render, the first
 * included. Lit's styleMap writes its first value as a `style` attribute, which a page with a
 * strict `style-src` policy (no 'unsafe-inline') refuses, leaving chart boxes unpositioned.
 * Used as an element binding: `<div ${styleProps({ left: '4px' })}>`. Only for layout (positions,
 * sizes): the values are important, so no page rule can move a box, while colours stay free for
 * the page and its accessibility toolbar.
 */
class StylePropsDirective extends Directive {
  /** What is set now, so a re-render (every pan frame, for every box) writes only what changed. */
  private readonly applied = new Map<string, string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps() is an element binding: <div ${styleProps({…})}>');
  }

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [StyleProps]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.applied.keys()) {
      if (props[name] == null) {
        style.removeProperty(name);
        this.applied.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value == null || this.applied.get(name) === value) continue;
      style.setProperty(name, value, 'important');
      this.applied.set(name, value);
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
