import { describe, expect, test } from 'vitest';
import { score } from '../../src/engine';
import { applyEvent, createWorkshop, currentTurn, leaderboard, leaderboardVisible, replayWorkshop, teamStates, whoseTurn, type WorkshopInput } from '../../src/workshop';
import { at, fullSession, load, newWorkshop, play } from './fixture';

const loaded = load();

describe('createWorkshop', () => {
  test('gives teams ids t1…tn and the shared seed', () => {
    const s = newWorkshop(loaded);
    expect(s.teams).toEqual([
      { id: 't1', name: 'Alpha', seed: 7 },
      { id: 't2', name: 'Bravo', seed: 7 },
      { id: 't3', name: 'Charlie', seed: 7 },
    ]);
    expect(s.scenarioHash).toBe(loaded.hash);
    expect(s.events).toEqual([]);
  });

  test.each([
    [{ teams: [{ name: 'Solo' }] }, /2 to 8 teams/],
    [{ teams: Array.from({ length: 9 }, (_, i) => ({ name: `T${i}` })) }, /2 to 8 teams, not 9/],
    [{ teams: [{ name: 'A' }, { name: ' a ' }] }, /two teams are named/],
    [{ teams: [{ name: 'A' }, { name: '  ' }] }, /team 2 needs a name/],
    [{ releasable: ['alert'] }, /"alert" is not an optional inject/],
    [{ secondsPerTurn: 0 }, /turn timer/],
    [{ createdAt: 'yesterday' }, /createdAt/],
    [{ seed: 1.5 }, /seed/],
  ])('refuses a bad setup %#', (patch, message) => {
    const r = createWorkshop(loaded, { createdAt: at(0), locale: 'en', teams: [{ name: 'A' }, { name: 'B' }], seed: 1, ...patch });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('workshop/setup');
      expect(r.error.message).toMatch(message);
    }
  });

  test('a team may have its own seed', () => {
    const r = createWorkshop(loaded, { createdAt: at(0), locale: 'fr', teams: [{ name: 'A', seed: 3 }, { name: 'B' }], seed: 9 });
    expect(r.ok && r.value.teams.map((t) => t.seed)).toEqual([3, 9]);
  });
});

describe('hot-seat play', () => {
  test('events apply in order: team 1, 2, 3, then the turn advances', () => {
    let { session, room } = play(loaded, newWorkshop(loaded), [{ type: 'start', at: at(0) }]);
    expect([currentTurn(room), whoseTurn(room)?.id]).toEqual([1, 't1']);
    const order: [number, string | undefined][] = [];
    for (const team of ['t1', 't2', 't3', 't1']) {
      const r = applyEvent(loaded, session, { type: 'lock', at: at(10), team, turn: currentTurn(room), decisions: [] }, room);
      if (!r.ok) throw new Error(r.error.message);
      ({ session, room } = r.value);
      order.push([currentTurn(room), whoseTurn(room)?.id]);
    }
    expect(order).toEqual([
      [1, 't2'],
      [1, 't3'],
      [2, 't1'],
      [2, 't2'],
    ]);
    expect(session.events.map((e) => e.type)).toEqual(['start', 'lock', 'lock', 'lock', 'lock']);
  });

  test('an illegal lock is refused with the engine reason and changes nothing', () => {
    const { session, room } = play(loaded, newWorkshop(loaded), [{ type: 'start', at: at(0) }]);
    const before = JSON.stringify({ session, room });
    // staff is 2: the third decision does not fit
    const r = applyEvent(loaded, session, { type: 'lock', at: at(5), team: 't1', turn: 1, decisions: ['scrub', 'tell', 'shutdown'] }, room);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('workshop/illegal-turn');
    expect(r.error.engine?.code).toBe('play/illegal-decision');
    expect(r.error.engine?.params?.decision).toBe('shutdown');
    expect(r.error.message).toBe('Alpha: turn 1: decision "shutdown" is not legal now (needs 1 staff, 0 left)');
    expect(JSON.stringify({ session, room })).toBe(before);
  });

  test("another team's lock is refused, naming whose turn it is", () => {
    const { session } = play(loaded, newWorkshop(loaded), [{ type: 'start', at: at(0) }]);
    const r = applyEvent(loaded, session, { type: 'lock', at: at(5), team: 't2', turn: 1, decisions: [] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('workshop/not-your-turn');
    expect(r.error.params).toEqual({ team: 't2', expected: 't1' });
    expect(r.error.message).toBe("it is Alpha's turn, not Bravo's");
  });

  test.each<[string, WorkshopInput[], WorkshopInput, string]>([
    ['before the start', [], { type: 'lock', at: at(1), team: 't1', turn: 1, decisions: [] }, 'workshop/not-started'],
    ['while paused', [{ type: 'start', at: at(0) }, { type: 'pause', at: at(1) }], { type: 'lock', at: at(2), team: 't1', turn: 1, decisions: [] }, 'workshop/paused'],
    ['for the wrong turn', [{ type: 'start', at: at(0) }], { type: 'lock', at: at(2), team: 't1', turn: 2, decisions: [] }, 'workshop/wrong-turn'],
    ['for an unknown team', [{ type: 'start', at: at(0) }], { type: 'lock', at: at(2), team: 't9', turn: 1, decisions: [] }, 'workshop/unknown-team'],
    ['a second start', [{ type: 'start', at: at(0) }], { type: 'start', at: at(2) }, 'workshop/already-started'],
    ['resume when not paused', [{ type: 'start', at: at(0) }], { type: 'resume', at: at(2) }, 'workshop/not-paused'],
    ['an empty note', [], { type: 'note', at: at(2), text: '  ', turn: 1 }, 'workshop/bad-event'],
    ['a bad time stamp', [], { type: 'note', at: 'noon', text: 'x', turn: 1 }, 'workshop/bad-event'],
    ['a release not allowed by the setup', [{ type: 'start', at: at(0) }], { type: 'release', at: at(2), inject: 'alert', team: 'all' }, 'workshop/not-releasable'],
    ['a lock after the end', [{ type: 'start', at: at(0) }, { type: 'end', at: at(1) }], { type: 'lock', at: at(2), team: 't1', turn: 1, decisions: [] }, 'workshop/ended'],
  ])('refuses an event %s', (_name, before, event, code) => {
    const { session } = before.length > 0 ? play(loaded, newWorkshop(loaded), before) : { session: newWorkshop(loaded) };
    const r = applyEvent(loaded, session, event);
    expect(r.ok ? 'accepted' : r.error.code).toBe(code);
  });

  test('the timer cannot be extended without a timer', () => {
    const { session } = play(loaded, newWorkshop(loaded, undefined, null), [{ type: 'start', at: at(0) }]);
    const r = applyEvent(loaded, session, { type: 'extend', at: at(1), seconds: 30 });
    expect(r.ok ? 'accepted' : r.error.code).toBe('workshop/no-timer');
  });
});

describe('facilitator releases', () => {
  test('a release to one team reaches only that team, in its next locked turn', () => {
    const { session, room } = fullSession(loaded);
    const [alpha, bravo, charlie] = room.teams;
    expect(bravo!.state.feed.filter((f) => f.via === 'released')).toEqual([{ turn: 2, inject: 'leak', via: 'released' }]);
    expect(bravo!.state.log[1]).toEqual({ decisions: ['tell'], released: ['leak'] });
    expect(alpha!.state.fired.leak).toBeUndefined();
    expect(charlie!.state.fired.leak).toBeUndefined();
    // Bravo's trust: 60 − 5 (shutdown) − 10 (leak) + 15 (tell) = 60
    expect(bravo!.state.metrics.trust).toBe(60);
    const lock = session.events.find((e) => e.type === 'lock' && e.team === 't2' && e.turn === 2);
    expect(lock).toMatchObject({ released: ['leak'] });
  });

  test("a release to all queues it for every team, and not twice", () => {
    let { session, room } = play(loaded, newWorkshop(loaded), [
      { type: 'start', at: at(0) },
      { type: 'release', at: at(1), inject: 'leak', team: 't1' },
      { type: 'release', at: at(2), inject: 'leak', team: 'all' },
    ]);
    expect(room.teams.map((t) => t.queued)).toEqual([['leak'], ['leak'], ['leak']]);
    const again = applyEvent(loaded, session, { type: 'release', at: at(3), inject: 'leak', team: 'all' }, room);
    expect(again.ok ? 'accepted' : again.error.code).toBe('workshop/not-releasable');
    ({ session, room } = play(loaded, session, [{ type: 'lock', at: at(4), team: 't1', turn: 1, decisions: [] }]));
    expect(room.teams[0]!.state.metrics.trust).toBe(50);
    // once fired, it cannot be released to that team again
    const r = applyEvent(loaded, session, { type: 'release', at: at(5), inject: 'leak', team: 't1' }, room);
    expect(r.ok ? 'accepted' : r.error.code).toBe('workshop/not-releasable');
  });

  test('a lock whose released list differs from the queue is refused', () => {
    const { session } = play(loaded, newWorkshop(loaded), [{ type: 'start', at: at(0) }, { type: 'release', at: at(1), inject: 'leak', team: 't1' }]);
    const r = applyEvent(loaded, session, { type: 'lock', at: at(2), team: 't1', turn: 1, decisions: [], released: [] });
    expect(r.ok ? 'accepted' : r.error.code).toBe('workshop/released-mismatch');
  });
});

describe('derived views', () => {
  test("each team's state is its own game replayed through the engine, scored by hand", () => {
    const { session } = fullSession(loaded);
    const states = teamStates(loaded, session);
    if (!states.ok) throw new Error(states.error.message);
    const { t1, t2, t3 } = states.value;
    expect([t1!.metrics, t2!.metrics, t3!.metrics]).toEqual([
      { avail: 70, trust: 75 },
      { avail: 40, trust: 60 },
      { avail: 70, trust: 55 },
    ]);
    expect([t1!.ending, t2!.ending, t3!.ending].map((e) => e?.id)).toEqual(['time', 'time', 'time']);
    // Alpha: (2·0.7 + 0.75 + 1 + 1 + (1 − 0.125/2)) / 6; Bravo: (2·0.4 + 0.6 + 0.5 + 1 + 0.75) / 6; Charlie: (2·0.7 + 0.55 + 1 + 0 + 0.75) / 6
    expect(score(loaded, t1!).overall).toBeCloseTo((100 * 5.0875) / 6, 9);
    expect(score(loaded, t2!).overall).toBeCloseTo((100 * 3.65) / 6, 9);
    expect(score(loaded, t3!).overall).toBeCloseTo((100 * 3.7) / 6, 9);
    expect(t3!.log[1]).toEqual({ decisions: [] });
  });

  test('the leaderboard ranks by score, hidden until revealed or the end', () => {
    const { session, room } = fullSession(loaded);
    expect(leaderboard(loaded, room).map((r) => [r.name, r.rank])).toEqual([
      ['Alpha', 1],
      ['Charlie', 2],
      ['Bravo', 3],
    ]);
    expect(leaderboardVisible(session, room)).toBe(true);
    const mid = play(loaded, newWorkshop(loaded), [{ type: 'start', at: at(0) }]);
    expect(leaderboardVisible(mid.session, mid.room)).toBe(false);
    const shown = play(loaded, mid.session, [{ type: 'reveal', at: at(1) }]);
    expect(leaderboardVisible(shown.session, shown.room)).toBe(true);
    expect(applyEvent(loaded, shown.session, { type: 'reveal', at: at(2) }).ok).toBe(false);
  });

  test('tied teams share a rank', () => {
    const { room } = play(loaded, newWorkshop(loaded), [{ type: 'start', at: at(0) }, { type: 'lock', at: at(1), team: 't1', turn: 1, decisions: ['tell'] }]);
    expect(leaderboard(loaded, room).map((r) => [r.team, r.rank])).toEqual([
      ['t1', 1],
      ['t2', 2],
      ['t3', 2],
    ]);
  });

  test('when every game is over, no team is in the hot seat and locks are refused', () => {
    const { session } = fullSession(loaded);
    const open = { ...session, events: session.events.slice(0, -2) }; // before the note and the end
    const r = replayWorkshop(loaded, open);
    if (!r.ok) throw new Error(r.error.message);
    expect(whoseTurn(r.value)).toBeNull();
    const lock = applyEvent(loaded, open, { type: 'advance', at: at(700) });
    expect(lock.ok ? 'accepted' : lock.error.code).toBe('workshop/all-done');
  });

  test('the per-turn score trail ends at the final score', () => {
    const { room } = fullSession(loaded);
    const alpha = room.teams[0]!;
    expect(alpha.scores).toHaveLength(3);
    expect(alpha.scores[2]).toBeCloseTo(score(loaded, alpha.state).overall, 12);
  });
});
