/**
 * The HTTP gate in front of Colyseus's matchmaking routes: a join by room code that names no
 * workshop is answered here (`live/no-such-room`) and counted against the caller's address;
 * past the limit, joins from that address are refused (`live/rate-limited`) for a minute.
 * The limits are this process's, or every process's through Redis (./addressLimits.ts).
 * Creating workshops is limited per address the same way (every creation counts). Behind
 * declared reverse proxies the address is the client's, from `X-Forwarded-For` (./address.ts).
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { clientAddress } from './address';
import type { AddressLimit } from './addressLimits';

const JOIN_BY_CODE = /^\/matchmake\/joinById\/([^/?]*)/;
const CREATE = /^\/matchmake\/create\//;

function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
  res.end(JSON.stringify({ code, error: `${code}: ${message}` }));
}

export interface GateLimits {
  /** Wrong room codes per address and minute. */
  failures: AddressLimit;
  /** Workshops created per address and minute. */
  creations: AddressLimit;
}

/** Put the gate before every request listener already on `server` (Colyseus's routes). */
export function gateJoins(server: Server, roomExists: (code: string) => Promise<boolean>, now: () => number, limits: GateLimits, trustedHops = 0): void {
  const { failures, creations } = limits;
  const inner = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  const pass = (req: IncomingMessage, res: ServerResponse) => {
    for (const listener of inner) listener.call(server, req, res);
  };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const address = clientAddress(req, trustedHops);
    if (req.method === 'POST' && CREATE.test(req.url ?? '')) {
      void (async () => {
        if (await creations.blocked(address, now())) return refuse(res, 429, 'live/rate-limited', 'too many workshops created; wait a minute');
        await creations.count(address, now());
        pass(req, res);
      })().catch(() => refuse(res, 503, 'live/storage', 'limits unavailable'));
      return;
    }
    const match = req.method === 'POST' ? JOIN_BY_CODE.exec(req.url ?? '') : null;
    if (!match) return pass(req, res);
    let code = '';
    try {
      code = decodeURIComponent(match[1] ?? '');
    } catch {
      code = '';
    }
    // With Redis the room may live in another process: ask before Colyseus reads the body.
    void (async () => {
      if (await failures.blocked(address, now())) return refuse(res, 429, 'live/rate-limited', 'too many wrong room codes; wait a minute');
      if (await roomExists(code)) return pass(req, res);
      await failures.count(address, now());
      refuse(res, 404, 'live/no-such-room', 'no workshop has this code');
    })().catch(() => refuse(res, 503, 'live/storage', 'room listing unavailable'));
  });
}
