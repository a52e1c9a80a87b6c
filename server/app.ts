/** The live server's wiring: database, HTTP + WebSocket transport, the `workshop` room, the join gate, and rooms brought back from disk. */
import { matchMaker, Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LiveContext } from './context';
import { gateJoins } from './gate';
import { localLimit, sharedLimit } from './addressLimits';
import { CREATIONS_PER_MINUTE, FAILED_JOINS_PER_MINUTE, MESSAGE_BURST, MESSAGES_PER_SECOND } from './limits';
import { MAX_FRAME_BYTES, ROOM_NAME } from './protocol';
import { workshopRoom } from './rooms/WorkshopRoom';
import { scaleFor } from './scale';
import { secret } from './secrets';
import { serveBuild } from './static';
import { LiveDb } from './state/db';
import { LiveWorkshop } from './state/liveWorkshop';

export interface LiveOptions {
  port: number;
  host: string;
  dataDir: string;
  now?: () => Date;
  /** How often rooms check their turn timer (ms). */
  tickMs?: number;
  /** Message rate per client (defaults: 20/s sustained, bursts of 40). */
  rate?: { perSecond: number; burst: number };
  /** Workshops one address may create per minute (default 20; the live bench raises it). */
  creationsPerMinute?: number | undefined;
  /** Share rooms with other processes through this Redis (absent: one process, local presence). */
  redisUrl?: string | undefined;
  /** With Redis: where clients reach this process (`host:port`, default `host:port` it listens on). */
  publicAddress?: string | undefined;
  /** Rooms untouched for this many days (ended or abandoned) are forgotten at start (default 30). */
  keepDays?: number | undefined;
  /** Reverse proxies in front of the server whose `X-Forwarded-For` is believed (default 0: none, the socket's address counts). */
  trustedHops?: number | undefined;
  /** A production build (`dist/`) to serve from the same port (`npm run serve`). */
  staticDir?: string | undefined;
}

export interface LiveServer {
  port: number;
  /** Codes of the workshops forgotten at start (untouched for `keepDays`). */
  purged: string[];
  /** Codes of the workshops brought back from the database at start. */
  restored: string[];
  /** Workshops that could not be brought back, with why. */
  failed: string[];
  close(): Promise<void>;
}

/** Days a workshop's record stays in the data folder after its last event. */
export const KEEP_DAYS = 30;

/** Start the live server; resolves once it listens and every unfinished workshop is back under its code. */
export async function startLive(options: LiveOptions): Promise<LiveServer> {
  const db = new LiveDb(options.dataDir);
  const now = options.now ?? (() => new Date());
  const purged = db.purgeOlderThan(new Date(now().getTime() - (options.keepDays ?? KEEP_DAYS) * 86_400_000).toISOString());
  const ctx: LiveContext = { db, now, restoring: new Map(), restoreTicket: secret(), open: new Set(), tickMs: options.tickMs ?? 500, rate: options.rate ?? { perSecond: MESSAGES_PER_SECOND, burst: MESSAGE_BURST } };
  const http = createServer();
  const scale = scaleFor(options.redisUrl, options.publicAddress ?? `${options.host}:${options.port}`);
  const server = new Server({ transport: new WebSocketTransport({ server: http, maxPayload: MAX_FRAME_BYTES }), greet: false, gracefullyShutdown: false, ...scale.shared });
  server.define(ROOM_NAME, workshopRoom(ctx));
  await server.listen(options.port, options.host);
  const creations = options.creationsPerMinute ?? CREATIONS_PER_MINUTE;
  const presence = scale.shared?.presence;
  const limit = (name: string, perMinute: number) => (presence ? sharedLimit(presence, name, perMinute) : localLimit(perMinute));
  const limits = { failures: limit('wrong-code', FAILED_JOINS_PER_MINUTE), creations: limit('create', creations) };
  gateJoins(http, (code) => scale.roomExists(code, ctx.open), () => Date.now(), limits, options.trustedHops);
  if (options.staticDir) serveBuild(http, options.staticDir);
  const restored: string[] = [];
  const failed: string[] = [];
  for (const stored of db.unfinished()) {
    try {
      const live = LiveWorkshop.restore(db, stored);
      // The downtime counted on the turn timer: pause, rather than close the turn for teams that could not play; the facilitator resumes (and may extend).
      if (live.timedAndRunning) live.apply({ type: 'pause', at: ctx.now().toISOString() });
      ctx.restoring.set(live.code, live);
      await matchMaker.createRoom(ROOM_NAME, { restore: { code: live.code, ticket: ctx.restoreTicket } });
      restored.push(live.code);
    } catch (e) {
      // One damaged room must not keep the others down; its rows stay on disk for inspection.
      failed.push(`${stored.code}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return {
    port: (http.address() as AddressInfo).port,
    purged,
    restored,
    failed,
    close: async () => {
      await server.gracefullyShutdown(false);
      await new Promise<void>((done) => http.close(() => done()));
      db.close();
    },
  };
}
