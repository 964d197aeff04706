import { noChange } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';

/**
 * A text binding that survives the page's tools rewriting our DOM. Read-aloud toolbars wrap each
 * text node in an element of their own, 简繁 converters rewrite its characters. Lit would write a
 * new value into the node after its marker (the wrapper now, so nothing shows) or clear the range
 * (losing the wrapper): this directive keeps the Text node it rendered and writes to it wherever
 * it now sits, leaves it alone while the value is unchanged (a visitor's conversion stays), and
 * only when a tool replaced the node altogether renders a new one. A server-rendered node is
 * adopted as it is (hydration).
 */
class TextNodeDirective extends Directive {
  private node?: Text;
  private value?: string;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('textNode() is a child binding: <span>${textNode(text)}</span>');
  }

  render(value: string): string {
    return value;
  }

  override update(part: ChildPart, [value]: [string]): unknown {
    if (this.node === undefined) {
      const existing = part.startNode?.nextSibling;
      // Hydration: the server's node is already there with this text.
      if (existing?.nodeType === Node.TEXT_NODE && (existing as Text).data === value && existing !== part.endNode) {
        this.node = existing as Text;
        this.value = value;
        return noChange;
      }
    } else if (this.node.isConnected || !part.parentNode.isConnected) {
      if (value !== this.value) this.node.data = value;
      this.value = value;
      return noChange;
    }
    this.node = document.createTextNode(value);
    this.value = value;
    return this.node;
  }
}

export const textNode = directive(TextNodeDirective);
