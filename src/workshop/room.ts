/** The session as a reducer: the room is the session's events folded over each team's new game. */
import { createGame, type LoadedScenario } from '../engine';
import { deliverable, settle, step } from './reducer';
import type { Step } from './steps';
import { eventSchema } from './schema';
import { modeOf, WORKSHOP_FORMAT_3, type Room, type Workshop, type WorkshopEvent, type WorkshopInput, type WorkshopResult } from './types';

/** The room before any event: every team at the start of turn 1 of its own game. */
export function initialRoom(loaded: LoadedScenario, session: Workshop): Room {
  const teams = session.teams.map((t) => ({ id: t.id, name: t.name, seed: t.seed, state: createGame(loaded, t.seed), queued: [], scores: [] }));
  return settle({ phase: 'setup', teams, turn: 1, active: null, revealed: false, mode: modeOf(session), opened: null });
}

/** Apply event number `index` of the log; a simultaneous room notes the event that opened its current turn (its timer starts there). */
function stepAt(loaded: LoadedScenario, session: Workshop, room: Room, event: WorkshopEvent, index: number): Step {
  const r = step(loaded, session, room, event);
  if (!r.ok || room.mode !== 'simultaneous') return r;
  const opens = event.type === 'start' || r.room.turn !== room.turn;
  return opens ? { ok: true, room: { ...r.room, opened: index } } : r;
}

/** Replay the whole session log; refuses a session for another scenario or with an event that does not apply. */
export function replayWorkshop(loaded: LoadedScenario, session: Workshop): WorkshopResult<Room> {
  const mismatch = scenarioMismatch(loaded, session);
  if (mismatch) return mismatch;
  let room = initialRoom(loaded, session);
  for (const [i, event] of session.events.entries()) {
    const r = stepAt(loaded, session, room, event, i);
    if (!r.ok) return { ok: false, error: { ...r.error, message: `event ${i + 1} (${event.type}): ${r.error.message}`, event: i } };
    room = r.room;
  }
  return { ok: true, value: room };
}

function scenarioMismatch(loaded: LoadedScenario, session: Workshop): WorkshopResult<never> | null {
  if (session.scenario !== loaded.scenario.id) {
    return { ok: false, error: { code: 'workshop/scenario', message: `the workshop is for scenario "${session.scenario}", not "${loaded.scenario.id}"`, params: { expected: session.scenario, found: loaded.scenario.id } } };
  }
  if (session.scenarioHash !== loaded.hash) {
    return {
      ok: false,
      error: {
        code: 'workshop/scenario',
        message: `the workshop was played on another version of "${session.scenario}" (hash ${session.scenarioHash}, this file ${loaded.hash})`,
        params: { expected: session.scenarioHash, found: loaded.hash },
      },
    };
  }
  return null;
}

/**
 * Append one event to the session if it applies. Pass the room of `session` (from an earlier
 * call) to skip replaying the log. A lock without `released` gets the injects queued for it.
 */
export function applyEvent(
  loaded: LoadedScenario,
  session: Workshop,
  input: WorkshopInput,
  room?: Room,
): WorkshopResult<{ session: Workshop; room: Room }> {
  let current = room;
  if (!current) {
    const r = replayWorkshop(loaded, session);
    if (!r.ok) return r;
    current = r.value;
  }
  const event = complete(loaded, current, input);
  const parsed = eventSchema.safeParse(event);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.map(String).join('.') ?? '';
    return { ok: false, error: { code: 'workshop/bad-event', message: `bad ${input.type} event: ${where ? where + ': ' : ''}${issue?.message ?? 'invalid'}`, params: { field: where } } };
  }
  const recorded = parsed.data as WorkshopEvent; // zod's copy: keys in schema order, so files read back byte for byte
  const r = stepAt(loaded, session, current, recorded, session.events.length);
  if (!r.ok) return { ok: false, error: r.error };
  const kept = recorded.type === 'ready' ? asFormat3(session) : session;
  return { ok: true, value: { session: { ...kept, events: [...session.events, recorded] }, room: r.room } };
}

/** A `ready` needs `@3`: an older hot-seat session (`@1`, or `@2` with mode hotseat) is written as `@3` from its first one. */
function asFormat3(session: Workshop): Workshop {
  if (session.format === WORKSHOP_FORMAT_3) return session;
  const { format: _format, mode: _mode, ...rest } = session;
  return { format: WORKSHOP_FORMAT_3, mode: modeOf(session), ...rest };
}

/** The event to record: a lock's `released` filled from the team's queue. */
function complete(loaded: LoadedScenario, room: Room, input: WorkshopInput): unknown {
  if (input.type !== 'lock' || input.released !== undefined) return input;
  const team = room.teams.find((t) => t.id === input.team);
  return { ...input, released: team ? deliverable(loaded, team) : [] };
}
