/**
 * `npm run serve`: the production build served from the live server's own port, so one process
 * and one address carry the game and the live endpoint. Colyseus keeps its routes (matchmaking);
 * everything else is a file of the build, or a 404.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import sirv from 'sirv';

const LIVE_ROUTE = /^\/matchmake(\/|$)/;

/** Serve `dir` in front of the request listeners already on `server` (which keep the live routes). */
export function serveBuild(server: Server, dir: string): void {
  const files = sirv(dir, {
    etag: true,
    // Hashed bundles never change; the page itself is checked on every load so a new version shows up.
    setHeaders: (res, pathname) => {
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('referrer-policy', 'no-referrer');
      res.setHeader('cache-control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const inner = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  const pass = (req: IncomingMessage, res: ServerResponse) => {
    for (const listener of inner) listener.call(server, req, res);
  };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (LIVE_ROUTE.test(req.url ?? '')) return pass(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return pass(req, res);
    files(req, res, () => pass(req, res));
  });
}
