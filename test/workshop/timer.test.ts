import { describe, expect, test } from 'vitest';
import { timerState } from '../../src/workshop';
import { at, fullSession, load, newWorkshop, play } from './fixture';

const loaded = load();

// 120 s per slot. Alpha's slot starts at 0; pause 60–90; +30 s at 120; Alpha locks at 190.
const { session, room } = play(loaded, newWorkshop(loaded), [
  { type: 'start', at: at(0) },
  { type: 'pause', at: at(60) },
  { type: 'resume', at: at(90) },
  { type: 'extend', at: at(120), seconds: 30 },
]);

describe('turn timer', () => {
  test('before the start it is full and not running', () => {
    const s = newWorkshop(loaded);
    const r = play(loaded, s, [{ type: 'note', at: at(0), text: 'setup', turn: 1 }]);
    expect(timerState(r.session, r.room, at(50))).toMatchObject({ enabled: true, running: false, total: 120, elapsed: 0, remaining: 120 });
  });

  test('counts down from the start', () => {
    const first = play(loaded, newWorkshop(loaded), [{ type: 'start', at: at(0) }]);
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
    expect(timerState(done.session, done.room, at(9999))).toMatchObject({ running: false, expired: false, elapsed: 60 });
  });

  test('a workshop without a timer reports it disabled', () => {
    const r = play(loaded, newWorkshop(loaded, undefined, null), [{ type: 'start', at: at(0) }]);
    expect(timerState(r.session, r.room, at(500))).toMatchObject({ enabled: false, running: false, expired: false });
  });
});
