import { describe, expect, it } from 'vitest';
import { clockAt, totalTurns } from '../../../src/engine/clock';
import { createGame, playTurn } from '../../../src/engine/game';
import type { GameState } from '../../../src/engine/state';
import { tiny } from '../helpers';

const pass = (loaded: ReturnType<typeof tiny>, s: GameState, decisions: string[] = []) => {
  const r = playTurn(loaded, s, { decisions });
  if (!r.ok) throw new Error(r.errors[0]!.message);
  return r.value.state;
};
const twoPhases = {
  start: '2025-12-22T06:30:00+01:00',
  phases: [
    { id: 'early', title: 'E', turns: 2, minutesPerTurn: 30 },
    { id: 'late', title: 'L', turns: 2, minutesPerTurn: 120 },
  ],
};

describe('clock and phases', () => {
  it('counts minutes since the start of the game at the start of each turn', () => {
    const loaded = tiny({ clock: twoPhases });
    expect(totalTurns(loaded)).toBe(4);
    // turn 1: 0; turn 2: 30; turn 3: 60; turn 4: 60 + 120 = 180
    expect([1, 2, 3, 4].map((t) => clockAt(loaded, t).minutes)).toEqual([0, 30, 60, 180]);
    expect(clockAt(loaded, 3).phaseId).toBe('late');
    expect(clockAt(loaded, 4).iso).toBe('2025-12-22T08:30:00.000Z'); // 06:30+01:00 = 05:30Z, + 3 h
  });

  it('exposes `minutes` and `turn` to expressions', () => {
    const loaded = tiny({ clock: twoPhases, rules: [{ id: 'r', when: 'true', effects: [{ metric: 'm', set: 'minutes / 10 + turn' }] }] });
    let s = createGame(loaded, 1);
    s = pass(loaded, s); // end of turn 1: 0 / 10 + 1
    expect(s.history[0]!.metrics.m).toBe(1);
    s = pass(loaded, s);
    s = pass(loaded, s); // end of turn 3: 60 / 10 + 3
    expect(s.metrics.m).toBe(9);
  });
});

describe('rules and endings (turn order steps 4 and 5)', () => {
  it('evaluates rules in declared order, each seeing what the earlier ones changed', () => {
    const loaded = tiny({
      rules: [
        { id: 'half', when: 'm >= 50', effects: [{ metric: 'm', set: 'm / 2' }] },
        { id: 'again', when: 'm >= 25', effects: [{ metric: 'm', add: -5 }] },
        { id: 'notNow', when: 'm >= 50', effects: [{ metric: 'm', set: 100 }] },
      ],
    });
    const s = pass(loaded, createGame(loaded, 1)); // 50 → 25 → 20; third rule sees 20
    expect(s.metrics.m).toBe(20);
    expect(s.changes.map((c) => c.cause)).toEqual([
      { kind: 'rule', id: 'half', turn: 1 },
      { kind: 'rule', id: 'again', turn: 1 },
    ]);
  });

  it('checks endings at the end of the turn, first match in declared order, after recording the turn', () => {
    const loaded = tiny({
      rules: [{ id: 'fall', when: 'true', effects: [{ metric: 'm', add: -20 }] }],
      endings: [
        { id: 'collapse', title: 'C', body: 'B', outcome: 'loss', when: 'm <= 10' },
        { id: 'low', title: 'L', body: 'B', outcome: 'loss', when: 'm <= 10' },
      ],
    });
    let s = createGame(loaded, 1);
    s = pass(loaded, s); // 30
    s = pass(loaded, s); // 10: ends in turn 2
    expect(s.ending).toEqual({ id: 'collapse', turn: 2 });
    expect(s.turnsPlayed).toBe(2);
    expect(s.history.map((h) => h.metrics.m)).toEqual([30, 10]);
  });

  it('checks endings at the start of a turn, after scheduled effects and injects; Decide does not run', () => {
    const loaded = tiny({
      injects: [{ id: 'blow', channel: 'soc', title: 'B', body: 'B', at: 2, effects: [{ metric: 'm', set: 0 }] }],
      endings: [{ id: 'dead', title: 'D', body: 'B', outcome: 'loss', when: 'm == 0' }],
    });
    const s = pass(loaded, createGame(loaded, 1));
    expect(s.ending).toEqual({ id: 'dead', turn: 2 });
    expect(s.turnsPlayed).toBe(1);
    expect(s.history.map((h) => [h.turn, h.metrics.m])).toEqual([[1, 50], [2, 0]]);
  });

  it('ends with the built-in `time` ending after the last turn', () => {
    const loaded = tiny();
    let s = createGame(loaded, 1);
    for (let i = 0; i < 4; i++) s = pass(loaded, s);
    expect(s.ending).toEqual({ id: 'time', turn: 4 });
    expect(s.turnsPlayed).toBe(4);
    expect(s.history).toHaveLength(4);
  });

  it('resets staff each turn but not the budget', () => {
    const loaded = tiny({
      resources: { staff: 2, budget: 10 },
      decisions: [{ id: 'x', category: 'recovery', title: 'X', description: 'X', cost: { staff: 2, budget: 4 }, once: false, effects: [{ metric: 'm', set: 'staffLeft * 10 + budgetLeft' }] }],
    });
    let s = pass(loaded, createGame(loaded, 1), ['x']);
    expect(s.metrics.m).toBe(6); // 0 staff left, 6 budget left
    expect(s.staffLeft).toBe(2);
    s = pass(loaded, s, ['x']);
    expect(s.metrics.m).toBe(2);
    expect(s.budgetLeft).toBe(2);
  });
});
