/**
 * The turn timer, computed from the session log and the caller's `now`. It counts down per
 * slot: in the hot seat a slot starts at `start` or when the previous team's turn is locked or
 * advanced; in a simultaneous room it starts with the room's turn (the event that opened it).
 * Pauses do not count; `extend` adds seconds to the current slot only.
 */
import type { Room, Workshop } from './types';

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

/** The timer of the current slot at wall-clock time `now` (ISO 8601). */
export function timerState(session: Workshop, room: Room, now: string): TimerState {
  const per = session.timer.secondsPerTurn;
  let slotStart: string | null = null;
  let pausedAt: string | null = null;
  let stoppedAt: string | null = null;
  let pausedFor = 0;
  let extra = 0;
  const together = room.mode === 'simultaneous';
  for (const [i, e] of session.events.entries()) {
    if (together ? i === room.opened : e.type === 'start' || e.type === 'lock' || e.type === 'advance') {
      slotStart = e.at;
      pausedFor = 0;
      extra = 0;
    } else if (e.type === 'pause') pausedAt = e.at;
    else if (e.type === 'resume' && pausedAt !== null) {
      if (slotStart !== null) pausedFor += seconds(pausedAt, e.at);
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
