// bench/big-org.mjs's call, `serve(root, routes)`, kept while it moves to the shared server
// (scripts/static-server.mjs) with `serve(root, { routes })`; new benches import that one.
import { serve as serveStatic } from '../../scripts/static-server.mjs';

/** Starts the shared static server with `routes`; resolves to `{ origin, port, close }`. */
export const serve = (root, routes = {}) => serveStatic(root, { routes });
