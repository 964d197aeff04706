import type { Lang } from './io.js';

export interface ParsedArgs {
  readonly file?: string;
  readonly options: Readonly<Record<string, string | true>>;
  /** The first thing that is not a known option, for the usage message. */
  readonly error?: string;
}

/**
 * Arguments of one command: positional FILE, and options of which `valued` take a value
 * (`-o OUT`, `--name=某局` or `--name 某局`). Anything else is an error the caller reports.
 */
export function parseArgs(args: readonly string[], valued: readonly string[], flags: readonly string[]): ParsedArgs {
  const options: Record<string, string | true> = {};
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [key, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (valued.includes(key)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') return { options, error: key };
      options[key] = value;
    } else if (flags.includes(key)) options[key] = true;
    else if (arg.startsWith('-') && arg !== '-') return { options, error: arg };
    else if (file === undefined) file = arg;
    else return { options, error: arg };
  }
  return file === undefined ? { options } : { file, options };
}

export function langOf(options: Readonly<Record<string, string | true>>): Lang | undefined {
  const lang = options['--lang'];
  if (lang === undefined) return 'zh';
  return lang === 'en' || lang === 'zh' ? lang : undefined;
}
