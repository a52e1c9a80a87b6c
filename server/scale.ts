/**
 * Scale-out: with a Redis URL, server processes share rooms through Redis (presence for IPC,
 * driver for the room listing); without one, a single process with local presence (Colyseus's defaults).
 */
import { matchMaker } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { ROOM_NAME } from './protocol';
import { CODE_PATTERN } from './secrets';

export interface Scale {
  /** Server options for sharing rooms; `publicAddress` (`host:port`) is where clients reach this process's rooms after matchmaking on any process. */
  shared?: { presence: RedisPresence; driver: RedisDriver; publicAddress: string; selectProcessIdToCreateRoom: matchMaker.SelectProcessIdCallback };
  /** Does a workshop with this code exist on any process? */
  roomExists(code: string, local: Set<string>): Promise<boolean>;
}

/** The presence, driver and public address for `redisUrl` (or none without it). */
export function scaleFor(redisUrl: string | undefined, publicAddress: string): Scale {
  if (!redisUrl) return { roomExists: async (code, local) => local.has(code) };
  return {
    shared: { presence: new RedisPresence(redisUrl), driver: new RedisDriver(redisUrl), publicAddress, selectProcessIdToCreateRoom: pickProcess },
    roomExists: async (code, local) => {
      if (local.has(code)) return true;
      if (!CODE_PATTERN.test(code)) return false;
      const found = await matchMaker.query({ name: ROOM_NAME, roomId: code });
      return found.length > 0;
    },
  };
}

/** Restored workshops are created in the process that holds their rows; new ones go to the least busy process. */
export const pickProcess: matchMaker.SelectProcessIdCallback = async (_roomName, options) => {
  if ((options as { restore?: unknown } | null)?.restore) return matchMaker.processId;
  const all = await matchMaker.stats.fetchAll();
  return all.sort((a, b) => a.roomCount - b.roomCount)[0]?.processId ?? matchMaker.processId;
};
