// A local HTTP server for the browser benchmarks: files under `root`, plus `routes` (pathname ->
// async () => body) for generated or rewritten bodies. Nothing is cached, so every fresh browser
// context fetches every file; paths outside `root` are refused.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** Starts the server on a free port of 127.0.0.1; resolves to `{ origin, close }`. */
export function serve(root, routes = {}) {
  const base = path.resolve(root);
  return new Promise((resolve) => {
    const server = createServer(async (request, response) => {
      const { pathname } = new URL(request.url, 'http://localhost');
      const file = path.join(base, decodeURIComponent(pathname));
      try {
        if (!routes[pathname] && !file.startsWith(base + path.sep)) throw new Error('outside root');
        const body = routes[pathname] ? await routes[pathname]() : await readFile(file);
        response
          .writeHead(200, {
            'content-type': `${TYPES[path.extname(pathname)] ?? 'application/octet-stream'}; charset=utf-8`,
            'cache-control': 'no-store',
          })
          .end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    server.listen(0, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((done) => server.close(done)),
      }),
    );
  });
}
