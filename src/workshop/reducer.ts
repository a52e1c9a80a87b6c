/** One event applied to the room: checked first, refused with a coded error, never half-applied. */
import { playTurn, releasableInjects, score, type LoadedScenario } from '../engine';
import type { LockEvent, Room, TeamView, Workshop, WorkshopError, WorkshopErrorCode, WorkshopEvent } from './types';

type Step = { ok: true; room: Room } | { ok: false; error: WorkshopError };

const refuse = (code: WorkshopErrorCode, message: string, params: Record<string, string | number> = {}): Step => ({
  ok: false,
  error: { code, message, params },
});

/** The team whose turn it is: hot-seat order, team 1 to n within a turn, teams whose game ended skipped. */
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
    case 'advance':
    case 'lock':
      return lock(loaded, room, event);
  }
}

const ok = (room: Room): Step => ({ ok: true, room });

function notRunning(room: Room): Step {
  if (room.phase === 'setup') return refuse('workshop/not-started', 'the workshop has not started');
  if (room.phase === 'paused') return refuse('workshop/paused', 'the workshop is paused');
  if (room.phase === 'ended') return refuse('workshop/ended', 'the workshop has ended');
  return refuse('workshop/bad-event', 'the workshop is running');
}

const unknownTeam = (team: string): Step => refuse('workshop/unknown-team', `there is no team "${team}"`, { team });

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
  const next: TeamView = { ...team, state: r.value.state, queued: [], scores: [...team.scores, score(loaded, r.value.state).overall] };
  return ok(settle({ ...room, teams: room.teams.map((t, i) => (i === index ? next : t)) }));
}
