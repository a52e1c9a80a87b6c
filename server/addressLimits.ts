/**
 * Limits per address and minute (wrong room codes, workshops created), checked before the act
 * (`blocked`) and counted after it (`count`). One process keeps them in memory (an exact sliding
 * window, `FailedJoins`). Processes sharing rooms through Redis share their limits too, through
 * Colyseus's presence: a counter per address and minute, and the window estimated from this
 * minute's count and the previous one's weighted by how much of it still falls in the last 60 s
 * (the sliding-window counter). Otherwise a client would get the limit once per process.
 */
import type { Presence } from '@colyseus/core';
import { FailedJoins } from './limits';

export interface AddressLimit {
  blocked(address: string, now: number): Promise<boolean>;
  count(address: string, now: number): Promise<void>;
}

export function localLimit(limit: number): AddressLimit {
  const window = new FailedJoins(limit);
  return {
    blocked: async (address, now) => window.blocked(address, now),
    count: async (address, now) => window.fail(address, now),
  };
}

const MINUTE = 60_000;

export function sharedLimit(presence: Pick<Presence, 'incr' | 'expire' | 'get'>, name: string, limit: number): AddressLimit {
  const key = (address: string, minute: number) => `cellule:limit:${name}:${minute}:${address}`;
  return {
    async blocked(address, now) {
      const minute = Math.floor(now / MINUTE);
      const [current, previous] = await Promise.all([presence.get(key(address, minute)), presence.get(key(address, minute - 1))]);
      const stillIn = 1 - (now % MINUTE) / MINUTE;
      return Number(current ?? 0) + Number(previous ?? 0) * stillIn >= limit;
    },
    async count(address, now) {
      const k = key(address, Math.floor(now / MINUTE));
      await presence.incr(k);
      // Two minutes: the next minute still weighs this one.
      await presence.expire(k, 120);
    },
  };
}
