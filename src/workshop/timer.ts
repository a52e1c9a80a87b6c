/**
 * The turn timer, computed from the session log and the caller's `now`. It counts down per
 * slot. In the hot seat (`@3`) a slot opens at `start` or when the previous team's turn is locked
 * or advanced, and its clock starts when the team says it is `ready` (not during the hand-over);
 * in an older hot-seat file (no `ready` yet) the clock starts when the slot opens, as it always
 * did; in a simultaneous room it starts with the room's turn (the event that opened it).
 * Pauses do not count; `extend` adds seconds to the current slot only.
 */
import { WORKSHOP_FORMAT_3, type Room, type Workshop } from './types';

export interface TimerState {
  enabled: boolean;
  /** Counting down right now (started, not paused, not ended, a team is playing). */
  running: boolean;
  paused: boolean;
  /** Seconds allowed for the current slot, extensions included. */
  total: number;
  /** Seconds used in the current slot, pauses excluded. */
  elapsed: number;
  /** Seconds left, never below 0 (views round up to show whole seconds). */
  remaining: number;
  /** The slot is at or past zero: the moment for the sound. */
  expired: boolean;
}

const seconds = (fromIso: string, toIso: string) => Math.max(0, (Date.parse(toIso) - Date.parse(fromIso)) / 1000);
const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);

/** The timer of the current slot at wall-clock time `now` (ISO 8601). */
export function timerState(session: Workshop, room: Room, now: string): TimerState {
  const per = session.timer.secondsPerTurn;
  let slotStart: string | null = null;
  let pausedAt: string | null = null;
  let stoppedAt: string | null = null;
  let pausedFor = 0;
  let extra = 0;
  const together = room.mode === 'simultaneous';
  const waitsForReady = !together && session.format === WORKSHOP_FORMAT_3;
  for (const [i, e] of session.events.entries()) {
    if (together ? i === room.opened : e.type === 'start' || e.type === 'lock' || e.type === 'advance') {
      slotStart = waitsForReady ? null : e.at;
      pausedFor = 0;
      extra = 0;
    } else if (e.type === 'ready' && waitsForReady) slotStart = e.at;
    else if (e.type === 'pause') pausedAt = e.at;
    else if (e.type === 'resume' && pausedAt !== null) {
      // A team may take the seat while paused: only the pause after that counts.
      if (slotStart !== null) pausedFor += seconds(later(pausedAt, slotStart), e.at);
      pausedAt = null;
    } else if (e.type === 'extend') extra += e.seconds;
    else if (e.type === 'end') stoppedAt = e.at;
  }
  const total = (per ?? 0) + extra;
  const playing = slotStart !== null && stoppedAt === null && room.active !== null;
  const until = pausedAt ?? stoppedAt ?? now;
  const elapsed = slotStart === null ? 0 : Math.max(0, seconds(slotStart, until) - pausedFor);
  const remaining = Math.max(0, total - elapsed);
  return {
    enabled: per !== null,
    running: per !== null && playing && pausedAt === null,
    paused: pausedAt !== null && stoppedAt === null,
    total,
    elapsed,
    remaining,
    expired: per !== null && playing && remaining === 0,
  };
}
