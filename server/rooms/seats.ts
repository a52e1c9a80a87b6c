/** Who a joining connection is: the creator (gets the key), the facilitator (has it), a team device, or the projector. */
import { ServerError } from '@colyseus/core';
import type { Seat } from '../context';
import { joinOptions } from '../protocol';
import { hashSecret, matches, secret } from '../secrets';
import type { LiveDb } from '../state/db';
import type { LiveWorkshop } from '../state/liveWorkshop';

/** What a join is told once: the facilitator key (creator only) or a new seat token. */
export interface Welcome {
  seat: Seat;
  key?: string;
  token?: string;
}

/** Devices (seat tokens) a team may have: plenty for its members, and a bound on what joins can write to disk. */
export const MAX_SEATS_PER_TEAM = 32;

const refuse = (code: string, message: string) => new ServerError(4403, `${code}: ${message}`);

/**
 * Check a join's options and give it its seat. `creator` holds the creator's nonce and the key
 * until the creator has joined (cleared by the caller once used).
 */
export function admit(options: unknown, live: LiveWorkshop, db: LiveDb, creator: { nonce: string; key: string } | null): Welcome {
  const parsed = joinOptions.safeParse(options);
  if (!parsed.success) throw refuse('live/bad-join', parsed.error.issues[0]?.message ?? 'bad join options');
  const o = parsed.data;
  if (o.role === 'projector') return { seat: o.lobby ? { role: 'projector', lobby: true } : { role: 'projector' } };
  if (o.role === 'facilitator') {
    if ('nonce' in o) {
      if (!creator || o.nonce !== creator.nonce) throw refuse('live/bad-key', 'only the creator joins with the creation options');
      return { seat: { role: 'facilitator' }, key: creator.key };
    }
    if (!matches(o.key, live.keyHash)) throw refuse('live/bad-key', 'wrong facilitator key');
    return { seat: { role: 'facilitator' } };
  }
  if ('seat' in o) {
    const team = db.seat(hashSecret(o.seat), live.code);
    if (team === null) throw refuse('live/bad-seat', 'unknown seat token for this workshop');
    return { seat: { role: 'team', team } };
  }
  if (!live.teams.some((t) => t.id === o.team)) throw refuse('live/not-your-team', `there is no team "${o.team}"`);
  if (db.seatCount(live.code, o.team) >= MAX_SEATS_PER_TEAM) throw refuse('live/seats-full', `team ${o.team} has ${MAX_SEATS_PER_TEAM} seats already; rejoin with a seat token`);
  const token = secret(16);
  db.addSeat(hashSecret(token), live.code, o.team);
  return { seat: { role: 'team', team: o.team }, token };
}
