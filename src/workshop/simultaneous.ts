/**
 * Simultaneous turns: every team plays the room's turn at once. A lock plays that team's turn at
 * once (its own seeded game, so its log replays alone); the room's turn closes when no team is
 * left to lock. An advance closes it for every team that has not locked, with no decision.
 */
import type { LoadedScenario } from '../engine';
import { notRunning, ok, playTeam, refuse, settle, toPlay, unknownTeam, type Step } from './steps';
import type { LockEvent, Room, TeamView } from './types';

/** Apply a lock or an advance in a simultaneous room. */
export function lockTogether(loaded: LoadedScenario, room: Room, event: LockEvent | { type: 'advance' }): Step {
  if (room.phase !== 'running') return notRunning(room);
  if (room.active === null) return refuse('workshop/all-done', 'every team has finished its game');
  return event.type === 'lock' ? lockOne(loaded, room, event) : advanceAll(loaded, room);
}

function lockOne(loaded: LoadedScenario, room: Room, event: LockEvent): Step {
  const team = room.teams.find((t) => t.id === event.team);
  if (!team) return unknownTeam(event.team);
  if (team.state.ending) return refuse('workshop/game-over', `${team.name}'s game is over`, { team: team.id });
  if (!toPlay(room, team)) {
    return refuse('workshop/already-locked', `${team.name} has already locked turn ${room.turn}`, { team: team.id, turn: room.turn });
  }
  const r = playTeam(loaded, team, event);
  if (!r.ok) return r;
  return ok(settle(replace(room, r.team)));
}

function advanceAll(loaded: LoadedScenario, room: Room): Step {
  let next = room;
  for (const team of room.teams.filter((t) => toPlay(room, t))) {
    const r = playTeam(loaded, team, { type: 'advance' });
    if (!r.ok) return r;
    next = replace(next, r.team);
  }
  return ok(settle(next));
}

const replace = (room: Room, team: TeamView): Room => ({ ...room, teams: room.teams.map((t) => (t.id === team.id ? team : t)) });
