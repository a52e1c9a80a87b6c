import { describe, expect, test } from 'vitest';
import { replay } from '../../src/engine';
import {
  aarMarkdown,
  applyEvent,
  decisionsCsv,
  hotWash,
  initialRoom,
  parseWorkshop,
  plainTranslator,
  serialiseWorkshop,
  teamLogs,
  timerState,
  type Room,
  type Workshop,
  type WorkshopInput,
} from '../../src/workshop';
import { at, fullSession, liveSession, load, newWorkshop, play } from './fixture';

const liveWorkshop = (secondsPerTurn: number | null = 120) => liveSession(loaded, secondsPerTurn);

const loaded = load();

const lock = (team: string, turn: number, decisions: string[], s = 10, assessment?: Record<string, number>): WorkshopInput => ({
  type: 'lock',
  at: at(s),
  team,
  turn,
  decisions,
  ...(assessment ? { assessment } : {}),
});
const metrics = (room: Room) => room.teams.map((t) => [t.state.metrics.avail, t.state.metrics.trust]);
const refusal = (session: Workshop, room: Room, input: WorkshopInput) => {
  const r = applyEvent(loaded, session, input, room);
  return r.ok ? 'accepted' : r.error.code;
};

describe('simultaneous sessions', () => {
  test('are written as cellule/workshop@2 with their mode; hot-seat ones as @3 (they hold ready events)', () => {
    const s = liveWorkshop();
    expect([s.format, s.mode]).toEqual(['cellule/workshop@2', 'simultaneous']);
    expect(Object.keys(s).slice(0, 3)).toEqual(['format', 'mode', 'scenario']);
    const hot = fullSession(loaded).session;
    expect([hot.format, hot.mode]).toEqual(['cellule/workshop@3', 'hotseat']);
    const fresh = newWorkshop(loaded);
    expect(refusal(fresh, initialRoom(loaded, fresh), { type: 'ready', at: at(0), team: 't1', turn: 1 })).toBe('workshop/not-started');
    // A simultaneous room has no hand-over: its timer and turns stay as they were.
    const started = play(loaded, s, [{ type: 'start', at: at(0) }]);
    expect(refusal(started.session, started.room, { type: 'ready', at: at(1), team: 't1', turn: 1 })).toBe('workshop/bad-event');
  });

  test('every team locks turn 1 in any order; the turn closes when the last one locks', () => {
    let { session, room } = play(loaded, liveWorkshop(), [{ type: 'start', at: at(0) }, lock('t3', 1, ['tell', 'blame'])]);
    expect(room.turn).toBe(1);
    expect(refusal(session, room, lock('t3', 1, ['scrub']))).toBe('workshop/already-locked');
    expect(refusal(session, room, lock('t3', 2, ['scrub']))).toBe('workshop/already-locked');
    ({ session, room } = play(loaded, session, [lock('t1', 1, ['tell', 'scrub'], 20)]));
    expect(room.turn).toBe(1);
    ({ session, room } = play(loaded, session, [lock('t2', 1, ['shutdown'], 30)]));
    expect(room.turn).toBe(2);
    // Alpha 50+20, 60+15; Bravo 50−30, 60−5; Charlie 50, 60+15−20
    expect(metrics(room)).toEqual([
      [70, 75],
      [20, 55],
      [50, 55],
    ]);
    // every order of the three locks gives the same room
    const orders = [
      ['t1', 't2', 't3'],
      ['t2', 't3', 't1'],
      ['t3', 't2', 't1'],
    ];
    const choices: Record<string, string[]> = { t1: ['tell', 'scrub'], t2: ['shutdown'], t3: ['tell', 'blame'] };
    for (const order of orders) {
      const other = play(loaded, liveWorkshop(), [{ type: 'start', at: at(0) }, ...order.map((t) => lock(t, 1, choices[t]!))]);
      expect(other.room.teams).toEqual(room.teams);
    }
  });

  test('a lock for the wrong turn, an unknown team or an illegal choice is refused and changes nothing', () => {
    const { session, room } = play(loaded, liveWorkshop(), [{ type: 'start', at: at(0) }]);
    const before = JSON.stringify({ session, room });
    expect(refusal(session, room, lock('t1', 2, []))).toBe('workshop/wrong-turn');
    expect(refusal(session, room, lock('t9', 1, []))).toBe('workshop/unknown-team');
    expect(refusal(session, room, lock('t1', 1, ['scrub', 'tell', 'shutdown']))).toBe('workshop/illegal-turn');
    expect(JSON.stringify({ session, room })).toBe(before);
    const fresh = liveWorkshop();
    expect(refusal(fresh, play(loaded, fresh, [{ type: 'note', at: at(0), text: 'x', turn: 1 }]).room, lock('t1', 1, []))).toBe('workshop/not-started');
  });

  test('an early advance closes the turn for every team that has not locked, with no decision', () => {
    const { room } = play(loaded, liveWorkshop(), [{ type: 'start', at: at(0) }, lock('t2', 1, ['tell']), { type: 'advance', at: at(40) }]);
    expect(room.turn).toBe(2);
    expect(room.teams.map((t) => t.state.log)).toEqual([[{ decisions: [] }], [{ decisions: ['tell'] }], [{ decisions: [] }]]);
    expect(metrics(room)).toEqual([
      [50, 60],
      [50, 75],
      [50, 60],
    ]);
  });

  test('the timer runs per room turn: it restarts when the turn closes, and expiry is an advance', () => {
    let { session, room } = play(loaded, liveWorkshop(), [{ type: 'start', at: at(0) }, lock('t1', 1, [], 60)]);
    // Alpha's lock does not restart the room's clock
    expect(timerState(session, room, at(100))).toMatchObject({ running: true, elapsed: 100, remaining: 20, expired: false });
    expect(timerState(session, room, at(130))).toMatchObject({ remaining: 0, expired: true });
    ({ session, room } = play(loaded, session, [{ type: 'advance', at: at(130) }]));
    expect(room.turn).toBe(2);
    expect(timerState(session, room, at(150))).toMatchObject({ elapsed: 20, remaining: 100, expired: false });
    // the last lock of turn 2 opens turn 3 at 200; a pause of 10 s and 30 s more in turn 3
    ({ session, room } = play(loaded, session, [lock('t1', 2, [], 170), lock('t2', 2, [], 180), lock('t3', 2, [], 200), { type: 'pause', at: at(210) }, { type: 'resume', at: at(220) }, { type: 'extend', at: at(230), seconds: 30 }]));
    expect(room.turn).toBe(3);
    expect(timerState(session, room, at(260))).toMatchObject({ total: 150, elapsed: 50, remaining: 100 });
  });

  test('a release reaches one team in its next lock (this turn if it has not locked, else the next)', () => {
    const { room } = play(loaded, liveWorkshop(), [
      { type: 'start', at: at(0) },
      lock('t1', 1, []),
      { type: 'release', at: at(11), inject: 'leak', team: 't2' },
      { type: 'release', at: at(12), inject: 'leak', team: 't1' },
      lock('t2', 1, []),
      lock('t3', 1, []),
      lock('t1', 2, []),
    ]);
    const [alpha, bravo, charlie] = room.teams;
    expect(bravo!.state.log[0]).toEqual({ decisions: [], released: ['leak'] });
    expect(alpha!.state.log.map((l) => l.released)).toEqual([undefined, ['leak']]);
    expect(charlie!.state.fired.leak).toBeUndefined();
    expect([alpha!.state.metrics.trust, bravo!.state.metrics.trust]).toEqual([50, 50]);
  });

  test('a whole live session: reveal, end, each team log replays with the engine, and the file reads back', () => {
    const { session, room } = play(loaded, liveWorkshop(), [
      { type: 'start', at: at(0) },
      lock('t2', 1, ['shutdown']),
      lock('t1', 1, ['tell', 'scrub']),
      lock('t3', 1, ['tell', 'blame']),
      lock('t1', 2, ['forensics'], 100, { gang: 3, state: 1 }),
      { type: 'advance', at: at(240) },
      lock('t3', 3, ['scrub'], 250),
      lock('t2', 3, ['scrub'], 260),
      lock('t1', 3, [], 270),
      { type: 'reveal', at: at(280) },
      { type: 'end', at: at(300) },
    ]);
    expect([room.phase, room.revealed, room.active]).toEqual(['ended', true, null]);
    expect(room.teams.map((t) => t.state.ending?.id)).toEqual(['time', 'time', 'time']);
    for (const [id, log] of Object.entries(teamLogs(room))) {
      const r = replay(loaded, log);
      expect(r.ok && r.value).toEqual(room.teams.find((t) => t.id === id)!.state);
    }
    expect(refusal(session, room, lock('t1', 3, []))).toBe('workshop/ended');
    const text = serialiseWorkshop(session);
    const back = parseWorkshop(text, loaded);
    expect(back.ok && serialiseWorkshop(back.value)).toBe(text);
    // the reports are made from it as from a hot-seat session; the early end of turn 2 is one line for all
    const t = plainTranslator('en');
    const md = aarMarkdown(loaded, session, room, { t, locale: 'en', timeZone: 'UTC' });
    expect(md).toContain('Turn 2 closed for the teams that had not locked');
    expect(md).not.toMatch(/Bravo's turn 2 ended/);
    const csv = decisionsCsv(loaded, room, t, 'en').split('\n');
    expect(csv.filter((l) => l.includes('Charlie')).length).toBeGreaterThanOrEqual(3);
  });
});

describe('cellule/workshop@1 files', () => {
  test('still open as hot seat and report exactly as before', () => {
    const { session, room } = fullSession(loaded);
    const text = serialiseWorkshop(session);
    const back = parseWorkshop(text, loaded);
    if (!back.ok) throw new Error(back.errors[0]!.message);
    expect(serialiseWorkshop(back.value)).toBe(text);
    const again = play(loaded, { ...back.value, events: [] }, back.value.events as WorkshopInput[]);
    expect([again.room.mode, again.room.opened]).toEqual(['hotseat', null]);
    expect(again.room).toEqual(room);
    expect(hotWash(loaded, again.room)).toEqual(hotWash(loaded, room));
    const t = plainTranslator('en');
    expect(decisionsCsv(loaded, again.room, t, 'en')).toBe(decisionsCsv(loaded, room, t, 'en'));
    const en = { t, locale: 'en', timeZone: 'UTC' };
    expect(aarMarkdown(loaded, again.session, again.room, en)).toBe(aarMarkdown(loaded, session, room, en));
  });

  test('the same log in @2 with mode hotseat replays to the same room', () => {
    const { session, room } = fullSession(loaded);
    const { format: _f, ...rest } = session;
    const text = serialiseWorkshop({ format: 'cellule/workshop@2', mode: 'hotseat', ...rest });
    const back = parseWorkshop(text, loaded);
    if (!back.ok) throw new Error(back.errors[0]!.message);
    const again = play(loaded, { ...back.value, events: [] }, back.value.events as WorkshopInput[]);
    expect(again.room.teams).toEqual(room.teams);
    expect(parseWorkshop(text.replace('"mode": "hotseat"', '"mode": "both"'), loaded).ok).toBe(false);
  });
});
