/** What the reducer's steps share: the result type, refusals, and who plays next. */
import { playTurn, releasableInjects, score, type LoadedScenario } from '../engine';
import type { LockEvent, Room, TeamView, WorkshopError, WorkshopErrorCode } from './types';

export type Refusal = { ok: false; error: WorkshopError };
export type Step = { ok: true; room: Room } | Refusal;

export const ok = (room: Room): Step => ({ ok: true, room });

export const refuse = (code: WorkshopErrorCode, message: string, params: Record<string, string | number> = {}): Refusal => ({
  ok: false,
  error: { code, message, params },
});

export const unknownTeam = (team: string): Step => refuse('workshop/unknown-team', `there is no team "${team}"`, { team });

/** The refusal for an event that needs a running workshop. */
export function notRunning(room: Room): Step {
  if (room.phase === 'setup') return refuse('workshop/not-started', 'the workshop has not started');
  if (room.phase === 'paused') return refuse('workshop/paused', 'the workshop is paused');
  if (room.phase === 'ended') return refuse('workshop/ended', 'the workshop has ended');
  return refuse('workshop/bad-event', 'the workshop is running');
}

/**
 * The turn being played and the team whose turn it is: the lowest turn among teams still playing,
 * and the first team at that turn (hot seat: team 1 to n; simultaneous: the first not yet locked).
 */
export function settle(room: Room): Room {
  const playing = room.teams.filter((t) => !t.state.ending);
  if (playing.length === 0) return { ...room, active: null, turn: Math.max(...room.teams.map((t) => t.state.turn)) };
  const turn = Math.min(...playing.map((t) => t.state.turn));
  const active = room.teams.findIndex((t) => !t.state.ending && t.state.turn === turn);
  return { ...room, turn, active };
}

/** The queued injects that can still be released to this team now (one may have fired meanwhile). */
export function deliverable(loaded: LoadedScenario, team: TeamView): string[] {
  const open = new Set(releasableInjects(loaded, team.state));
  return team.queued.filter((id) => open.has(id));
}

/** Simultaneous mode: the team has locked the room's current turn (its game moved on) and is waiting. */
export const hasLocked = (room: Room, team: TeamView): boolean => !team.state.ending && team.state.turn > room.turn;

/** Still has to lock the room's current turn. */
export const toPlay = (room: Room, team: TeamView): boolean => !team.state.ending && team.state.turn === room.turn;

/**
 * Play one team's turn: a lock with its choices (checked against the team's turn and its queued
 * releases), or an advance with no decision. The team's queue is spent; its score is recorded.
 */
export function playTeam(loaded: LoadedScenario, team: TeamView, event: LockEvent | { type: 'advance' }): { ok: true; team: TeamView } | Refusal {
  const released = deliverable(loaded, team);
  if (event.type === 'lock') {
    if (event.turn !== team.state.turn) {
      return refuse('workshop/wrong-turn', `${team.name} is playing turn ${team.state.turn}, not turn ${event.turn}`, { team: team.id, turn: event.turn, expected: team.state.turn });
    }
    if (event.released.join('\n') !== released.join('\n')) {
      return refuse('workshop/released-mismatch', `the lock's released injects [${event.released.join(', ')}] differ from those queued [${released.join(', ')}]`, { team: team.id });
    }
  }
  const choices =
    event.type === 'lock'
      ? { decisions: event.decisions, released, ...(event.assessment ? { assessment: event.assessment } : {}) }
      : { decisions: [], released };
  const r = playTurn(loaded, team.state, choices);
  if (!r.ok) {
    return {
      ok: false,
      error: { code: 'workshop/illegal-turn', message: `${team.name}: ${r.errors[0]!.message}`, params: { team: team.id, turn: team.state.turn }, engine: r.errors[0]! },
    };
  }
  return { ok: true, team: { ...team, state: r.value.state, queued: [], scores: [...team.scores, score(loaded, r.value.state).overall] } };
}
