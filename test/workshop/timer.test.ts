import { describe, expect, test } from 'vitest';
import { timerState, type Workshop } from '../../src/workshop';
import { at, fullSession, load, newWorkshop, play } from './fixture';

const loaded = load();

/** The same session as an older hot-seat file (`@1`: no mode, no `ready` events): its timer keeps the old rule. */
const asV1 = ({ mode: _mode, ...rest }: Workshop): Workshop => ({ ...rest, format: 'cellule/workshop@1' });

describe('turn timer of a hot-seat session (@3): it starts when the team is ready, not during the hand-over', () => {
  const started = play(loaded, newWorkshop(loaded), [{ type: 'start', at: at(0) }]);

  test('waits, full, while the first team is on the hand-over screen', () => {
    expect(timerState(started.session, started.room, at(300))).toMatchObject({ running: false, expired: false, total: 120, elapsed: 0, remaining: 120 });
  });

  test('counts down from the ready, and expires 120 s after it', () => {
    const ready = play(loaded, started.session, [{ type: 'ready', at: at(50), team: 't1', turn: 1 }]);
    expect(timerState(ready.session, ready.room, at(80))).toMatchObject({ running: true, elapsed: 30, remaining: 90 });
    expect(timerState(ready.session, ready.room, at(170))).toMatchObject({ remaining: 0, expired: true });
  });

  test("a lock ends the slot: the next team's clock waits for its own ready, with an extension given meanwhile", () => {
    const next = play(loaded, started.session, [
      { type: 'ready', at: at(10), team: 't1', turn: 1 },
      { type: 'lock', at: at(60), team: 't1', turn: 1, decisions: [] },
      { type: 'extend', at: at(70), seconds: 30 },
    ]);
    expect(timerState(next.session, next.room, at(500))).toMatchObject({ running: false, elapsed: 0, total: 150, remaining: 150 });
    const bravo = play(loaded, next.session, [{ type: 'ready', at: at(100), team: 't2', turn: 1 }]);
    expect(timerState(bravo.session, bravo.room, at(140))).toMatchObject({ running: true, elapsed: 40, remaining: 110 });
  });

  test('a pause during the hand-over does not count; a ready while paused counts from the resume', () => {
    const r = play(loaded, started.session, [
      { type: 'pause', at: at(20) },
      { type: 'ready', at: at(40), team: 't1', turn: 1 },
      { type: 'resume', at: at(100) },
    ]);
    expect(timerState(r.session, r.room, at(130))).toMatchObject({ running: true, elapsed: 30, remaining: 90 });
  });

  test('only the team in the seat, for its turn, once', () => {
    const refused = (input: Parameters<typeof play>[2][number]) => {
      try {
        play(loaded, started.session, [{ type: 'ready', at: at(5), team: 't1', turn: 1 }, input]);
        return 'accepted';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(refused({ type: 'ready', at: at(6), team: 't1', turn: 1 })).toBe('Alpha is already playing turn 1');
    expect(() => play(loaded, started.session, [{ type: 'ready', at: at(5), team: 't2', turn: 1 }])).toThrow("it is Alpha's turn, not Bravo's");
    expect(() => play(loaded, started.session, [{ type: 'ready', at: at(5), team: 't1', turn: 2 }])).toThrow('Alpha is playing turn 1, not turn 2');
  });
});

describe('turn timer of an older hot-seat file (@1, no ready): unchanged', () => {
  // 120 s per slot. Alpha's slot starts at 0; pause 60–90; +30 s at 120; Alpha locks at 190.
  const { session: s3, room } = play(loaded, newWorkshop(loaded), [
    { type: 'start', at: at(0) },
    { type: 'pause', at: at(60) },
    { type: 'resume', at: at(90) },
    { type: 'extend', at: at(120), seconds: 30 },
  ]);
  const session = asV1(s3);

  test('before the start it is full and not running', () => {
    const r = play(loaded, asV1(newWorkshop(loaded)), [{ type: 'note', at: at(0), text: 'setup', turn: 1 }]);
    expect(timerState(r.session, r.room, at(50))).toMatchObject({ enabled: true, running: false, total: 120, elapsed: 0, remaining: 120 });
  });

  test('counts down from the start', () => {
    const first = play(loaded, asV1(newWorkshop(loaded)), [{ type: 'start', at: at(0) }]);
    expect(first.session.format).toBe('cellule/workshop@1');
    expect(timerState(first.session, first.room, at(45))).toMatchObject({ running: true, elapsed: 45, remaining: 75, expired: false });
  });

  test('stops while paused', () => {
    const paused = { ...session, events: session.events.slice(0, 2) };
    // paused at 60: 60 s used whatever the time now
    expect(timerState(paused, { ...room, phase: 'paused' }, at(80))).toMatchObject({ running: false, paused: true, elapsed: 60, remaining: 60 });
  });

  test('excludes the pause and adds the extension: 130 s − 30 s paused = 100 of 150', () => {
    expect(timerState(session, room, at(130))).toMatchObject({ running: true, paused: false, total: 150, elapsed: 100, remaining: 50, expired: false });
  });

  test('expires at zero and stays at zero', () => {
    expect(timerState(session, room, at(180))).toMatchObject({ remaining: 0, expired: true });
    expect(timerState(session, room, at(600))).toMatchObject({ remaining: 0, expired: true, elapsed: 570 });
  });

  test("a lock starts the next team's slot afresh, without the extension", () => {
    const next = play(loaded, session, [{ type: 'lock', at: at(190), team: 't1', turn: 1, decisions: [] }]);
    expect(timerState(next.session, next.room, at(240))).toMatchObject({ total: 120, elapsed: 50, remaining: 70, running: true });
  });

  test('stops at the end of the workshop', () => {
    const done = fullSession(loaded);
    expect(timerState(asV1(done.session), done.room, at(9999))).toMatchObject({ running: false, expired: false, elapsed: 60 });
  });

  test('its first ready writes it as @3 (an older version would misread the event) and starts the clock there', () => {
    const r = play(loaded, session, [{ type: 'lock', at: at(190), team: 't1', turn: 1, decisions: [] }, { type: 'ready', at: at(200), team: 't2', turn: 1 }]);
    expect([r.session.format, r.session.mode]).toEqual(['cellule/workshop@3', 'hotseat']);
    expect(Object.keys(r.session).slice(0, 3)).toEqual(['format', 'mode', 'scenario']);
    expect(timerState(r.session, r.room, at(230))).toMatchObject({ running: true, elapsed: 30 });
  });

  test('a workshop without a timer reports it disabled', () => {
    const r = play(loaded, newWorkshop(loaded, undefined, null), [{ type: 'start', at: at(0) }]);
    expect(timerState(r.session, r.room, at(500))).toMatchObject({ enabled: false, running: false, expired: false });
  });
});
