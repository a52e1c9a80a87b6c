/**
 * The address a request counts against in the rate limits. Directly on the network it is the
 * socket's peer. Behind reverse proxies that the operator declares (`CELLULE_TRUST_PROXY`, a
 * number of hops), it is read from `X-Forwarded-For` as Express's `trust proxy` does: the hops
 * are walked from the nearest (the socket) back along the header, and the address reached after
 * `hops` trusted ones is the client. Undeclared, the header is ignored: a client cannot escape its
 * limit by writing it.
 */
import type { IncomingMessage } from 'node:http';

/** Most hops one may declare (a chain of proxies longer than this is a configuration error). */
export const MAX_TRUSTED_HOPS = 10;

export function clientAddress(req: IncomingMessage, trustedHops: number): string {
  const socket = req.socket.remoteAddress ?? 'unknown';
  if (trustedHops <= 0) return socket;
  const header = req.headers['x-forwarded-for'];
  const listed = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
  // Nearest first: the socket, then the header from its right end.
  const chain = [socket, ...listed.reverse()];
  return chain[Math.min(trustedHops, chain.length - 1)]!;
}
