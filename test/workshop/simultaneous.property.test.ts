import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { legalDecisions, replay } from '../../src/engine';
import { applyEvent, parseWorkshop, projectorView, serialiseWorkshop, teamLogs, teamView, type Room, type Workshop, type WorkshopInput } from '../../src/workshop';
import { at, liveSession, load } from './fixture';

const loaded = load();

/** One step a room may be asked to take: which team, which legal decisions (by index), or an advance or a release. */
const move = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('lock' as const), team: fc.integer({ min: 1, max: 3 }), pick: fc.array(fc.nat(), { maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('advance' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('release' as const), team: fc.constantFrom('t1', 't2', 't3', 'all') }) },
);

type Move = typeof move extends fc.Arbitrary<infer M> ? M : never;

/** The input a move makes in this room: a lock takes one of the team's legal decisions (staff allows at least one). */
function input(m: Move, room: Room, s: number): WorkshopInput {
  if (m.kind === 'advance') return { type: 'advance', at: at(s) };
  if (m.kind === 'release') return { type: 'release', at: at(s), inject: 'leak', team: m.team };
  const team = room.teams[m.team - 1]!;
  const legal = legalDecisions(loaded, team.state);
  const decisions = m.pick.map((i) => legal[i % Math.max(1, legal.length)]).filter((d): d is string => d !== undefined).slice(0, 1);
  return { type: 'lock', at: at(s), team: team.id, turn: room.turn, decisions };
}

describe('simultaneous sessions, any sequence of moves', () => {
  test('every team log replays with the engine, the room plays the lowest open turn, and the file reads back', () => {
    let accepted = 0;
    let closedTurns = 0;
    fc.assert(
      fc.property(fc.array(move, { maxLength: 25 }), (moves) => {
        let session: Workshop = liveSession(loaded);
        let r = applyEvent(loaded, session, { type: 'start', at: at(0) });
        if (!r.ok) throw new Error(r.error.message);
        let room = r.value.room;
        session = r.value.session;
        for (const [i, m] of moves.entries()) {
          r = applyEvent(loaded, session, input(m, room, i + 1), room);
          if (!r.ok) continue; // refusals change nothing (checked elsewhere)
          accepted++;
          if (r.value.room.turn > room.turn) closedTurns++;
          ({ session, room } = r.value);
          const playing = room.teams.filter((t) => !t.state.ending);
          if (playing.length > 0) expect(room.turn).toBe(Math.min(...playing.map((t) => t.state.turn)));
          for (const t of playing) expect(t.state.turn - room.turn).toBeLessThanOrEqual(1);
        }
        for (const [id, log] of Object.entries(teamLogs(room))) {
          const replayed = replay(loaded, log);
          expect(replayed.ok && replayed.value).toEqual(room.teams.find((t) => t.id === id)!.state);
        }
        const back = parseWorkshop(serialiseWorkshop(session), loaded);
        expect(back.ok).toBe(true);
        // whatever happened, no team device and no projector (before the end) gets a secret field
        const secret = /"(culprit|seed|rng|scheduled|flags)":/;
        for (const t of room.teams) expect(JSON.stringify(teamView(loaded, session, room, t.id, at(999)))).not.toMatch(secret);
        if (room.phase !== 'ended') expect(JSON.stringify(projectorView(loaded, session, room, at(999)))).not.toMatch(secret);
      }),
      { numRuns: 60, seed: 1206 },
    );
    // the sequences did play: many accepted events, and turns closed by locks and advances
    expect(accepted).toBeGreaterThan(150);
    expect(closedTurns).toBeGreaterThan(40);
  });
});
