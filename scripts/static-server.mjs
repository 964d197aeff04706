// The one static file server of the browser tests (tests/e2e/) and the benches (bench/): files
// under `root` as a plain web server sends them, nothing cached, so every fresh browser context
// fetches every file. `routes` (pathname -> async (request) => body) add generated or rewritten
// bodies; `headers` (request, pathname) => extra headers, e.g. a strict Content-Security-Policy;
// `gzip` compresses text as a portal's server would (the benches: bytes on the wire count there).
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The content type a file's name calls for; unknown endings are plain bytes. */
export const contentType = (pathname) =>
  CONTENT_TYPES[path.extname(pathname).toLowerCase()] ?? 'application/octet-stream';

/**
 * Serves `root` on a free port of 127.0.0.1 (a path ending in `/` gets its index.html; paths
 * outside `root` get 403, missing files 404). Resolves to `{ origin, port, close }`.
 * @param {string} root
 * @param {{ routes?: Record<string, (request: import('node:http').IncomingMessage) => Promise<string | Buffer>>,
 *   headers?: (request: import('node:http').IncomingMessage, pathname: string) => Record<string, string> | undefined,
 *   gzip?: boolean }} [options]
 */
export function serve(root, { routes = {}, headers, gzip = false } = {}) {
  const base = path.resolve(root);
  /** Compressed bodies by content, so a bench does not time the compression (hashing is ~20× faster). */
  const gzipped = new Map();
  const compressed = (body) => {
    const key = createHash('sha1').update(body).digest('base64');
    if (!gzipped.has(key)) gzipped.set(key, gzipSync(body));
    return gzipped.get(key);
  };
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const pathname = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
    const route = Object.hasOwn(routes, pathname) ? routes[pathname] : undefined;
    const file = path.join(base, decodeURIComponent(pathname));
    if (!route && !file.startsWith(base + path.sep)) return void response.writeHead(403).end();
    let body;
    try {
      body = route ? await route(request) : await readFile(file);
    } catch {
      return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
    const type = contentType(pathname);
    const compress = gzip && /text|json|svg/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const payload = compress ? compressed(body) : body;
    response
      .writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
        ...headers?.(request, pathname),
      })
      .end(payload);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        port,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(done);
          }),
      });
    }),
  );
}
