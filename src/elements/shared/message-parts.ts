import type { TemplateResult } from 'lit';

type Part = TemplateResult | string;

/**
 * Fills a message with templates instead of strings, so each argument (data text) keeps its own
 * `lang` inside the translated sentence: "Assists <span lang=zh-CN>吴维群</span> with …".
 */
export function messageParts(format: (...args: string[]) => string, ...parts: Part[]): Part[] {
  // Private-use characters never occur in a translation, so they mark where each argument goes.
  const marks = parts.map((_, i) => `\uE000${i}\uE001`);
  return format(...marks)
    .split(/\uE000(\d+)\uE001/)
    .map((piece, i) => (i % 2 === 1 ? parts[Number(piece)]! : piece))
    .filter((piece) => piece !== '');
}
