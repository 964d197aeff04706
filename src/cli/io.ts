/** What a command may do to the outside world; the bin passes Node's, tests pass their own. */
export interface CliIo {
  /** The file's bytes, or an Error (missing, a directory, no permission…). */
  readonly readFile: (path: string) => Uint8Array | Error;
  readonly writeFile: (path: string, text: string) => Error | undefined;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export type Lang = 'zh' | 'en';

/** Exit codes: 0 done, 1 the input is wrong, 2 the command is wrong. */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

export function say(lang: Lang, zh: string, en: string): string {
  return lang === 'en' ? en : zh;
}

export function reason(error: Error): string {
  const code = (error as Error & { code?: string }).code;
  return code === 'ENOENT'
    ? 'no such file'
    : code === 'EISDIR'
      ? 'it is a directory'
      : code === 'EACCES'
        ? 'permission denied'
        : error.message;
}

/** The file's bytes; or, having said on stderr why it cannot be read, undefined. */
export function readInput(io: CliIo, file: string, lang: Lang): Uint8Array | undefined {
  const bytes = io.readFile(file);
  if (!(bytes instanceof Error)) return bytes;
  io.stderr(
    `${say(lang, `${file}：无法读取文件（${reason(bytes)}）。`, `${file}: cannot read the file (${reason(bytes)}).`)}\n`,
  );
  return undefined;
}
