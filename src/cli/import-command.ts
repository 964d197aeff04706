import { importText } from '../import/import-text.js';
import type { ReportEntry } from '../import/types.js';
import { langOf, parseArgs } from './args.js';
import { EXIT, readInput, reason, say, type CliIo, type Lang } from './io.js';
import { readText } from './read-text.js';

export const importUsage = {
  zh:
    'gov-org-elements import 文件 [-o 输出文件] [--name 组织名称] [--lang en]\n' +
    '  把机构职能、三定规定、领导分工或处室职责的文字（.txt，UTF-8 或 GBK；或保存的 .html 网页）转成数据集 JSON。\n' +
    '  数据集写到标准输出（或 -o 指定的文件），导入报告写到标准错误。',
  en:
    'gov-org-elements import FILE [-o OUT] [--name NAME] [--lang en]\n' +
    '  Turns a 机构职能, 三定规定, 领导分工 or department text (.txt in UTF-8 or GBK, or a saved .html page) ' +
    'into dataset JSON.\n' +
    '  The dataset goes to stdout (or OUT), the import report to stderr.',
};

const KIND: Record<ReportEntry['kind'], { zh: string; en: string }> = {
  unplaced: { zh: '未归入', en: 'not placed' },
  assumption: { zh: '推定', en: 'assumed' },
  'no-structure': { zh: '无结构', en: 'no structure' },
  'too-long': { zh: '过长', en: 'too long' },
  check: { zh: '核对', en: 'check' },
};

export function runImport(args: readonly string[], io: CliIo): number {
  const parsed = parseArgs(args, ['-o', '--output', '--name', '--lang'], []);
  const lang = langOf(parsed.options);
  if (parsed.error || !parsed.file || !lang) {
    const what = parsed.error
      ? `unknown or incomplete argument: ${parsed.error}`
      : !parsed.file
        ? 'no FILE given'
        : 'unknown --lang (zh or en)';
    io.stderr(`gov-org-elements import: ${what}\n${importUsage.en}\n`);
    return EXIT.usage;
  }
  const file = parsed.file;
  const bytes = readInput(io, file, lang);
  if (!bytes) return EXIT.badInput;
  const read = readText(bytes, file, lang);
  if ('error' in read) {
    io.stderr(`${read.error}\n`);
    return EXIT.badInput;
  }
  const name = typeof parsed.options['--name'] === 'string' ? parsed.options['--name'] : undefined;
  const { dataset, report } = importText(read.text, name ? { name } : {});
  if (read.note) io.stderr(`${file}: ${read.note}\n`);
  for (const e of report.entries) io.stderr(describeEntry(e, file, lang));
  const { found, coverage } = report;
  const share = coverage.considered === 0 ? 100 : Math.round((coverage.placed / coverage.considered) * 1000) / 10;
  io.stderr(
    `${say(
      lang,
      `${file}：识别出主要职责 ${found.duties} 条、机构 ${found.units} 个、领导 ${found.people} 人、` +
        `分管关系 ${found.supervisions} 条；${share}% 的文字进入数据集，其余见上面的报告。`,
      `${file}: found ${found.duties} duties, ${found.units} units, ${found.people} leaders, ` +
        `${found.supervisions} 分管 links; ${share}% of the text is in the dataset, the rest is in the report above.`,
    )}\n`,
  );
  if (!report.usable) {
    io.stderr(
      `${say(lang, `${file}：没有可用的结果，未输出数据集。`, `${file}: nothing usable came out; no dataset was written.`)}\n`,
    );
    return EXIT.badInput;
  }
  const json = `${JSON.stringify(dataset, null, 2)}\n`;
  const out = parsed.options['-o'] ?? parsed.options['--output'];
  if (typeof out === 'string') {
    const failed = io.writeFile(out, json);
    if (failed) {
      io.stderr(
        `${say(lang, `${out}：无法写入（${reason(failed)}）。`, `${out}: cannot write the file (${reason(failed)}).`)}\n`,
      );
      return EXIT.badInput;
    }
  } else io.stdout(json);
  return EXIT.ok;
}

/**
 * One report entry: where (`file:line:column`, as editors link it), what, and the text itself
 * below, indented, line by line as in the file. A leader or unit the importer missed can sit in
 * the middle of a long passage, so the passage is shown whole (up to the report's limit), with
 * where it ends and how long it is.
 */
export function describeEntry(e: ReportEntry, file: string, lang: Lang): string {
  const where = e.end > e.offset ? `${file}:${e.line}:${e.column}` : file;
  const message = lang === 'en' ? (e.message.en ?? e.message.zh) : e.message.zh;
  const extent =
    e.end > e.offset && (e.endLine > e.line || e.length > 80)
      ? say(
          lang,
          `（至第 ${e.endLine} 行第 ${e.endColumn} 列，共 ${e.length} 字）`,
          ` (to line ${e.endLine}, column ${e.endColumn}; ${e.length} characters)`,
        )
      : '';
  let out = `${where}: [${KIND[e.kind][lang]}] ${message}${extent}\n`;
  if (!e.text) return out;
  const lines = e.text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  out += lines.map((line) => `    ${line.trim()}\n`).join('');
  if (e.text.length < e.length) {
    const shown = e.text.length - 1;
    const rest = say(
      lang,
      `（以上是前 ${shown} 字，其余见原文至第 ${e.endLine} 行）`,
      `(the first ${shown} characters; the rest is in the file up to line ${e.endLine})`,
    );
    out += `    ${rest}\n`;
  }
  return out;
}
