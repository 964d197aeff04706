import { parseDataset } from '../model/parse-dataset.js';
import { renderElement, RENDERABLE_TAGS, type RenderableTag } from '../render/render-element.js';
import { langOf, parseArgs } from './args.js';
import { EXIT, readInput, reason, say, type CliIo } from './io.js';

export const renderUsage = {
  zh:
    'gov-org-elements render 标签 --data 文件 [--lang en] [--attr 名=值]… [--src 网址] [-o 输出]\n' +
    '  输出一个 HTML 片段（元素连同其全部文字和数据），供静态发布的 CMS 粘贴；' +
    '页面再引入 gov-org-elements.css 和脚本即可“接管”。带 --src 时元素保留 src，加载后更新。标签：' +
    RENDERABLE_TAGS.join('、') +
    '。',
  en:
    'gov-org-elements render TAG --data FILE [--lang en] [--attr name=value]… [--src URL] [-o OUT]\n' +
    '  Prints an HTML fragment (the element with all its text and its data) for a CMS that publishes static pages; ' +
    'the page adds gov-org-elements.css and the script, which then adopts it. ' +
    'With --src the element keeps src and updates once loaded. Tags: ' +
    RENDERABLE_TAGS.join(', ') +
    '.',
};

/** `--attr name=value`, any number of times, taken out before the other options are read. */
function takeAttrs(args: readonly string[]): { rest: string[]; attrs: Record<string, string>; error?: string } {
  const rest: string[] = [];
  const attrs: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg !== '--attr' && !arg.startsWith('--attr=')) {
      rest.push(arg);
      continue;
    }
    const pair = arg === '--attr' ? args[++i] : arg.slice('--attr='.length);
    const at = pair?.indexOf('=') ?? -1;
    if (!pair || at < 1) return { rest, attrs, error: `--attr ${pair ?? ''}`.trim() };
    attrs[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return { rest, attrs };
}

export function runRender(args: readonly string[], io: CliIo): number {
  const taken = takeAttrs(args);
  const parsed = parseArgs(taken.rest, ['--data', '--lang', '--src', '-o'], []);
  const lang = langOf(parsed.options);
  const tag = parsed.file;
  const dataFile = parsed.options['--data'];
  const problem =
    (taken.error ?? parsed.error)
      ? `unknown or incomplete argument: ${taken.error ?? parsed.error}`
      : !tag
        ? 'no TAG given'
        : !RENDERABLE_TAGS.includes(tag as RenderableTag)
          ? `unknown tag "${tag}" (one of ${RENDERABLE_TAGS.join(', ')})`
          : typeof dataFile !== 'string'
            ? 'no --data FILE given'
            : !lang
              ? 'unknown --lang (zh or en)'
              : undefined;
  if (problem || !lang || !tag || typeof dataFile !== 'string') {
    io.stderr(`gov-org-elements render: ${problem}\n${renderUsage.en}\n`);
    return EXIT.usage;
  }
  const bytes = readInput(io, dataFile, lang);
  if (!bytes) return EXIT.badInput;
  // The elements would show an invalid file as their error panel; a page should never be published so.
  const result = parseDataset(bytes);
  if (!result.ok) {
    for (const issue of result.issues.slice(0, 20))
      io.stderr(
        `${dataFile}: ${issue.path || '/'}: ` +
          `${lang === 'en' ? (issue.message.en ?? issue.message.zh) : issue.message.zh}\n`,
      );
    io.stderr(
      `${say(
        lang,
        `${dataFile}：数据无效，共 ${result.issues.length} 个问题；请先用 validate 检查并修正。`,
        `${dataFile}: invalid, ${result.issues.length} issue(s); check it with validate and fix it first.`,
      )}\n`,
    );
    return EXIT.badInput;
  }
  const attributes = { ...taken.attrs, ...(parsed.options['--lang'] ? { lang: lang === 'en' ? 'en' : 'zh-CN' } : {}) };
  let html: string;
  try {
    const src = parsed.options['--src'];
    html = renderElement(
      tag as RenderableTag,
      JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')),
      attributes,
      typeof src === 'string' ? { src } : {},
    );
  } catch (error) {
    io.stderr(`gov-org-elements render: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.usage;
  }
  const out = parsed.options['-o'];
  if (typeof out === 'string') {
    const failed = io.writeFile(out, `${html}\n`);
    if (failed) {
      io.stderr(
        `${say(lang, `${out}：无法写入（${reason(failed)}）。`, `${out}: cannot write (${reason(failed)}).`)}\n`,
      );
      return EXIT.badInput;
    }
  } else {
    io.stdout(`${html}\n`);
  }
  return EXIT.ok;
}
