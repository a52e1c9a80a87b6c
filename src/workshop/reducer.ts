/** One event applied to the room: checked first, refused with a coded error, never half-applied. */
import { releasableInjects, type LoadedScenario } from '../engine';
import { lockTogether } from './simultaneous';
import { deliverable, notRunning, ok, playTeam, refuse, settle, unknownTeam, type Step } from './steps';
import type { LockEvent, Room, TeamView, Workshop, WorkshopEvent } from './types';

export { deliverable, settle };

/** Apply one event to the room, or say why it is refused. */
export function step(loaded: LoadedScenario, session: Workshop, room: Room, event: WorkshopEvent): Step {
  const phase = room.phase;
  switch (event.type) {
    case 'start':
      return phase === 'setup' ? ok({ ...room, phase: 'running' }) : refuse(phase === 'ended' ? 'workshop/ended' : 'workshop/already-started', 'the workshop has already started');
    case 'pause':
      return phase === 'running' ? ok({ ...room, phase: 'paused' }) : notRunning(room);
    case 'resume':
      return phase === 'paused' ? ok({ ...room, phase: 'running' }) : refuse(phase === 'ended' ? 'workshop/ended' : 'workshop/not-paused', 'the workshop is not paused');
    case 'extend':
      if (session.timer.secondsPerTurn === null) return refuse('workshop/no-timer', 'this workshop has no turn timer');
      return phase === 'running' || phase === 'paused' ? ok(room) : notRunning(room);
    case 'reveal':
      return room.revealed ? refuse('workshop/already-revealed', 'the leaderboard is already revealed') : ok({ ...room, revealed: true });
    case 'end':
      return phase === 'ended' ? refuse('workshop/ended', 'the workshop has already ended') : ok({ ...room, phase: 'ended', active: null });
    case 'note':
      if (event.text.trim() === '') return refuse('workshop/bad-event', 'a note needs some text');
      if (event.team !== undefined && !room.teams.some((t) => t.id === event.team)) return unknownTeam(event.team);
      return ok(room);
    case 'release':
      return release(loaded, session, room, event.inject, event.team);
    case 'ready':
      return ready(room, event.team, event.turn);
    case 'advance':
    case 'lock':
      return room.mode === 'simultaneous' ? lockTogether(loaded, room, event) : lock(loaded, room, event);
  }
}

function release(loaded: LoadedScenario, session: Workshop, room: Room, inject: string, target: string): Step {
  if (room.phase === 'ended') return notRunning(room);
  if (!session.releasable.includes(inject)) {
    return refuse('workshop/not-releasable', `"${inject}" is not among the injects this workshop may release`, { inject });
  }
  if (target !== 'all' && !room.teams.some((t) => t.id === target)) return unknownTeam(target);
  const canTake = (t: TeamView) => !t.state.ending && !t.queued.includes(inject) && releasableInjects(loaded, t.state).includes(inject);
  const targets = room.teams.filter((t) => (target === 'all' || t.id === target) && canTake(t));
  if (targets.length === 0) {
    const who = target === 'all' ? 'any team' : `team "${target}"`;
    return refuse('workshop/not-releasable', `"${inject}" cannot be released to ${who} now (already released, fired, or game over)`, { inject, team: target });
  }
  const chosen = new Set(targets.map((t) => t.id));
  return ok({ ...room, teams: room.teams.map((t) => (chosen.has(t.id) ? { ...t, queued: [...t.queued, inject] } : t)) });
}

/** Hot seat: the team whose turn it is takes the seat after the hand-over (running or paused). */
function ready(room: Room, teamId: string, turn: number): Step {
  if (room.mode === 'simultaneous') return refuse('workshop/bad-event', 'a simultaneous room has no hand-over');
  if (room.phase !== 'running' && room.phase !== 'paused') return notRunning(room);
  if (room.active === null) return refuse('workshop/all-done', 'every team has finished its game');
  const team = room.teams.find((t) => t.id === teamId);
  if (!team) return unknownTeam(teamId);
  const expected = room.teams[room.active]!;
  if (team !== expected) return refuse('workshop/not-your-turn', `it is ${expected.name}'s turn, not ${team.name}'s`, { team: team.id, expected: expected.id });
  if (turn !== team.state.turn) {
    return refuse('workshop/wrong-turn', `${team.name} is playing turn ${team.state.turn}, not turn ${turn}`, { team: team.id, turn, expected: team.state.turn });
  }
  const slot = `${team.id}/${turn}`;
  if (room.ready === slot) return refuse('workshop/already-ready', `${team.name} is already playing turn ${turn}`, { team: team.id, turn });
  return ok({ ...room, ready: slot });
}

function lock(loaded: LoadedScenario, room: Room, event: LockEvent | { type: 'advance' }): Step {
  if (room.phase !== 'running') return notRunning(room);
  if (room.active === null) return refuse('workshop/all-done', 'every team has finished its game');
  const index = event.type === 'lock' ? room.teams.findIndex((t) => t.id === event.team) : room.active;
  const team = room.teams[index];
  if (event.type === 'lock' && !team) return unknownTeam(event.team);
  if (!team) return refuse('workshop/all-done', 'no team can play');
  const expected = room.teams[room.active]!;
  if (index !== room.active) {
    return refuse('workshop/not-your-turn', `it is ${expected.name}'s turn, not ${team.name}'s`, { team: team.id, expected: expected.id });
  }
  const r = playTeam(loaded, team, event);
  if (!r.ok) return r;
  return ok(settle({ ...room, teams: room.teams.map((t, i) => (i === index ? r.team : t)) }));
}
