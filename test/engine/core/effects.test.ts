import { describe, expect, it } from 'vitest';
import { createGame, playTurn } from '../../../src/engine/game';
import type { Decision, Effect } from '../../../src/engine/schema';
import type { GameState } from '../../../src/engine/state';
import { tiny } from '../helpers';

const act = (effects: Effect[], id = 'act'): Decision => ({
  id,
  category: 'recovery',
  title: id,
  description: id,
  cost: { staff: 0, budget: 0 },
  effects,
});
const pass = (loaded: ReturnType<typeof tiny>, s: GameState, decisions: string[] = []) => {
  const r = playTurn(loaded, s, { decisions });
  if (!r.ok) throw new Error(r.errors[0]!.message);
  return r.value.state;
};
const metrics = [
  { id: 'm', label: 'M', min: 0, max: 100, initial: 50, good: 'high' as const },
  { id: 'n', label: 'N', min: -10, max: 10, initial: 0, good: 'low' as const },
];

describe('effects (DESIGN.md Effect and effect details)', () => {
  it('adds and sets numbers and expressions, clamped to [min, max] after every change', () => {
    const loaded = tiny({
      metrics,
      decisions: [act([{ metric: 'm', add: 70 }, { metric: 'n', set: 'm / 20' }, { metric: 'n', add: -25 }, { metric: 'm', add: 'n * 2' }])],
    });
    const s = pass(loaded, createGame(loaded, 1), ['act']);
    // m: 50 + 70 = 120 → 100; n := 100 / 20 = 5; n: 5 − 25 = −20 → −10; m: 100 + (−20) = 80
    expect(s.metrics).toEqual({ m: 80, n: -10 });
    expect(s.changes.map((c) => [c.metric, c.from, c.to])).toEqual([
      ['m', 50, 100],
      ['n', 0, 5],
      ['n', 5, -10],
      ['m', 100, 80],
    ]);
    expect(s.changes.every((c) => c.cause.kind === 'decision' && c.cause.id === 'act' && c.turn === 1)).toBe(true);
  });

  it('sets flags, which expressions read as booleans', () => {
    const loaded = tiny({
      flags: [{ id: 'shut', initial: false }],
      decisions: [act([{ flag: 'shut', set: true }, { metric: 'm', add: 'shut ? 7 : 1' }])],
    });
    const s = pass(loaded, createGame(loaded, 1), ['act']);
    expect(s.flags.shut).toBe(true);
    expect(s.metrics.m).toBe(57);
    expect(s.flagChanges).toEqual([{ turn: 1, flag: 'shut', value: true, cause: { kind: 'decision', id: 'act', turn: 1 }, effect: 0 }]);
  });

  it('applies a delayed effect at the start of turn t + d, evaluating it then, not when scheduled', () => {
    const loaded = tiny({
      metrics,
      decisions: [act([{ metric: 'n', add: 'm / 10', delay: 2 }, { metric: 'm', add: 20 }])],
    });
    let s = pass(loaded, createGame(loaded, 1), ['act']); // turn 1: m = 70; n scheduled for turn 3
    expect(s.metrics.n).toBe(0);
    s = pass(loaded, s); // start of turn 3: n += 70 / 10 = 7
    expect(s.metrics.n).toBe(7);
    expect(s.changes[1]).toMatchObject({ turn: 3, metric: 'n', from: 0, to: 7, via: 'delay', cause: { kind: 'decision', id: 'act', turn: 1 } });
  });

  it('undoes a `for` add at the start of turn t + n by what it actually changed after clamping', () => {
    const loaded = tiny({ decisions: [act([{ metric: 'm', add: 80, for: 2 }, { metric: 'm', add: -30 }])] });
    let s = pass(loaded, createGame(loaded, 1), ['act']); // 50 + 80 → 100 (changed +50); then 70
    expect(s.metrics.m).toBe(70);
    s = pass(loaded, s); // turn 3 starts: 70 − 50 = 20
    expect(s.metrics.m).toBe(20);
    expect(s.changes.at(-1)).toMatchObject({ turn: 3, from: 70, to: 20, via: 'undo' });
  });

  it('ends the game after the step in which `{end}` applies: the rest of the step runs, no later step', () => {
    const loaded = tiny({
      decisions: [act([{ end: 'shutdown' }, { metric: 'm', add: 1 }], 'stop'), act([{ metric: 'm', add: 10 }], 'more')],
      rules: [{ id: 'never', when: 'true', effects: [{ metric: 'm', add: 100 }] }],
      endings: [
        { id: 'shutdown', title: 'S', body: 'B', outcome: 'loss' },
        { id: 'high', title: 'H', body: 'B', outcome: 'win', when: 'm > 55' },
      ],
    });
    const s = pass(loaded, createGame(loaded, 1), ['stop', 'more']);
    expect(s.metrics.m).toBe(61); // both decisions applied; the rule (step 4) did not
    expect(s.ending).toEqual({ id: 'shutdown', turn: 1 }); // the effect's ending wins over `high`
    expect(s.turnsPlayed).toBe(1);
    expect(s.history).toEqual([{ turn: 1, metrics: { m: 61 }, flags: {}, assessment: null }]);
    expect(playTurn(loaded, s, { decisions: [] }).ok).toBe(false);
  });
});
