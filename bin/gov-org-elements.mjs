#!/usr/bin/env node
// The command line (`npx gov-org-elements …`): a thin shell over lib/cli/main.js, the same
// modules the browser uses. Node does the file and process work; the modules decide everything.
import { readFileSync, writeFileSync } from 'node:fs';

let runCli;
try {
  ({ runCli } = await import('../lib/cli/main.js'));
} catch {
  process.stderr.write('gov-org-elements: lib/ is missing or incomplete: run `npm run build` first.\n');
  process.exit(2);
}

// A reader that stops early (`… | head`) closes the pipe: that ends the output, not in a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const attempt = (action) => {
  try {
    return action();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
};

process.exitCode = runCli(process.argv.slice(2), {
  readFile: (path) => attempt(() => new Uint8Array(readFileSync(path))),
  writeFile: (path, text) => {
    const result = attempt(() => writeFileSync(path, text, 'utf8'));
    return result instanceof Error ? result : undefined;
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
