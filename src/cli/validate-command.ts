import { decodeUtf8 } from '../model/decode-bytes.js';
import { parseDataset } from '../model/parse-dataset.js';
import { locateJsonPointer } from '../import/locate-pointer.js';
import { langOf, parseArgs } from './args.js';
import { EXIT, readInput, say, type CliIo } from './io.js';

export const validateUsage = {
  zh:
    'gov-org-elements validate 文件 [--lang en] [--json]\n' +
    '  用与网页元素相同的检查校验数据集 JSON；每个问题给出 JSON 路径和行:列。有效退出码 0，无效或无法读取 1，用法错误 2。',
  en:
    'gov-org-elements validate FILE [--lang en] [--json]\n' +
    '  Checks a dataset JSON with the same checks the elements run; every issue with its JSON path and line:column. ' +
    'Exit 0 valid, 1 invalid or unreadable, 2 usage error.',
};

/** Issues printed at most; the count of the rest is given. */
const MAX_SHOWN = 200;

export function runValidate(args: readonly string[], io: CliIo): number {
  const parsed = parseArgs(args, ['--lang'], ['--json']);
  const lang = langOf(parsed.options);
  if (parsed.error || !parsed.file || !lang) {
    const what = parsed.error
      ? `unknown or incomplete argument: ${parsed.error}`
      : !parsed.file
        ? 'no FILE given'
        : 'unknown --lang (zh or en)';
    io.stderr(`gov-org-elements validate: ${what}\n${validateUsage.en}\n`);
    return EXIT.usage;
  }
  const file = parsed.file;
  const bytes = readInput(io, file, lang);
  if (!bytes) return EXIT.badInput;
  const result = parseDataset(bytes);
  const decoded = decodeUtf8(bytes);
  const text = 'text' in decoded ? decoded.text.replace(/^\uFEFF/, '') : undefined;
  const issues = result.issues.map((issue) => {
    let at: { line: number; column: number } | undefined;
    try {
      at = text !== undefined && issue.path !== '' ? locateJsonPointer(text, issue.path) : undefined;
    } catch {
      at = undefined;
    }
    return {
      path: issue.path,
      code: issue.code,
      ...(at ? { line: at.line, column: at.column } : {}),
      message: lang === 'en' ? (issue.message.en ?? issue.message.zh) : issue.message.zh,
    };
  });
  if (parsed.options['--json']) {
    io.stdout(`${JSON.stringify({ file, valid: result.ok, issues }, null, 2)}\n`);
  } else if (result.ok) {
    io.stdout(`${say(lang, `${file}：有效。`, `${file}: valid.`)}\n`);
  } else {
    for (const i of issues.slice(0, MAX_SHOWN)) {
      const where = i.line !== undefined ? `${file}:${i.line}:${i.column}` : file;
      io.stdout(`${where}: ${i.path === '' ? say(lang, '（整个文件）', '(whole file)') : i.path}: ${i.message}\n`);
    }
    if (issues.length > MAX_SHOWN)
      io.stdout(
        `${say(lang, `……另有 ${issues.length - MAX_SHOWN} 个问题。`, `… and ${issues.length - MAX_SHOWN} more issues.`)}\n`,
      );
    io.stderr(
      `${say(lang, `${file}：无效，共 ${issues.length} 个问题。`, `${file}: invalid, ${issues.length} issue(s).`)}\n`,
    );
  }
  return result.ok ? EXIT.ok : EXIT.badInput;
}
