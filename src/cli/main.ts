import { importUsage, runImport } from './import-command.js';
import { EXIT, type CliIo } from './io.js';
import { runValidate, validateUsage } from './validate-command.js';
import { renderUsage, runRender } from './render-command.js';

export type { CliIo } from './io.js';

interface Command {
  readonly usage: { readonly zh: string; readonly en: string };
  readonly run: (args: readonly string[], io: CliIo) => number;
}

/** The subcommands; a new one is one more entry here. */
export const commands: Record<string, Command> = {
  import: { usage: importUsage, run: runImport },
  validate: { usage: validateUsage, run: runValidate },
  render: { usage: renderUsage, run: runRender },
};

function help(lang: 'zh' | 'en'): string {
  const head = lang === 'en' ? 'Usage:' : '用法：';
  return `${head}\n\n${Object.values(commands)
    .map((c) => c.usage[lang])
    .join('\n\n')}\n`;
}

/**
 * The command line: dispatches to a subcommand and returns the exit code (0 ok, 1 the input is
 * wrong, 2 the command is wrong). Never throws: an unexpected error is one line, not a stack trace.
 */
export function runCli(args: readonly string[], io: CliIo): number {
  const [name, ...rest] = args;
  const lang = args.includes('en') && args.includes('--lang') ? 'en' : 'zh';
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(help(lang));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(
      `gov-org-elements: unknown command "${name}" (${Object.keys(commands).join(', ')}). ` +
        'Run gov-org-elements --help.\n',
    );
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage[lang]}\n`);
    return EXIT.ok;
  }
  try {
    return command.run(rest, io);
  } catch (error) {
    io.stderr(`gov-org-elements ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.badInput;
  }
}
